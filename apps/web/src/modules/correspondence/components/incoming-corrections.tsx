import { List, Table, Text } from '@mantine/core';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { deliveryMethodsQuery, dictionaryName, documentKindsQuery } from '../correspondence.queries';
import { CORRECTION_FIELD_LABELS } from '../incoming-correction.models';
import { ACCESS_LABELS } from './incoming-options';

/** A value before or after a correction, in words: yes/no, dictionary names, "—" for none. */
export function useChangeValue() {
  const t = useT();
  const methods = useQuery(deliveryMethodsQuery()).data;
  const kinds = useQuery(documentKindsQuery()).data;
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.none');
    if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
    if (field === 'deliveryMethod') return dictionaryName(methods, String(value));
    if (field === 'documentKind') return dictionaryName(kinds, String(value));
    if (field === 'access' && (value === 'public' || value === 'partial' || value === 'restricted')) {
      return t(ACCESS_LABELS[value]);
    }
    return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  };
}

/** Corrections by the registry, oldest first: when, why, and each field's old and new value. */
export function IncomingCorrections({ item }: { item: IncomingItem }) {
  const t = useT();
  const format = useFormatters();
  const show = useChangeValue();
  if (item.corrections.length === 0) return <Text size="sm">{t('correspondence.corrections.none')}</Text>;
  return (
    <TableScroll minWidth={640} label={t('correspondence.corrections.heading')}>
      <Table withTableBorder verticalSpacing="xs" data-testid="incoming-corrections">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('correspondence.corrections.at')}</Table.Th>
            <Table.Th scope="col">{t('correspondence.corrections.reason')}</Table.Th>
            <Table.Th scope="col">{t('correspondence.corrections.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {item.corrections.map((correction) => (
            <Table.Tr key={correction.id}>
              <Table.Td className="nowrap">{format.dateTime(correction.at)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{correction.reason}</Table.Td>
              <Table.Td>
                <List size="sm" spacing={2}>
                  {Object.entries(correction.changes).map(([field, change]) => {
                    const label = CORRECTION_FIELD_LABELS[field];
                    return (
                      <List.Item key={field}>
                        <strong>{label ? t(label) : field}</strong>: {show(field, change.from)} →{' '}
                        {show(field, change.to)}
                      </List.Item>
                    );
                  })}
                </List>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
