import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { CaseDocument } from '@obieg/contracts/cases';
import { Fragment, useId, useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { formatSize } from '../../correspondence/components/scan-drop-zone';
import { actorLabel } from '../../distribution/distribution-labels';
import { FilePreview } from '../../files/components/file-preview';
import { fileContentUrl } from '../../files/file-preview.models';
import { FileSignatureStatus } from '../../signatures/components/file-signature-status';
import { DOCUMENT_KIND_LABELS } from '../case-labels';

/**
 * What a document is and where to see it: the incoming item, the file (preview, download, the
 * verdict of its signature when it may hold one), the note's text.
 */
function DocumentCell({
  document,
  previewId,
  previewed,
  onPreview,
  noteOpen,
  onToggleNote,
}: {
  document: CaseDocument;
  previewId: string;
  previewed: boolean;
  onPreview: () => void;
  noteOpen: boolean;
  onToggleNote: () => void;
}) {
  const t = useT();
  return (
    <Stack gap={2}>
      {document.kind === 'draft' ? (
        // A draft's case-file entry and the document share one id.
        <AnchorLink to="/documents/$documentId" params={{ documentId: document.id }} size="sm" fw={600}>
          {document.title}
        </AnchorLink>
      ) : (
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {document.title}
        </Text>
      )}
      {document.incoming && (
        <AnchorLink
          to="/incoming/$id"
          params={{ id: document.incoming.id }}
          size="sm"
          className="mono"
          aria-label={t('cases.file.open_incoming', { number: document.incoming.rpwNumber })}
        >
          {document.incoming.rpwNumber}
        </AnchorLink>
      )}
      {document.file && (
        <Group gap="xs" wrap="wrap">
          <Anchor
            href={fileContentUrl(document.file.id, { download: true })}
            download={document.file.name}
            size="sm"
            aria-label={t('cases.file.download', { name: document.file.name })}
          >
            {document.file.name}
          </Anchor>
          <Text size="xs" c="dimmed" component="span">
            {document.file.mediaType}, {formatSize(document.file.size)}
          </Text>
          <Button
            variant="default"
            size="compact-xs"
            aria-expanded={previewed}
            aria-controls={previewId}
            aria-label={t(previewed ? 'cases.file.preview_hide' : 'cases.file.preview', {
              name: document.file.name,
            })}
            onClick={onPreview}
          >
            {t(previewed ? 'cases.file.preview_hide_short' : 'cases.file.preview_short')}
          </Button>
          <FileSignatureStatus file={document.file} />
        </Group>
      )}
      {document.content !== null && (
        <Group gap="xs">
          <Button
            variant="default"
            size="compact-xs"
            aria-expanded={noteOpen}
            aria-controls={noteOpen ? `${previewId}-note-${document.id}` : undefined}
            onClick={onToggleNote}
          >
            {t(noteOpen ? 'cases.file.content_hide' : 'cases.file.content_show')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/**
 * The case file (akta sprawy) in order: each document with its kind, title, system-wide document
 * identifier, who added it and when; incoming items link to their page, files open in the
 * preview below the table, notes unfold their text.
 */
export function CaseFileTable({ documents }: { documents: readonly CaseDocument[] }) {
  const t = useT();
  const format = useFormatters();
  const previewId = useId();
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [openNotes, setOpenNotes] = useState<ReadonlySet<string>>(new Set());
  const shown = documents.find((document) => document.file?.id === previewed)?.file;
  const caption = t('cases.file.caption', { count: documents.length });
  return (
    <Stack gap="md">
      <TableScroll minWidth={860} label={caption}>
        <Table striped withTableBorder verticalSpacing="xs" data-testid="case-file">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cases.file.column.ordinal')}</Table.Th>
              <Table.Th scope="col">{t('cases.file.column.kind')}</Table.Th>
              <Table.Th scope="col">{t('cases.file.column.document')}</Table.Th>
              <Table.Th scope="col">{t('cases.file.column.document_id')}</Table.Th>
              <Table.Th scope="col">{t('cases.file.column.added_by')}</Table.Th>
              <Table.Th scope="col">{t('cases.file.column.added_at')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.length === 0 && <EmptyRow colSpan={6} text={t('cases.file.empty')} />}
            {documents.map((document) => {
              const noteOpen = openNotes.has(document.id);
              return (
                <Fragment key={document.id}>
                  <Table.Tr>
                    <Table.Td>{document.ordinal}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(DOCUMENT_KIND_LABELS[document.kind])}</Text>
                      {document.documentKind &&
                        document.documentKind.toLowerCase() !==
                          t(DOCUMENT_KIND_LABELS[document.kind]).toLowerCase() && (
                          <Text size="xs" c="dimmed">
                            {document.documentKind}
                          </Text>
                        )}
                    </Table.Td>
                    <Table.Td maw={360}>
                      <DocumentCell
                        document={document}
                        previewId={previewId}
                        previewed={previewed !== null && document.file?.id === previewed}
                        onPreview={() =>
                          setPreviewed((current) =>
                            current === document.file?.id ? null : (document.file?.id ?? null),
                          )
                        }
                        noteOpen={noteOpen}
                        onToggleNote={() =>
                          setOpenNotes((current) => {
                            const next = new Set(current);
                            if (next.has(document.id)) next.delete(document.id);
                            else next.add(document.id);
                            return next;
                          })
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" className="mono" style={{ overflowWrap: 'anywhere' }}>
                        {document.documentId}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{actorLabel(t, document.addedBy)}</Text>
                    </Table.Td>
                    <Table.Td className="nowrap">{format.dateTime(document.addedAt)}</Table.Td>
                  </Table.Tr>
                  {document.content !== null && noteOpen && (
                    <Table.Tr id={`${previewId}-note-${document.id}`}>
                      <Table.Td colSpan={6}>
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                          {document.content}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <div id={previewId}>{shown && <FilePreview file={shown} maxHeight="60vh" />}</div>
    </Stack>
  );
}
