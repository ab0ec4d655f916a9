import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
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
import { IncomingFilters } from '../components/incoming-filters';
import { IncomingTable } from '../components/incoming-table';
import { REGISTER_SHORTCUTS, ShortcutsHelp } from '../components/shortcuts-help';
import { exportUrl, listIncoming, registerPdfUrl } from '../correspondence.api';
import { incomingKeys } from '../correspondence.queries';
import type { IncomingSearch } from '../incoming-search.models';

/** The RPW register: filters in the address, sortable columns, pages of 50, exports of the same view. */
export function IncomingListPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const search = useSearch({ from: '/app/incoming' });
  const wordsRef = useRef<HTMLInputElement>(null);
  const items = useCursorList({
    queryKey: incomingKeys.list(search),
    fetchPage: (cursor) => listIncoming({ search, cursor }),
    keepPrevious: true,
  });
  const setSearch = (next: IncomingSearch) => void navigate({ to: '/incoming', search: next, replace: true });

  useHotkeys([
    ['/', () => wordsRef.current?.focus()],
    [
      'n',
      () => {
        if (can('correspondence:register')) void navigate({ to: '/incoming/new' });
      },
    ],
  ]);

  return (
    <Page
      title={t('correspondence.list.title')}
      actions={
        can('correspondence:register') && (
          <Button component={Link} to="/incoming/new" aria-keyshortcuts="n">
            {t('correspondence.list.new')}
          </Button>
        )
      }
    >
      <Paper withBorder p="md" component="section" aria-labelledby="incoming-filters-heading">
        <Title order={2} size="h4" mb="xs" id="incoming-filters-heading">
          {t('correspondence.filters.heading')}
        </Title>
        <IncomingFilters search={search} onChange={setSearch} wordsRef={wordsRef} />
      </Paper>
      <Group gap="md" component="nav" aria-label={t('correspondence.export.label')}>
        <Text size="sm" fw={600} component="span">
          {t('correspondence.export.heading')}
        </Text>
        <Anchor href={exportUrl(search, 'csv')} download size="sm">
          CSV
        </Anchor>
        <Anchor href={exportUrl(search, 'xlsx')} download size="sm">
          XLSX
        </Anchor>
        <Anchor href={registerPdfUrl(search)} target="_blank" rel="noopener" size="sm">
          {t('correspondence.export.pdf')}
        </Anchor>
      </Group>
      {items.error && <ErrorAlert error={items.error} />}
      {items.isPending ? (
        <LoadingState />
      ) : (
        <IncomingTable
          items={items.items}
          sort={search.sort ?? 'rpw_desc'}
          onSort={(sort) => setSearch({ ...search, sort: sort === 'rpw_desc' ? undefined : sort })}
        />
      )}
      <LoadMore
        hasNextPage={items.hasNextPage}
        isFetchingNextPage={items.isFetchingNextPage}
        onLoadMore={() => void items.fetchNextPage()}
      />
      <ShortcutsHelp shortcuts={REGISTER_SHORTCUTS} />
    </Page>
  );
}
