import type { InboxState } from '@obieg/contracts/distribution';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { incomingKeys } from '../correspondence/correspondence.queries';
import { getInbox, getIncomingHistory, listDistributionRules, type InboxScope } from './distribution.api';

export const distributionKeys = {
  inbox: ['inbox'] as const,
  inboxList: (scope: InboxScope, state: InboxState | undefined) => ['inbox', scope, 'list', state] as const,
  inboxCounts: (scope: InboxScope) => ['inbox', scope, 'counts'] as const,
  history: (itemId: string) => ['incoming', 'history', itemId] as const,
  rules: ['distribution-rules'] as const,
};

/** Only the counts of an inbox (for the menu): one row is the least the API sends. */
export const inboxCountsQuery = (scope: InboxScope) =>
  queryOptions({
    queryKey: distributionKeys.inboxCounts(scope),
    queryFn: () => getInbox({ scope, limit: 1 }),
    select: (data) => data.counts,
    staleTime: 60_000,
  });

export const incomingHistoryQuery = (itemId: string) =>
  queryOptions({
    queryKey: distributionKeys.history(itemId),
    queryFn: () => getIncomingHistory(itemId),
    select: (data) => data.items,
  });

export const distributionRulesQuery = () =>
  queryOptions({
    queryKey: distributionKeys.rules,
    queryFn: listDistributionRules,
    select: (data) => data.items,
  });

/** After a change of an item's distribution: the item, its history and every inbox read again. */
export function refreshAfterDistributionChange(queryClient: QueryClient, itemId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: incomingKeys.detail(itemId) }),
    queryClient.invalidateQueries({ queryKey: distributionKeys.history(itemId) }),
    queryClient.invalidateQueries({ queryKey: distributionKeys.inbox }),
  ]);
}
