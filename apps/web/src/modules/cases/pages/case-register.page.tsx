import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { toCaseRegisterQuery, type CaseRegisterSearch } from '../case-register.models';
import { caseRegisterQuery } from '../cases.queries';
import { CaseRegisterExports, CaseRegisterHeader } from '../components/case-register-header';
import { CaseRegisterFilters } from '../components/case-register-filters';
import { CaseRegisterTable } from '../components/case-register-table';

/**
 * The spis spraw (`/case-registers`, DOMAIN.md §2.6): the cases of a unit in a JRWA class of any
 * level, for a year or a range of opening dates, with the header of the printout; the same register
 * downloads as a PDF printout, CSV or XLSX. The choice is kept in the address.
 */
export function CaseRegisterPage() {
  const t = useT();
  const navigate = useNavigate();
  const search = useSearch({ from: '/app/case-registers' });
  const query = toCaseRegisterQuery(search);
  const register = useQuery({
    ...caseRegisterQuery(query ?? { unitId: '', jrwaSymbol: '' }),
    enabled: query !== null,
  });
  const show = (next: CaseRegisterSearch) => void navigate({ to: '/case-registers', search: next });

  return (
    <Page title={t('cases.register.title')}>
      <Text size="sm" maw={900}>
        {t('cases.register.intro')}
      </Text>
      <Paper withBorder p="md" component="section" aria-labelledby="case-register-filters-heading">
        <Title order={2} size="h4" mb="xs" id="case-register-filters-heading">
          {t('cases.register.filters.heading')}
        </Title>
        <CaseRegisterFilters search={search} onSubmit={show} />
      </Paper>
      {query === null ? (
        <Text c="dimmed">{t('cases.register.choose')}</Text>
      ) : register.error ? (
        <ErrorAlert error={register.error} />
      ) : !register.data ? (
        <LoadingState />
      ) : (
        <Stack gap="sm" component="section" aria-labelledby="case-register-heading">
          <Title order={2} size="h4" id="case-register-heading">
            {t('cases.register.heading', {
              unit: register.data.header.unit.symbol,
              symbol: register.data.header.jrwa.symbol,
            })}
          </Title>
          <CaseRegisterHeader header={register.data.header} />
          <CaseRegisterExports query={query} />
          <CaseRegisterTable
            items={register.data.items}
            caption={t('cases.register.caption', { count: register.data.items.length })}
          />
        </Stack>
      )}
    </Page>
  );
}
