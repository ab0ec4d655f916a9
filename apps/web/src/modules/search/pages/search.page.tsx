import { Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useRef } from 'react';
import { Forbidden } from '../../../app/layout/forbidden';
import { useT } from '../../../locales/i18n-context';
import { Page } from '../../../shared/ui/page';
import { useMe } from '../../auth/auth.queries';
import { SearchForm, type SearchChange } from '../components/search-form';
import { SearchResults } from '../components/search-results';
import { canSearch, hasSearchFilters, type GlobalSearch } from '../search.models';
import { searchResultsQuery } from '../search.queries';
import { useSearchShortcut } from '../use-search-shortcut';

/**
 * The global search (`/search?q=…`): items, cases, case documents (with the text of their files) and
 * contacts the user may open. The words and filters live in the address; `/` jumps to the words box.
 */
export function SearchPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const search = useSearch({ from: '/app/search' });
  const wordsRef = useRef<HTMLInputElement>(null);
  const allowed = canSearch(me.permissions);
  const results = useQuery({ ...searchResultsQuery(search), enabled: allowed && Boolean(search.q) });
  useSearchShortcut({ enabled: allowed, onShortcut: () => wordsRef.current?.focus() });

  if (!allowed) return <Forbidden />;
  const setSearch = (update: (current: GlobalSearch) => GlobalSearch, change: SearchChange) =>
    void navigate({ to: '/search', search: update, replace: change === 'replace' });

  return (
    <Page title={t('search.page.title')}>
      <SearchForm search={search} onChange={setSearch} wordsRef={wordsRef} />
      {search.q ? (
        <SearchResults
          q={search.q}
          results={results}
          onClearFilters={
            hasSearchFilters(search) ? () => setSearch((current) => ({ q: current.q }), 'replace') : undefined
          }
        />
      ) : (
        <Paper withBorder p="md" component="section" aria-labelledby="search-start-heading">
          <Title order={2} size="h4" id="search-start-heading" mb="xs">
            {t('search.start.heading')}
          </Title>
          <Text>{t('search.start.text')}</Text>
        </Paper>
      )}
    </Page>
  );
}
