import { Stack, Table, Text } from '@mantine/core';
import type { CaseRegisterItem } from '@obieg/contracts/cases';
import { useI18n } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { SETTLEMENT_LABELS } from '../case-labels';
import { formatLetterDate } from '../case-register.models';

const COLUMNS = [
  'cases.register.column.ordinal',
  'cases.register.column.sign',
  'cases.register.column.title',
  'cases.register.column.sender',
  'cases.register.column.sender_reference',
  'cases.register.column.letter_date',
  'cases.register.column.initiated_on',
  'cases.register.column.opened_on',
  'cases.register.column.settled_on',
  'cases.register.column.handler',
  'cases.register.column.remarks',
] as const;

/** Remarks on the settlement: worded by the server in Polish; other languages name the manner first. */
function Remarks({ item }: { item: CaseRegisterItem }) {
  const { t, language } = useI18n();
  if (language === 'pl' || !item.settlement) return <>{item.remarks}</>;
  return (
    <Stack gap={2}>
      <Text size="sm">{t(SETTLEMENT_LABELS[item.settlement])}</Text>
      {item.remarks && (
        <Text size="xs" c="dimmed" lang="pl">
          {item.remarks}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The spis spraw's rows (DOMAIN.md §2.6): ordinal, znak, title, sender and their reference and
 * date of the initiating letter, the dates of initiation, opening and final settlement, the
 * handler and the remarks on the manner of settlement.
 */
export function CaseRegisterTable({
  items,
  caption,
}: {
  items: readonly CaseRegisterItem[];
  caption: string;
}) {
  const { t } = useI18n();
  const format = useFormatters();
  const none = t('common.none');
  return (
    <TableScroll minWidth={1400} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="case-register">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => (
              <Table.Th key={column} scope="col">
                {t(column)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && <EmptyRow colSpan={COLUMNS.length} text={t('cases.register.empty')} />}
          {items.map((item) => (
            <Table.Tr key={item.caseId}>
              <Table.Td>{item.ordinal}</Table.Td>
              <Table.Th scope="row" className="nowrap" fw={400}>
                <AnchorLink to="/cases/$id" params={{ id: item.caseId }} className="mono">
                  {item.sign}
                </AnchorLink>
              </Table.Th>
              <Table.Td miw={200} maw={320} style={{ overflowWrap: 'break-word' }}>
                {item.title}
              </Table.Td>
              <Table.Td>
                {item.senderName ?? (
                  <Text size="sm" c="dimmed" component="span">
                    {t('cases.register.own_initiative')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{item.senderReference ?? none}</Table.Td>
              <Table.Td className="nowrap">
                {item.letterDate ? formatLetterDate(item.letterDate, format.date) : none}
              </Table.Td>
              <Table.Td className="nowrap">{format.date(item.initiatedOn)}</Table.Td>
              <Table.Td className="nowrap">{format.date(item.openedOn)}</Table.Td>
              <Table.Td className="nowrap">{item.settledOn ? format.date(item.settledOn) : none}</Table.Td>
              <Table.Td>{item.handler.displayName}</Table.Td>
              <Table.Td maw={260} style={{ overflowWrap: 'anywhere' }}>
                <Remarks item={item} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
