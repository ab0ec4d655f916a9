import { Anchor, Group, Table, Text } from '@mantine/core';
import type { CaseRegister, CaseRegisterQuery } from '@obieg/contracts/cases';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { caseRegisterUrl, type CaseRegisterFormat } from '../cases.api';

const EXPORTS: { format: CaseRegisterFormat; text: MessageKey; label: MessageKey }[] = [
  { format: 'pdf', text: 'cases.register.export.pdf', label: 'cases.register.export.pdf_label' },
  { format: 'csv', text: 'cases.register.export.csv', label: 'cases.register.export.csv_label' },
  { format: 'xlsx', text: 'cases.register.export.xlsx', label: 'cases.register.export.xlsx_label' },
];

/** The same register as a printout (PDF, in a new tab) or a file for a spreadsheet (CSV, XLSX). */
export function CaseRegisterExports({ query }: { query: CaseRegisterQuery }) {
  const t = useT();
  return (
    <Group gap="md" component="nav" aria-label={t('cases.register.export.label')}>
      <Text size="sm" fw={600} component="span">
        {t('cases.register.export.heading')}
      </Text>
      {EXPORTS.map(({ format, text, label }) => (
        <Anchor
          key={format}
          href={caseRegisterUrl(query, format)}
          size="sm"
          aria-label={t(label)}
          {...(format === 'pdf' ? { target: '_blank', rel: 'noopener' } : { download: true })}
        >
          {t(text)}
        </Anchor>
      ))}
    </Group>
  );
}

/** The register's header as printed: unit, JRWA class and its hasło, the period, the generation date. */
export function CaseRegisterHeader({ header }: { header: CaseRegister['header'] }) {
  const t = useT();
  const format = useFormatters();
  const period =
    header.year !== null
      ? t('cases.register.header.year', { year: header.year })
      : t('cases.register.header.range', { from: format.date(header.from), to: format.date(header.to) });
  const rows: [MessageKey, string][] = [
    ['cases.register.header.unit', `${header.unit.symbol} — ${header.unit.name}`],
    [
      'cases.register.header.jrwa',
      `${header.jrwa.symbol} — ${header.jrwa.title ?? t('cases.register.header.no_title')}`,
    ],
    ['cases.register.header.period', period],
    ['cases.register.header.generated', format.dateTime(header.generatedAt)],
  ];
  return (
    <Table
      variant="vertical"
      withTableBorder
      maw={720}
      aria-label={t('cases.register.header.label')}
      data-testid="case-register-header"
    >
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={{ base: 120, sm: 200 }}>
              {t(label)}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
