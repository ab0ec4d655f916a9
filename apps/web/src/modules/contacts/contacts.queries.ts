import { queryOptions } from '@tanstack/react-query';
import { getContact } from './contacts.api';

export const contactsKeys = {
  all: ['contacts'] as const,
  search: (q: string) => ['contacts', 'search', q] as const,
  suggestions: (kind: string, value: string) => ['contacts', 'suggestions', kind, value] as const,
  detail: (id: string) => ['contacts', 'detail', id] as const,
};

/**
 * The full record. Each GET is audited, so it is read once per visit of the card: no background
 * refetching; it is read again only after a save or a version conflict.
 */
export const contactQuery = (id: string) =>
  queryOptions({
    queryKey: contactsKeys.detail(id),
    queryFn: () => getContact(id),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnMount: 'always',
  });
