import { queryOptions } from '@tanstack/react-query';
import { listJrwaClasses, listJrwaVersions, type JrwaListQuery } from './jrwa.api';

export const jrwaKeys = {
  all: ['jrwa'] as const,
  classes: (query: JrwaListQuery) => ['jrwa', 'classes', query] as const,
  versions: ['jrwa', 'versions'] as const,
  extract: (orgUnitId: string) => ['jrwa', 'extract', orgUnitId] as const,
};

export const jrwaClassesQuery = (query: JrwaListQuery) =>
  queryOptions({
    queryKey: jrwaKeys.classes(query),
    queryFn: () => listJrwaClasses(query),
    staleTime: 5 * 60_000,
  });

export const jrwaVersionsQuery = () =>
  queryOptions({ queryKey: jrwaKeys.versions, queryFn: listJrwaVersions, select: (data) => data.items });
