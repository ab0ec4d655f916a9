import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { registerExportUrl } from '../dispatch.api';
import { registerQuery } from '../dispatch.queries';
import {
  DEFAULT_ORDER,
  DEFAULT_SORT,
  nextSort,
  REGISTER_PAGE_SIZE,
  registerFilters,
  sortSearch,
  toRegisterQuery,
  type OutgoingSearch,
} from '../outgoing-search.models';
import { RegisterFilters } from './register-filters';
import { RegisterPrintDialog } from './register-print-dialog';
import { RegisterTable } from './register-table';

/** "Pozycje 51–100 z 230", with the previous and next page. */
function Pager({ page, total, onPage }: { page: number; total: number; onPage: (page: number) => void }) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const first = total === 0 ? 0 : (page - 1) * REGISTER_PAGE_SIZE + 1;
  const last = Math.min(total, page * REGISTER_PAGE_SIZE);
  return (
    <Group gap="sm" component="nav" aria-label={t('dispatch.register.pages')} justify="space-between">
      <Text size="sm" aria-live="polite">
        {t('dispatch.register.range', { first, last, total })}
      </Text>
      {pages > 1 && (
        <Group gap="xs">
          <Button variant="default" size="xs" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t('dispatch.register.previous')}
          </Button>
          <Text size="sm">{t('dispatch.register.page', { page, pages })}</Text>
          <Button variant="default" size="xs" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            {t('dispatch.register.next')}
          </Button>
        </Group>
      )}
    </Group>
  );
}

/**
 * "Rejestr": the outgoing register with filters, sorting by the register's columns, pages of 50,
 * exports of the same view (CSV, XLSX) and its printout with the fields the clerk chooses.
 */
export function RegisterPanel({
  search,
  onSearch,
}: {
  search: OutgoingSearch;
  onSearch: (patch: Partial<OutgoingSearch>) => void;
}) {
  const t = useT();
  const query = useQuery(registerQuery(toRegisterQuery(search)));
  const [printing, setPrinting] = useState({ opened: false, session: 0 });
  const filters = registerFilters(search);
  const sorting = { sort: search.sort ?? DEFAULT_SORT, order: search.order ?? DEFAULT_ORDER };
  const exportQuery = { ...filters, ...sorting };

  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="register-filters-heading">
        <Title order={2} size="h4" mb="xs" id="register-filters-heading">
          {t('dispatch.register.filters.heading')}
        </Title>
        <RegisterFilters search={search} onChange={onSearch} />
      </Paper>
      <Group gap="md" component="nav" aria-label={t('dispatch.register.export.label')}>
        <Text size="sm" fw={600} component="span">
          {t('dispatch.register.export.heading')}
        </Text>
        <Anchor
          href={registerExportUrl({ query: exportQuery, format: 'csv' })}
          download
          size="sm"
          aria-label={t('dispatch.register.export.csv')}
        >
          CSV
        </Anchor>
        <Anchor
          href={registerExportUrl({ query: exportQuery, format: 'xlsx' })}
          download
          size="sm"
          aria-label={t('dispatch.register.export.xlsx')}
        >
          XLSX
        </Anchor>
        <Button
          variant="default"
          size="xs"
          onClick={() => setPrinting(({ session }) => ({ opened: true, session: session + 1 }))}
        >
          {t('dispatch.register.print')}
        </Button>
      </Group>
      {query.error && <ErrorAlert error={query.error} />}
      {query.data ? (
        <>
          <RegisterTable
            rows={query.data.items}
            caption={t('dispatch.register.caption', { total: query.data.total })}
            sorting={sorting}
            onSort={(column) =>
              onSearch({ ...sortSearch(nextSort({ ...sorting, column })), page: undefined })
            }
          />
          <Pager
            page={search.page ?? 1}
            total={query.data.total}
            onPage={(page) => onSearch({ page: page > 1 ? page : undefined })}
          />
        </>
      ) : (
        !query.error && <LoadingState />
      )}
      <RegisterPrintDialog
        key={printing.session}
        filters={exportQuery}
        opened={printing.opened}
        onClose={() => setPrinting(({ session }) => ({ opened: false, session }))}
      />
    </Stack>
  );
}
