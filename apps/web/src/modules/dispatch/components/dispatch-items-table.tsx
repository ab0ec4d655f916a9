import { Table, Text } from '@mantine/core';
import type { Dispatch, DispatchItem } from '@obieg/contracts/dispatch';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { channelText, RETURN_REASON_LABELS } from '../dispatch-labels';
import { DeliveryDate } from './delivery-date';
import { DispatchStatusBadge } from './dispatch-status-badge';
import { EvidenceList } from './evidence-list';
import { ItemActions } from './item-actions';

const isReturnReason = (reason: string): reason is keyof typeof RETURN_REASON_LABELS =>
  Object.hasOwn(RETURN_REASON_LABELS, reason);

/** Why an item is not (yet) delivered: the channel's error and the next try, or the return. */
function ItemNotes({ item }: { item: DispatchItem }) {
  const t = useT();
  const format = useFormatters();
  const trying = item.status === 'waiting' || item.status === 'failed';
  return (
    <>
      {trying && item.lastError && (
        <Text size="xs" c="var(--mantine-color-error)" mt={4} style={{ overflowWrap: 'anywhere' }}>
          {t('dispatch.item.last_error', { error: item.lastError, attempts: item.attempts })}
        </Text>
      )}
      {trying && item.nextAttemptAt && (
        <Text size="xs" mt={2}>
          {t('dispatch.item.next_attempt', { at: format.dateTime(item.nextAttemptAt) })}
        </Text>
      )}
      {item.returnedOn && (
        <Text size="xs" mt={4}>
          {t('dispatch.item.returned', {
            date: format.date(item.returnedOn),
            reason: item.returnReason
              ? isReturnReason(item.returnReason)
                ? t(RETURN_REASON_LABELS[item.returnReason])
                : item.returnReason
              : t('common.none'),
          })}
        </Text>
      )}
    </>
  );
}

/** The addressees of a dispatch: how each is sent, where it stands, its proofs and what to do next. */
export function DispatchItemsTable({ dispatch }: { dispatch: Dispatch }) {
  const t = useT();
  const format = useFormatters();
  const caption = t('dispatch.items.caption', { count: dispatch.items.length });
  return (
    <TableScroll minWidth={980} label={caption}>
      <Table withTableBorder verticalSpacing="sm" data-testid="dispatch-items">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dispatch.field.addressee')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.channel')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.status')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.tracking_number')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.posted_on')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.delivered_on')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.evidence')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dispatch.items.map((item) => (
            <Table.Tr key={item.id} data-item-status={item.status}>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" fw={600}>
                  {item.addressee.name}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {[
                    item.addressee.addressLines.join(', '),
                    item.channel === 'edelivery' ? item.addressee.edeliveryAddress : null,
                    item.channel === 'epuap' ? item.addressee.epuapBox : null,
                    item.channel === 'email' ? item.addressee.email : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Table.Th>
              <Table.Td>{channelText(t, item.channel, item.postal)}</Table.Td>
              <Table.Td>
                <DispatchStatusBadge status={item.status} externalStatus={item.externalStatus} />
                <ItemNotes item={item} />
              </Table.Td>
              <Table.Td className="mono">{item.trackingNumber ?? t('common.none')}</Table.Td>
              <Table.Td className="nowrap">
                {item.postedOn ? format.date(item.postedOn) : format.dateTime(item.sentAt)}
              </Table.Td>
              <Table.Td>
                <DeliveryDate deliveredOn={item.deliveredOn} deliveryKind={item.deliveryKind} />
              </Table.Td>
              <Table.Td>
                <EvidenceList evidence={item.evidence} />
              </Table.Td>
              <Table.Td>
                <ItemActions dispatch={dispatch} item={item} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
