import type { DictionaryEntry } from '@obieg/contracts/correspondence';
import { queryOptions } from '@tanstack/react-query';
import { getFileInfo, getIncoming, listDeliveryMethods, listDocumentKinds } from './correspondence.api';
import type { IncomingSearch } from './incoming-search.models';

export const incomingKeys = {
  all: ['incoming'] as const,
  list: (search: IncomingSearch) => ['incoming', 'list', search] as const,
  detail: (id: string) => ['incoming', 'detail', id] as const,
  dictionary: (kind: 'delivery-methods' | 'document-kinds') => ['incoming', 'dictionary', kind] as const,
  file: (id: string) => ['files', 'info', id] as const,
};

/** Active entries in the office's order (for pickers; lists show inactive names too). */
export const activeSorted = (items: DictionaryEntry[]) =>
  items.filter((entry) => entry.active).sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name));

/** The office's dictionaries change rarely: read once per visit of the app. */
export const deliveryMethodsQuery = () =>
  queryOptions({
    queryKey: incomingKeys.dictionary('delivery-methods'),
    queryFn: listDeliveryMethods,
    staleTime: 10 * 60_000,
    select: (data) => data.items,
  });

export const documentKindsQuery = () =>
  queryOptions({
    queryKey: incomingKeys.dictionary('document-kinds'),
    queryFn: listDocumentKinds,
    staleTime: 10 * 60_000,
    select: (data) => data.items,
  });

export const incomingQuery = (id: string) =>
  queryOptions({ queryKey: incomingKeys.detail(id), queryFn: () => getIncoming(id) });

export const fileInfoQuery = (id: string) =>
  queryOptions({ queryKey: incomingKeys.file(id), queryFn: () => getFileInfo(id), staleTime: Infinity });

/** `code → name` of a dictionary, with the code itself for an entry no longer listed. */
export function dictionaryName(items: readonly DictionaryEntry[] | undefined, code: string | null): string {
  if (code === null) return '';
  return items?.find((entry) => entry.code === code)?.name ?? code;
}
