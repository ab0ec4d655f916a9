import { Table } from '@mantine/core';
import type { RegisterRow } from '@obieg/contracts/dispatch';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { channelText, rowPostal } from '../dispatch-labels';
import { DeliveryDate } from './delivery-date';
import { DispatchStatusBadge } from './dispatch-status-badge';
import { RowDocumentLink } from './register-row-links';

/**
 * The dispatches of a case or a letter, one row per addressee: the register number (to the
 * dispatch), the letter, channel, state and the dates posted and delivered.
 */
export function DispatchRowsTable({
  rows,
  caption,
  showDocument = true,
  testId,
}: {
  rows: readonly RegisterRow[];
  caption: string;
  showDocument?: boolean;
  testId?: string;
}) {
  const t = useT();
  const format = useFormatters();
  const columns = showDocument ? 7 : 6;
  return (
    <TableScroll minWidth={showDocument ? 900 : 760} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid={testId}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dispatch.field.number')}</Table.Th>
            {showDocument && <Table.Th scope="col">{t('dispatch.field.document')}</Table.Th>}
            <Table.Th scope="col">{t('dispatch.field.addressee')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.channel')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.status')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.posted_on')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.delivered_on')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && <EmptyRow colSpan={columns} text={t('dispatch.rows.empty')} />}
          {rows.map((row) => (
            <Table.Tr key={row.itemId}>
              <Table.Td>
                <AnchorLink
                  to="/outgoing/$dispatchId"
                  params={{ dispatchId: row.dispatchId }}
                  className="mono nowrap"
                  fw={600}
                  aria-label={t('dispatch.rows.open', { number: row.number, name: row.addresseeName })}
                >
                  {row.number}
                </AnchorLink>
              </Table.Td>
              {showDocument && (
                <Table.Td>
                  <RowDocumentLink row={row} />
                </Table.Td>
              )}
              <Table.Td>{row.addresseeName}</Table.Td>
              <Table.Td>{channelText(t, row.channel, rowPostal(row))}</Table.Td>
              <Table.Td>
                <DispatchStatusBadge status={row.status} externalStatus={row.externalStatus} />
              </Table.Td>
              <Table.Td className="nowrap">{format.date(row.postedOn)}</Table.Td>
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
