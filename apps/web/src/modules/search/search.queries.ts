import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { searchEverything } from './search.api';
import type { GlobalSearch } from './search.models';

export const searchKeys = {
  all: ['search'] as const,
  results: (search: GlobalSearch) => ['search', 'results', search] as const,
};

/** Hits for the words and filters; the previous hits stay on screen while a changed search loads. */
export const searchResultsQuery = (search: GlobalSearch) =>
  queryOptions({
    queryKey: searchKeys.results(search),
    queryFn: () => searchEverything(search),
    enabled: Boolean(search.q),
    placeholderData: keepPreviousData,
  });
