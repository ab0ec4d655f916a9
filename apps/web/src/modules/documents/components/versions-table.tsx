import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { DocumentVersion } from '@obieg/contracts/documents';
import type { ValidationReportDto } from '@obieg/contracts/signatures';
import { useId, useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { actorLabel } from '../../distribution/distribution-labels';
import { FilePreview } from '../../files/components/file-preview';
import { fileContentUrl } from '../../files/file-preview.models';
import { FileSignatureStatus } from '../../signatures/components/file-signature-status';
import { shownVerdict } from '../../signatures/signatures.models';
import { VERSION_SOURCE_LABELS } from '../document-labels';

/** What the download link says: the file's kind (PDF, DOCX, XML…), from its name. */
const fileKind = (file: { name: string; mediaType: string }) =>
  (/\.([a-z0-9]{2,5})$/i.exec(file.name)?.[1] ?? file.mediaType.split(/[/.+]/).at(-1) ?? '').toUpperCase();

function VersionFiles({
  version,
  previewId,
  previewed,
  onPreview,
}: {
  version: DocumentVersion;
  previewId: string;
  previewed: boolean;
  onPreview: () => void;
}) {
  const t = useT();
  const { file, editableFile } = version;
  return (
    <Group gap="xs" wrap="wrap">
      <Button
        variant="default"
        size="compact-xs"
        aria-expanded={previewed}
        aria-controls={previewId}
        aria-label={t(previewed ? 'documents.versions.preview_hide' : 'documents.versions.preview', {
          number: version.number,
        })}
        onClick={onPreview}
      >
        {t(previewed ? 'documents.versions.preview_hide_short' : 'documents.versions.preview_short')}
      </Button>
      <Anchor
        href={fileContentUrl(file.id, { download: true })}
        download={file.name}
        size="sm"
        aria-label={t('documents.versions.download', {
          kind: fileKind(file),
          number: version.number,
          name: file.name,
        })}
      >
        {fileKind(file)}
      </Anchor>
      {editableFile && (
        <Anchor
          href={fileContentUrl(editableFile.id, { download: true })}
          download={editableFile.name}
          size="sm"
          aria-label={t('documents.versions.download_docx', {
            number: version.number,
            name: editableFile.name,
          })}
        >
          {t('documents.versions.download_docx_short')}
        </Anchor>
      )}
    </Group>
  );
}

/**
 * Every version of the document, oldest first: how it came to be, who made it (and for whom, when
 * a substitute acted), its files and — when signed — the verdict of its signature. A preview of
 * the version chosen opens under the table.
 */
export function VersionsTable({
  versions,
  onVerified,
}: {
  versions: readonly DocumentVersion[];
  onVerified?: (report: ValidationReportDto) => void;
}) {
  const t = useT();
  const format = useFormatters();
  const previewId = useId();
  const [previewed, setPreviewed] = useState<string | null>(null);
  const shown = versions.find((version) => version.id === previewed)?.file;
  const caption = t('documents.versions.caption', { count: versions.length });
  return (
    <Stack gap="md">
      <TableScroll minWidth={900} label={caption}>
        <Table striped withTableBorder verticalSpacing="xs" data-testid="document-versions">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('documents.versions.column.number')}</Table.Th>
              <Table.Th scope="col">{t('documents.versions.column.source')}</Table.Th>
              <Table.Th scope="col">{t('documents.versions.column.author')}</Table.Th>
              <Table.Th scope="col">{t('documents.versions.column.created')}</Table.Th>
              <Table.Th scope="col">{t('documents.versions.column.comment')}</Table.Th>
              <Table.Th scope="col">{t('documents.versions.column.files')}</Table.Th>
              <Table.Th scope="col">{t('documents.versions.column.signature')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((version) => (
              <Table.Tr key={version.id} data-testid={`version-${version.number}`}>
                <Table.Td>{version.number}</Table.Td>
                <Table.Td>
                  <Text size="sm">{t(VERSION_SOURCE_LABELS[version.source])}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{actorLabel(t, version.createdBy)}</Text>
                </Table.Td>
                <Table.Td className="nowrap">{format.dateTime(version.createdAt)}</Table.Td>
                <Table.Td maw={260}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {version.comment ?? t('common.none')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <VersionFiles
                    version={version}
                    previewId={previewId}
                    previewed={previewed === version.id}
                    onPreview={() => setPreviewed((current) => (current === version.id ? null : version.id))}
                  />
                </Table.Td>
                <Table.Td>
                  {version.validation && shownVerdict(version.validation) ? (
                    <FileSignatureStatus
                      file={version.file}
                      summary={version.validation}
                      onVerified={onVerified}
                    />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('documents.versions.unsigned')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <div id={previewId}>{shown && <FilePreview file={shown} maxHeight="70vh" />}</div>
    </Stack>
  );
}
