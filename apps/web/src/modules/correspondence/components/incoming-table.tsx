import { Table, Text, UnstyledButton } from '@mantine/core';
import type { IncomingListItem } from '@obieg/contracts/correspondence';
import { useQuery } from '@tanstack/react-query';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { deliveryMethodsQuery, dictionaryName } from '../correspondence.queries';
import type { IncomingSort } from '../incoming-search.models';
import { STATUS_LABELS } from './incoming-options';

type SortColumn = 'rpw' | 'received';

/** Sorting by a column: the first click sorts descending (newest first), the next one ascending. */
function SortHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: SortColumn;
  label: MessageKey;
  sort: IncomingSort;
  onSort: (sort: IncomingSort) => void;
}) {
  const t = useT();
  const direction = sort.startsWith(column) ? (sort.endsWith('asc') ? 'ascending' : 'descending') : 'none';
  const next: IncomingSort = direction === 'descending' ? `${column}_asc` : `${column}_desc`;
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <Table.Th scope="col" aria-sort={direction}>
      <UnstyledButton onClick={() => onSort(next)} fw={700} fz="sm" className="sort-button">
        {t(label)} <span aria-hidden>{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

/** The RPW as a table: number (link to the item), dates, senders, title, delivery, status, scan. */
export function IncomingTable({
  items,
  sort,
  onSort,
}: {
  items: readonly IncomingListItem[];
  sort: IncomingSort;
  onSort: (sort: IncomingSort) => void;
}) {
  const t = useT();
  const format = useFormatters();
  const methods = useQuery(deliveryMethodsQuery()).data;
  return (
    <TableScroll minWidth={920} label={t('correspondence.list.title')}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="incoming-table">
        <Table.Caption>{t('correspondence.table.caption', { count: items.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="rpw" label="correspondence.field.rpw_number" sort={sort} onSort={onSort} />
            <SortHeader
              column="received"
              label="correspondence.field.received_at"
              sort={sort}
              onSort={onSort}
            />
            <Table.Th scope="col">{t('correspondence.field.senders')}</Table.Th>
            <Table.Th scope="col">{t('correspondence.field.title')}</Table.Th>
            <Table.Th scope="col">{t('correspondence.field.delivery_method')}</Table.Th>
            <Table.Th scope="col">{t('correspondence.field.status')}</Table.Th>
            <Table.Th scope="col">{t('correspondence.field.full_scan')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && <EmptyRow colSpan={7} text={t('correspondence.list.empty')} />}
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <AnchorLink
                  to="/incoming/$id"
                  params={{ id: item.id }}
                  fw={600}
                  className="mono nowrap"
                  td={item.status === 'cancelled' ? 'line-through' : undefined}
                >
                  {item.rpwNumber}
                </AnchorLink>
              </Table.Td>
              <Table.Td className="nowrap">{format.date(item.receivedAt)}</Table.Td>
              <Table.Td>{item.senders.map((sender) => sender.displayName).join('; ')}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {item.title}
                </Text>
              </Table.Td>
              <Table.Td>{dictionaryName(methods, item.deliveryMethod)}</Table.Td>
              <Table.Td>
                <Text
                  size="sm"
                  fw={item.status === 'cancelled' ? 700 : undefined}
                  c={item.status === 'cancelled' ? 'red.9' : undefined}
                >
                  {t(STATUS_LABELS[item.status])}
                </Text>
              </Table.Td>
              <Table.Td>
                {item.fullScan ? (
                  <Text size="sm">{t('common.yes')}</Text>
                ) : (
                  <Text size="sm" fw={700} c="red.9">
                    {t('common.no')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
