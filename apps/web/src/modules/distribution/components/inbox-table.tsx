import { Badge, Stack, Table, Text } from '@mantine/core';
import type { InboxItem } from '@obieg/contracts/distribution';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { useCan } from '../../auth/auth.queries';
import type { InboxScope } from '../distribution.api';
import { actorLabel, DISTRIBUTION_STATE_LABELS, personLabel } from '../distribution-labels';
import { isActiveDecree } from '../distribution.models';
import { DeadlineText } from './deadline-text';

function ItemCell({ item, openCase }: { item: InboxItem; openCase: boolean }) {
  const t = useT();
  return (
    <Stack gap={2}>
      <AnchorLink to="/incoming/$id" params={{ id: item.itemId }} fw={700} className="mono nowrap">
        {item.rpwNumber}
      </AnchorLink>
      <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
        {item.title}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {item.senderNames.join('; ')}
      </Text>
      {openCase && (
        <AnchorLink
          to="/cases/new"
          search={{ from: item.itemId }}
          size="sm"
          fw={600}
          aria-label={t('cases.incoming.open_from', { number: item.rpwNumber })}
        >
          {t('cases.incoming.open')}
        </AnchorLink>
      )}
    </Stack>
  );
}

/** Who decreed it (my inbox) or to whom (the unit's), with the decree's own instruction. */
function DecreeCell({ item, scope }: { item: InboxItem; scope: InboxScope }) {
  const t = useT();
  const decree = item.decree;
  if (!decree) return <Text size="sm">{t('common.none')}</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {scope === 'me'
          ? t('distribution.inbox.decreed_by', { name: actorLabel(t, decree.decreedBy) })
          : t('distribution.inbox.decreed_to', { name: personLabel(decree.assignee) })}
      </Text>
      {decree.instruction && (
        <Text size="sm" c="dimmed" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
          {decree.instruction}
        </Text>
      )}
    </Stack>
  );
}

/**
 * An inbox: each row links to the item; the deadline is red with the words "after the deadline"
 * when passed; a returned decree shows its reason.
 */
export function InboxTable({
  items,
  scope,
  caption,
}: {
  items: readonly InboxItem[];
  scope: InboxScope;
  caption: string;
}) {
  const t = useT();
  const can = useCan();
  const format = useFormatters();
  // An officer settles an accepted item in a case: straight from the row to the form.
  const mayOpenCase = scope === 'me' && can('cases:handle');
  const columns = scope === 'unit' ? 6 : 5;
  return (
    <TableScroll minWidth={scope === 'unit' ? 900 : 780} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="inbox-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('distribution.inbox.column.item')}</Table.Th>
            <Table.Th scope="col">{t('distribution.inbox.column.received')}</Table.Th>
            {scope === 'unit' && <Table.Th scope="col">{t('distribution.inbox.column.unit')}</Table.Th>}
            <Table.Th scope="col">{t('distribution.inbox.column.decree')}</Table.Th>
            <Table.Th scope="col">{t('distribution.inbox.column.deadline')}</Table.Th>
            <Table.Th scope="col">{t('distribution.inbox.column.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && <EmptyRow colSpan={columns} text={t('distribution.inbox.empty')} />}
          {items.map((item) => (
            <Table.Tr key={`${item.itemId}-${item.unitRole}`} data-overdue={item.overdue || undefined}>
              <Table.Td maw={380}>
                <ItemCell item={item} openCase={mayOpenCase && item.state === 'accepted'} />
              </Table.Td>
              <Table.Td className="nowrap">{format.date(item.receivedAt)}</Table.Td>
              {scope === 'unit' && (
                <Table.Td>
                  <Text size="sm" fw={600} component="span">
                    {item.leadingUnit.symbol}
                  </Text>{' '}
                  {item.unitRole === 'info' && (
                    <Badge variant="light" color="gray" size="sm">
                      {t('distribution.inbox.for_information')}
                    </Badge>
                  )}
                </Table.Td>
              )}
              <Table.Td>
                <DecreeCell item={item} scope={scope} />
              </Table.Td>
              <Table.Td>
                {item.decree ? (
                  <DeadlineText
                    deadline={item.decree.deadline}
                    active={isActiveDecree(item.decree)}
                    overdue={item.overdue}
                  />
                ) : (
                  t('common.none')
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(DISTRIBUTION_STATE_LABELS[item.state])}</Text>
                {item.state === 'returned' && item.decree?.returnReason && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                    {t('distribution.inbox.return_reason', { reason: item.decree.returnReason })}
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
