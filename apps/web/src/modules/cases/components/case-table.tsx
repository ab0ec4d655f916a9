import { Stack, Table, Text } from '@mantine/core';
import type { CaseSummary } from '@obieg/contracts/cases';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { personLabel } from '../../distribution/distribution-labels';
import { CaseDueDate, CaseStatusBadge } from './deadline-badge';

/** Cases as rows: znak (the link), title and class, handler, due date with the term's state, status. */
export function CaseTable({
  items,
  caption,
  empty,
}: {
  items: readonly CaseSummary[];
  caption: string;
  empty: string;
}) {
  const t = useT();
  return (
    <TableScroll minWidth={820} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="case-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.list.column.sign')}</Table.Th>
            <Table.Th scope="col">{t('cases.list.column.title')}</Table.Th>
            <Table.Th scope="col">{t('cases.list.column.handler')}</Table.Th>
            <Table.Th scope="col">{t('cases.list.column.due')}</Table.Th>
            <Table.Th scope="col">{t('cases.list.column.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && <EmptyRow colSpan={5} text={empty} />}
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <AnchorLink to="/cases/$id" params={{ id: item.id }} fw={700} className="mono nowrap">
                  {item.sign}
                </AnchorLink>
              </Table.Td>
              <Table.Td maw={380}>
                <Stack gap={2}>
                  <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                    {item.title}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {item.jrwa.symbol} — {item.jrwa.title}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{personLabel(item.handler)}</Text>
              </Table.Td>
              <Table.Td>
                <CaseDueDate item={item} />
              </Table.Td>
              <Table.Td>
                <CaseStatusBadge status={item.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
