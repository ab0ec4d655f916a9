import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';
import { LoadingState } from './loading-state';

/** Loading indicator, translated error, or the content once the query has data. */
export function QueryBoundary<T>({
  query,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean };
  children: (data: T) => ReactNode;
}) {
  if (query.error) return <ErrorAlert error={query.error} />;
  if (query.isPending || query.data === undefined) return <LoadingState />;
  return <>{children(query.data)}</>;
}
