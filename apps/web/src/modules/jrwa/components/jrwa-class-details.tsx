import { Badge, Group, Table, Title } from '@mantine/core';
import type { JrwaClass } from '@obieg/contracts/jrwa';
import { useT } from '../../../locales/i18n-context';
import { describeCategory } from '../jrwa.models';

export function JrwaClassDetails({ jrwaClass }: { jrwaClass: JrwaClass }) {
  const t = useT();
  const rows: Array<[string, string]> = [
    [t('jrwa.details.symbol'), jrwaClass.symbol],
    [t('jrwa.details.title'), jrwaClass.title],
    [t('jrwa.details.level'), String(jrwaClass.level)],
    [t('jrwa.details.parent'), jrwaClass.parentSymbol ?? t('jrwa.details.parent.none')],
    [t('jrwa.details.final'), jrwaClass.final ? t('jrwa.details.final.yes') : t('jrwa.details.final.no')],
  ];
  if (jrwaClass.final) {
    rows.push(
      [
        t('jrwa.details.category'),
        `${jrwaClass.category ?? '—'} — ${describeCategory(t, jrwaClass.category)}`,
      ],
      [
        t('jrwa.details.category_other'),
        `${jrwaClass.categoryOther ?? '—'} — ${describeCategory(t, jrwaClass.categoryOther)}`,
      ],
    );
  }
  rows.push([t('jrwa.details.remarks'), jrwaClass.remarks ?? '—']);

  return (
    <section aria-labelledby="jrwa-details-heading">
      <Group gap="xs" mb="sm" align="center">
        <Title order={2} size="h4" id="jrwa-details-heading">
          {jrwaClass.symbol} {jrwaClass.title}
        </Title>
        {jrwaClass.final && jrwaClass.category && (
          <Badge variant="light" color="blue" aria-hidden>
            {jrwaClass.category}
          </Badge>
        )}
      </Group>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={240}>
                {label}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
