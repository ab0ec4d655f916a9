import { Table, Text, UnstyledButton } from '@mantine/core';
import type { RegisterRow } from '@obieg/contracts/dispatch';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { channelText, rowPostal } from '../dispatch-labels';
import type { RegisterSort, SortOrder } from '../outgoing-search.models';
import { DeliveryDate } from './delivery-date';
import { RowCaseLink, RowDocumentLink } from './register-row-links';
import { DispatchStatusBadge } from './dispatch-status-badge';

type Sorting = { sort: RegisterSort; order: SortOrder };

/** A column the API sorts by: the header is a button; `aria-sort` says the current order. */
function SortHeader({
  column,
  label,
  sorting,
  onSort,
}: {
  column: RegisterSort;
  label: MessageKey;
  sorting: Sorting;
  onSort: (column: RegisterSort) => void;
}) {
  const t = useT();
  const active = sorting.sort === column;
  const direction = active ? (sorting.order === 'asc' ? 'ascending' : 'descending') : 'none';
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <Table.Th scope="col" aria-sort={direction}>
      <UnstyledButton onClick={() => onSort(column)} fw={700} fz="sm" className="sort-button">
        {t(label)} <span aria-hidden>{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

/** The outgoing register, one row per addressee (the minimum content of the register and more). */
export function RegisterTable({
  rows,
  caption,
  sorting,
  onSort,
}: {
  rows: readonly RegisterRow[];
  caption: string;
  sorting: Sorting;
  onSort: (column: RegisterSort) => void;
}) {
  const t = useT();
  const format = useFormatters();
  const header = (column: RegisterSort, label: MessageKey) => (
    <SortHeader column={column} label={label} sorting={sorting} onSort={onSort} />
  );
  return (
    <TableScroll minWidth={1100} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="outgoing-register">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('number', 'dispatch.field.number')}
            {header('postedOn', 'dispatch.field.posted_on')}
            {header('addressee', 'dispatch.field.addressee')}
            {header('caseSign', 'dispatch.field.case_sign')}
            <Table.Th scope="col">{t('dispatch.field.document')}</Table.Th>
            {header('channel', 'dispatch.field.channel')}
            <Table.Th scope="col">{t('dispatch.field.tracking_number')}</Table.Th>
            {header('status', 'dispatch.field.status')}
            <Table.Th scope="col">{t('dispatch.field.delivered_on')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && <EmptyRow colSpan={9} text={t('dispatch.register.empty')} />}
          {rows.map((row) => (
            <Table.Tr key={row.itemId}>
              <Table.Td>
                <AnchorLink
                  to="/outgoing/$dispatchId"
                  params={{ dispatchId: row.dispatchId }}
                  className="mono nowrap"
                  fw={600}
                >
                  {row.number}
                </AnchorLink>
              </Table.Td>
              <Table.Td className="nowrap">{format.date(row.postedOn)}</Table.Td>
              <Table.Td>
                <Text size="sm">{row.addresseeName}</Text>
                <Text size="xs" c="dimmed">
                  {row.addressLines.join(', ')}
                </Text>
              </Table.Td>
              <Table.Td className="mono nowrap">
                <RowCaseLink row={row} />
              </Table.Td>
              <Table.Td>
                <RowDocumentLink row={row} />
              </Table.Td>
              <Table.Td>{channelText(t, row.channel, rowPostal(row))}</Table.Td>
              <Table.Td className="mono">{row.trackingNumber ?? t('common.none')}</Table.Td>
              <Table.Td>
                <DispatchStatusBadge status={row.status} externalStatus={row.externalStatus} />
              </Table.Td>
              <Table.Td>
                <DeliveryDate deliveredOn={row.deliveredOn} deliveryKind={row.deliveryKind} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
