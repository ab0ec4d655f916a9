import { Button, Paper, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useRef } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useCursorList } from '../../../shared/hooks/use-cursor-list';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadMore } from '../../../shared/ui/load-more';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { useCan } from '../../auth/auth.queries';
import type { CaseSearch } from '../case-search.models';
import { listCases } from '../cases.api';
import { casesKeys } from '../cases.queries';
import { CaseFilters } from '../components/case-filters';
import { CaseTable } from '../components/case-table';

/** Cases (`/cases`): mine by default, filters in the address, `/` jumps to the words box. */
export function CaseListPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const search = useSearch({ from: '/app/cases' });
  const wordsRef = useRef<HTMLInputElement>(null);
  const list = useCursorList({
    queryKey: casesKeys.list(search),
    fetchPage: (cursor) => listCases({ search, cursor }),
    keepPrevious: true,
  });
  const setSearch = (next: CaseSearch) => void navigate({ to: '/cases', search: next, replace: true });
  useHotkeys([['/', () => wordsRef.current?.focus()]]);

  return (
    <Page
      title={t(search.all ? 'cases.list.title_all' : 'cases.list.title')}
      actions={
        can('cases:handle') && (
          <Button component={Link} to="/cases/new">
            {t('cases.list.new')}
          </Button>
        )
      }
    >
      <Paper withBorder p="md" component="section" aria-labelledby="case-filters-heading">
        <Title order={2} size="h4" mb="xs" id="case-filters-heading">
          {t('cases.filters.heading')}
        </Title>
        <CaseFilters search={search} onChange={setSearch} wordsRef={wordsRef} />
        <Text size="xs" c="dimmed" mt="xs">
          {t('cases.filters.shortcut')}
        </Text>
      </Paper>
      {list.error && <ErrorAlert error={list.error} />}
      {list.isPending ? (
        <LoadingState />
      ) : (
        <CaseTable
          items={list.items}
          caption={t('cases.list.caption', { count: list.items.length })}
          empty={t('cases.list.empty')}
        />
      )}
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Page>
  );
}
