import { keepPreviousData, useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useMemo } from 'react';

export type CursorPage<T> = { items: T[]; nextCursor: string | null };

/**
 * A list read page by page with `?cursor=`; `items` holds every page loaded so far. A page may
 * carry more than its items (e.g. an inbox's counts): `data.pages` keeps the whole answers.
 */
export function useCursorList<P extends CursorPage<unknown>>({
  queryKey,
  fetchPage,
  enabled = true,
  keepPrevious = false,
}: {
  queryKey: QueryKey;
  fetchPage: (cursor: string | undefined) => Promise<P>;
  enabled?: boolean;
  /** Keep showing the last list while the next one (other filters) loads, instead of a spinner. */
  keepPrevious?: boolean;
}) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
  const items = useMemo(
    () => (query.data?.pages.flatMap((page) => page.items) ?? []) as P['items'],
    [query.data],
  );
  return { ...query, items };
}
