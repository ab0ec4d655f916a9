import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import type { TrustAnchor } from '@obieg/contracts/signatures';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { useNotify } from '../../../shared/hooks/use-notify';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { ANCHOR_SOURCE_LABELS } from '../signature-labels';
import { addTrustAnchor } from '../signatures.api';
import { signaturesKeys, trustAnchorsQuery } from '../signatures.queries';
import { FileUploadField, NO_UPLOAD, type FileUpload } from './file-upload-field';

const ANCHOR_ACCEPT =
  '.cer,.crt,.der,.pem,.xml,application/pkix-cert,application/x-x509-ca-cert,text/xml,application/xml';

function TrustAnchorsTable({ anchors }: { anchors: readonly TrustAnchor[] }) {
  const t = useT();
  const format = useFormatters();
  const caption = t('signatures.anchors.caption', { count: anchors.length });
  return (
    <TableScroll minWidth={860} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="pki-trust-anchors">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('signatures.anchors.column.name')}</Table.Th>
            <Table.Th scope="col">{t('signatures.anchors.column.source')}</Table.Th>
            <Table.Th scope="col">{t('signatures.anchors.column.valid_to')}</Table.Th>
            <Table.Th scope="col">{t('signatures.anchors.column.sha256')}</Table.Th>
            <Table.Th scope="col">{t('signatures.anchors.column.added_at')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {anchors.length === 0 && <EmptyRow colSpan={5} text={t('signatures.anchors.empty')} />}
          {anchors.map((anchor) => (
            <Table.Tr key={anchor.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {anchor.name}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {anchor.subject}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t(ANCHOR_SOURCE_LABELS[anchor.source])}
                  {anchor.tslCountry && ` (${anchor.tslCountry})`}
                </Text>
              </Table.Td>
              <Table.Td className="nowrap">{format.dateTime(anchor.notAfter)}</Table.Td>
              <Table.Td>
                <Text size="xs" className="mono" style={{ overflowWrap: 'anywhere' }}>
                  {anchor.sha256}
                </Text>
              </Table.Td>
              <Table.Td className="nowrap">{format.dateTime(anchor.addedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** Adds anchors from a certificate file or an EU trusted list (every CA/TSA service on it). */
function TrustAnchorForm() {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [upload, setUpload] = useState<FileUpload>(NO_UPLOAD);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: addTrustAnchor,
    onSuccess: async (result) => {
      notify.success(t('signatures.anchors.added', { added: result.added, skipped: result.skipped }));
      setUpload(NO_UPLOAD);
      setName('');
      await queryClient.invalidateQueries({ queryKey: signaturesKeys.trustAnchors });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(upload.status !== 'done');
    if (upload.status === 'done') mutation.mutate({ fileId: upload.file.id, name: name.trim() || undefined });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('signatures.anchors.form')}>
      <Stack gap="sm" maw={640}>
        <ErrorAlert error={mutation.error} />
        <FileUploadField
          label={t('signatures.anchors.file')}
          description={t('signatures.anchors.file.description')}
          accept={ANCHOR_ACCEPT}
          required
          value={upload}
          onChange={(next) => {
            setUpload(next);
            setMissing(false);
          }}
          error={missing ? t('signatures.anchors.file.required') : undefined}
        />
        <TextInput
          label={t('signatures.anchors.name')}
          description={t('signatures.anchors.name.description')}
          maxLength={300}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending || upload.status === 'uploading'}>
            {t('signatures.anchors.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function TrustAnchorsPanel() {
  const query = useQuery(trustAnchorsQuery());
  return (
    <Stack gap="md">
      <QueryBoundary query={query}>{(anchors) => <TrustAnchorsTable anchors={anchors} />}</QueryBoundary>
      <TrustAnchorForm />
    </Stack>
  );
}
