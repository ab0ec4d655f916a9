import { List, Table, Text } from '@mantine/core';
import type { CaseDocument, CaseShare } from '@obieg/contracts/cases';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { granteeName, SHARE_ACCESS_LABELS } from '../case-share.models';

/** The documents a share names, by their place in the file ("2. Opinia …"). */
function SharedDocuments({ ids, documents }: { ids: string[]; documents: readonly CaseDocument[] }) {
  const t = useT();
  const byId = new Map(documents.map((document) => [document.id, document]));
  return (
    <>
      <Text size="sm">{t('cases.shares.scope.documents', { count: ids.length })}</Text>
      <List size="xs">
        {ids.map((id) => {
          const document = byId.get(id);
          return <List.Item key={id}>{document ? `${document.ordinal}. ${document.title}` : id}</List.Item>;
        })}
      </List>
    </>
  );
}

export function CaseSharesTable({
  items,
  documents,
  canRevoke,
  revoking,
  onRevoke,
}: {
  items: readonly CaseShare[];
  documents: readonly CaseDocument[];
  canRevoke: boolean;
  /** The share being revoked now. */
  revoking: string | null;
  onRevoke: (share: CaseShare) => void;
}) {
  const t = useT();
  const format = useFormatters();
  const caption = t('cases.shares.caption', { count: items.length });
  const columns = canRevoke ? 7 : 6;
  return (
    <TableScroll minWidth={860} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="case-shares">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.shares.column.grantee')}</Table.Th>
            <Table.Th scope="col">{t('cases.shares.column.scope')}</Table.Th>
            <Table.Th scope="col">{t('cases.shares.column.access')}</Table.Th>
            <Table.Th scope="col">{t('cases.shares.column.note')}</Table.Th>
            <Table.Th scope="col">{t('cases.shares.column.created')}</Table.Th>
            <Table.Th scope="col">{t('cases.shares.column.state')}</Table.Th>
            {canRevoke && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && <EmptyRow colSpan={columns} text={t('cases.shares.empty')} />}
          {items.map((share) => {
            const name = granteeName(share);
            return (
              <Table.Tr key={share.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {share.documentIds === null ? (
                    <Text size="sm">{t('cases.shares.scope.case')}</Text>
                  ) : (
                    <SharedDocuments ids={share.documentIds} documents={documents} />
                  )}
                </Table.Td>
                <Table.Td>{t(SHARE_ACCESS_LABELS[share.access])}</Table.Td>
                <Table.Td maw={260}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {share.note ?? t('common.none')}
                  </Text>
                </Table.Td>
                <Table.Td className="nowrap">{format.dateTime(share.createdAt)}</Table.Td>
                <Table.Td>
                  {share.revokedAt
                    ? t('cases.shares.state.revoked', { date: format.dateTime(share.revokedAt) })
                    : t('cases.shares.state.active')}
                </Table.Td>
                {canRevoke && (
                  <Table.Td>
                    {!share.revokedAt && (
                      <ConfirmButton
                        size="xs"
                        aria-label={t('cases.shares.revoke_label', { name })}
                        title={t('cases.shares.revoke.title')}
                        message={t('cases.shares.revoke.message', { name })}
                        confirmLabel={t('cases.shares.revoke.confirm')}
                        loading={revoking === share.id}
                        onConfirm={() => onRevoke(share)}
                      >
                        {t('cases.shares.revoke')}
                      </ConfirmButton>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
