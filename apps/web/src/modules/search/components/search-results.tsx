import { Alert, Box, Button, Stack, Text, Title } from '@mantine/core';
import type { SearchResult } from '@obieg/contracts/search';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { resultCount } from '../search.models';
import { SearchHitItem } from './search-hit-item';

/**
 * The hits of a search under their heading. One polite live region says how many came back (only
 * what the API returned: a full page is "the first results", never a total) and, when nothing
 * matched as typed, which nearest words the hits were found by instead.
 */
export function SearchResults({
  q,
  results,
  onClearFilters,
}: {
  q: string;
  results: { data: SearchResult | undefined; error: unknown; isPending: boolean; isPlaceholderData: boolean };
  /** Offered when nothing was found and filters narrow the search. */
  onClearFilters?: () => void;
}) {
  const t = useT();
  const data = results.isPlaceholderData ? undefined : results.data;
  const count = data ? resultCount(data.items.length) : null;
  const corrected = data?.correctedWords?.length ? data.correctedWords.join(' ') : null;

  return (
    <Stack component="section" aria-labelledby="search-results-heading" gap="sm">
      <Title order={2} size="h4" id="search-results-heading">
        {t('search.results.heading')}
      </Title>
      <Stack role="status" aria-live="polite" aria-atomic="true" gap="xs" data-testid="search-status">
        {corrected && (
          <Alert variant="light" color="blue" role="note" data-testid="search-corrected">
            {t('search.results.corrected', { typed: q, corrected })}
          </Alert>
        )}
        {data && data.words.length === 0 ? (
          <Text>{t('search.results.no_words')}</Text>
        ) : count?.kind === 'none' ? (
          <Text fw={500}>{t('search.results.none', { q })}</Text>
        ) : count ? (
          <Text size="sm" c="dimmed">
            {t(count.kind === 'first' ? 'search.results.first' : 'search.results.count', {
              count: count.count,
            })}
          </Text>
        ) : null}
      </Stack>
      {results.error ? (
        <ErrorAlert error={results.error} />
      ) : results.isPending ? (
        <LoadingState />
      ) : count?.kind === 'none' && data && data.words.length > 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('search.results.none_hint')}</Text>
          {onClearFilters && (
            <Button variant="default" size="xs" onClick={onClearFilters}>
              {t('common.filters.clear')}
            </Button>
          )}
        </Stack>
      ) : (
        results.data &&
        results.data.items.length > 0 && (
          <Box
            component="ul"
            aria-label={t('search.results.list_label')}
            aria-busy={results.isPlaceholderData || undefined}
            style={{ listStyle: 'none', margin: 0, padding: 0, opacity: results.isPlaceholderData ? 0.6 : 1 }}
            data-testid="search-hits"
          >
            {results.data.items.map((hit) => (
              <SearchHitItem key={`${hit.type}:${hit.id}`} hit={hit} />
            ))}
          </Box>
        )
      )}
    </Stack>
  );
}
