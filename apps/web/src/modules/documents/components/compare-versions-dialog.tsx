import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import type { DocumentDto } from '@obieg/contracts/documents';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { comparableVersions } from '../documents.models';
import { documentDiffQuery } from '../documents.queries';
import { DocumentDiffView } from './document-diff-view';

function DiffResult({ documentId, from, to }: { documentId: string; from: number; to: number }) {
  const query = useQuery(documentDiffQuery(documentId, from, to));
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return <LoadingState />;
  return <DocumentDiffView diff={query.data} />;
}

/** „Porównaj wersje”: two versions by number (the last two by default), the changes between them. */
export function CompareVersionsDialog({
  document,
  opened,
  onClose,
}: {
  document: DocumentDto;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const comparable = comparableVersions(document);
  const [from, setFrom] = useState(String(comparable.from ?? ''));
  const [to, setTo] = useState(String(comparable.to ?? ''));
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const options = comparable.numbers.map((number) => ({
    value: String(number),
    label: t('documents.versions.number', { number }),
  }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!from || !to || from === to) {
      setError(t('documents.diff.same_version'));
      return;
    }
    setError(null);
    setCompared({ from: Number(from), to: Number(to) });
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={t('documents.diff.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {comparable.numbers.length < 2 ? (
        <Text size="sm">{t('documents.diff.not_enough')}</Text>
      ) : (
        <Stack gap="md">
          <form onSubmit={submit} noValidate>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <NativeSelect
                label={t('documents.diff.from')}
                data-autofocus
                data={options}
                value={from}
                error={error ?? undefined}
                onChange={(event) => setFrom(event.currentTarget.value)}
              />
              <NativeSelect
                label={t('documents.diff.to')}
                data={options}
                value={to}
                onChange={(event) => setTo(event.currentTarget.value)}
              />
              <Button type="submit">{t('documents.diff.submit')}</Button>
            </Group>
          </form>
          {compared && <DiffResult documentId={document.id} from={compared.from} to={compared.to} />}
        </Stack>
      )}
    </Modal>
  );
}
