import { Checkbox, Table, Text } from '@mantine/core';
import type { RegisterRow } from '@obieg/contracts/dispatch';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { channelText, rowPostal } from '../dispatch-labels';
import { RowCaseLink, RowDocumentLink } from './register-row-links';

/** The letters waiting for the registry, each with a check box to print or post it with others. */
export function QueueTable({
  rows,
  selected,
  onSelectedChange,
}: {
  rows: readonly RegisterRow[];
  selected: ReadonlySet<string>;
  onSelectedChange: (next: Set<string>) => void;
}) {
  const t = useT();
  const format = useFormatters();
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.itemId));
  const someSelected = rows.some((row) => selected.has(row.itemId));
  const toggle = (itemId: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(itemId);
    else next.delete(itemId);
    onSelectedChange(next);
  };
  const caption = t('dispatch.queue.caption', { count: rows.length });
  return (
    <TableScroll minWidth={980} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="dispatch-queue">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={48}>
              <Checkbox
                aria-label={t('dispatch.queue.select_all')}
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                disabled={rows.length === 0}
                onChange={(event) =>
                  onSelectedChange(
                    event.currentTarget.checked ? new Set(rows.map((row) => row.itemId)) : new Set(),
                  )
                }
              />
            </Table.Th>
            <Table.Th scope="col">{t('dispatch.field.number')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.addressee')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.channel')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.case_sign')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.document')}</Table.Th>
            <Table.Th scope="col">{t('dispatch.field.ordered_at')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && <EmptyRow colSpan={7} text={t('dispatch.queue.empty')} />}
          {rows.map((row) => (
            <Table.Tr key={row.itemId}>
              <Table.Td>
                <Checkbox
                  aria-label={t('dispatch.queue.select', { number: row.number, name: row.addresseeName })}
                  checked={selected.has(row.itemId)}
                  onChange={(event) => toggle(row.itemId, event.currentTarget.checked)}
                />
              </Table.Td>
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
              <Table.Td>
                <Text size="sm" fw={600}>
                  {row.addresseeName}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.addressLines.join(', ')}
                </Text>
              </Table.Td>
              <Table.Td>{channelText(t, row.channel, rowPostal(row))}</Table.Td>
              <Table.Td className="mono nowrap">
                <RowCaseLink row={row} />
              </Table.Td>
              <Table.Td>
                <RowDocumentLink row={row} />
              </Table.Td>
              <Table.Td className="nowrap">{format.dateTime(row.orderedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
