import { Button, Group, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { Page } from '../../../shared/ui/page';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { TableScroll } from '../../../shared/ui/table-scroll';
import type { CooperationSearch } from '../case-register.models';
import { cooperationQuery } from '../cases.queries';

const COLUMNS = [
  ['casesSharedWith', 'cases.cooperation.column.cases_shared_with'],
  ['opinionsGiven', 'cases.cooperation.column.opinions_given'],
  ['casesShared', 'cases.cooperation.column.cases_shared'],
  ['opinionsReceived', 'cases.cooperation.column.opinions_received'],
] as const;

function PeriodForm({
  search,
  onSubmit,
}: {
  search: CooperationSearch;
  onSubmit: (next: CooperationSearch) => void;
}) {
  const t = useT();
  const [from, setFrom] = useState(search.from ?? '');
  const [to, setTo] = useState(search.to ?? '');
  const [invalid, setInvalid] = useState(false);
  // A new address fills the fields in again (the form stays mounted, the focus on its button).
  const [known, setKnown] = useState(search);
  if (known.from !== search.from || known.to !== search.to) {
    setKnown(search);
    setFrom(search.from ?? '');
    setTo(search.to ?? '');
    setInvalid(false);
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const wrong = Boolean(from && to && to < from);
    setInvalid(wrong);
    if (!wrong) onSubmit({ from: from || undefined, to: to || undefined });
  };
  return (
    <form role="search" aria-label={t('cases.cooperation.filters.label')} onSubmit={submit} noValidate>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('cases.cooperation.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('cases.cooperation.to')}
          min={from || undefined}
          value={to}
          error={invalid ? t('cases.cooperation.to_before_from') : undefined}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <Button type="submit">{t('cases.cooperation.submit')}</Button>
        {(search.from ?? search.to) && (
          <Button variant="default" onClick={() => onSubmit({})}>
            {t('cases.cooperation.clear')}
          </Button>
        )}
      </Group>
    </form>
  );
}

/**
 * Cooperation of units (`/cases/cooperation`, DOMAIN.md §2.5): per unit, the other units' cases
 * shared with it and the opinions it gave, the cases it shared and the opinions it received, in
 * an optional period (in the address).
 */
export function CooperationReportPage() {
  const t = useT();
  const format = useFormatters();
  const navigate = useNavigate();
  const search = useSearch({ from: '/app/cases/cooperation' });
  const report = useQuery(cooperationQuery(search));
  const period =
    search.from && search.to
      ? t('cases.cooperation.period.range', { from: format.date(search.from), to: format.date(search.to) })
      : search.from
        ? t('cases.cooperation.period.from', { from: format.date(search.from) })
        : search.to
          ? t('cases.cooperation.period.to', { to: format.date(search.to) })
          : t('cases.cooperation.period.all');

  return (
    <Page title={t('cases.cooperation.title')}>
      <Text size="sm" maw={900}>
        {t('cases.cooperation.intro')}
      </Text>
      <Paper withBorder p="md" component="section" aria-labelledby="cooperation-filters-heading">
        <Title order={2} size="h4" mb="xs" id="cooperation-filters-heading">
          {t('cases.cooperation.filters.heading')}
        </Title>
        <PeriodForm
          search={search}
          onSubmit={(next) => void navigate({ to: '/cases/cooperation', search: next })}
        />
      </Paper>
      <QueryBoundary query={report}>
        {(data) => {
          const caption = t('cases.cooperation.caption', { period, count: data.items.length });
          return (
            <TableScroll minWidth={760} label={caption}>
              <Table striped withTableBorder verticalSpacing="xs" data-testid="cooperation">
                <Table.Caption>{caption}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('cases.cooperation.column.unit')}</Table.Th>
                    {COLUMNS.map(([key, label]) => (
                      <Table.Th key={key} scope="col" ta="right">
                        {t(label)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.length === 0 && (
                    <EmptyRow colSpan={COLUMNS.length + 1} text={t('cases.cooperation.empty')} />
                  )}
                  {data.items.map((row) => (
                    <Table.Tr key={row.unit.id}>
                      <Table.Th scope="row" fw={400}>
                        <span className="mono">{row.unit.symbol}</span> — {row.unit.name}
                      </Table.Th>
                      {COLUMNS.map(([key]) => (
                        <Table.Td key={key} ta="right">
                          {row[key]}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          );
        }}
      </QueryBoundary>
    </Page>
  );
}
