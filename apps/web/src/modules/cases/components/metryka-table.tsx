import { Stack, Table, Text } from '@mantine/core';
import type { MetrykaEntry } from '@obieg/contracts/cases';
import { translateDynamic } from '../../../locales/i18n';
import { useI18n } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { actorLabel } from '../../distribution/distribution-labels';

/**
 * The metryka sprawy (KPA art. 66a) as the regulation lays it out: ordinal, date of the action,
 * person (name and position), the action, the identifier of the document it concerns. The action
 * is worded by the server in Polish, the language of the record; other languages name it first.
 */
export function MetrykaTable({ items }: { items: readonly MetrykaEntry[] }) {
  const { t, language } = useI18n();
  const format = useFormatters();
  const caption = t('cases.metryka.caption', { count: items.length });
  return (
    <TableScroll minWidth={860} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="metryka">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.metryka.column.ordinal')}</Table.Th>
            <Table.Th scope="col">{t('cases.metryka.column.date')}</Table.Th>
            <Table.Th scope="col">{t('cases.metryka.column.person')}</Table.Th>
            <Table.Th scope="col">{t('cases.metryka.column.action')}</Table.Th>
            <Table.Th scope="col">{t('cases.metryka.column.document_id')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && <EmptyRow colSpan={5} text={t('cases.metryka.empty')} />}
          {items.map((entry) => (
            <Table.Tr key={entry.ordinal}>
              <Table.Td>{entry.ordinal}</Table.Td>
              <Table.Td className="nowrap">{format.dateTime(entry.at)}</Table.Td>
              <Table.Td>
                <Text size="sm">{actorLabel(t, entry.actor)}</Text>
              </Table.Td>
              <Table.Td maw={420}>
                {language === 'pl' ? (
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {entry.description}
                  </Text>
                ) : (
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {translateDynamic({
                        t,
                        key: `audit.action.${entry.action}`,
                        fallback: 'cases.metryka.other',
                      })}
                    </Text>
                    <Text size="xs" c="dimmed" lang="pl" style={{ overflowWrap: 'anywhere' }}>
                      {entry.description}
                    </Text>
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs" className="mono" style={{ overflowWrap: 'anywhere' }}>
                  {entry.documentId ?? t('common.none')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
