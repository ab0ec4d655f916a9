import { Button, Group, Stack, Table } from '@mantine/core';
import type { Case } from '@obieg/contracts/cases';
import type { CaseDraft } from '@obieg/contracts/documents';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { caseDraftsQuery } from '../documents.queries';
import { DocumentStatusBadge } from './document-status-badge';
import { NewDraftDialog } from './new-draft-dialog';

function DraftsTable({ drafts }: { drafts: readonly CaseDraft[] }) {
  const t = useT();
  const format = useFormatters();
  const caption = t('documents.drafts.caption', { count: drafts.length });
  return (
    <TableScroll minWidth={640} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="case-drafts">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.drafts.column.title')}</Table.Th>
            <Table.Th scope="col">{t('documents.drafts.column.status')}</Table.Th>
            <Table.Th scope="col">{t('documents.drafts.column.versions')}</Table.Th>
            <Table.Th scope="col">{t('documents.drafts.column.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drafts.length === 0 && <EmptyRow colSpan={4} text={t('documents.drafts.empty')} />}
          {drafts.map((draft) => (
            <Table.Tr key={draft.id}>
              <Table.Td maw={420}>
                <AnchorLink
                  to="/documents/$documentId"
                  params={{ documentId: draft.id }}
                  fw={600}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {draft.title}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <DocumentStatusBadge status={draft.status} />
              </Table.Td>
              <Table.Td>{draft.versionCount}</Table.Td>
              <Table.Td className="nowrap">{format.dateTime(draft.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** „Projekty pism” of a case: its drafts with their state, and a new one for its handler. */
export function CaseDraftsPanel({
  item,
  canHandle,
}: {
  item: Pick<Case, 'id' | 'sign' | 'parties' | 'status' | 'unit'>;
  canHandle: boolean;
}) {
  const t = useT();
  const drafts = useQuery(caseDraftsQuery(item.id));
  // A new session (key) each time it opens starts the form empty; closing keeps it mounted, so the focus returns.
  const [dialog, setDialog] = useState({ session: 0, opened: false });
  return (
    <Stack gap="sm">
      {canHandle && item.status !== 'closed' && (
        <Group>
          <Button onClick={() => setDialog(({ session }) => ({ session: session + 1, opened: true }))}>
            {t('documents.drafts.new')}
          </Button>
        </Group>
      )}
      <QueryBoundary query={drafts}>{(items) => <DraftsTable drafts={items} />}</QueryBoundary>
      <NewDraftDialog
        key={dialog.session}
        item={item}
        opened={dialog.opened}
        onClose={() => setDialog(({ session }) => ({ session, opened: false }))}
      />
    </Stack>
  );
}
