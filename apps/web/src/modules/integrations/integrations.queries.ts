import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { listIntegrationLog, listMailboxes, type LogQuery } from './integrations.api';
import { getSimulators } from './simulators.api';

export const integrationsKeys = {
  all: ['integrations'] as const,
  mailboxes: ['integrations', 'mailboxes'] as const,
  log: ['integrations', 'log'] as const,
  logPage: (query: LogQuery) => ['integrations', 'log', query] as const,
  simulators: ['integrations', 'simulators'] as const,
};

export const mailboxesQuery = () =>
  queryOptions({
    queryKey: integrationsKeys.mailboxes,
    queryFn: listMailboxes,
    select: (data) => data.items,
  });

export const integrationLogQuery = (query: LogQuery) =>
  queryOptions({
    queryKey: integrationsKeys.logPage(query),
    queryFn: () => listIntegrationLog(query),
    placeholderData: keepPreviousData,
  });

/** The demo's simulators (`null` where there are none, as in production); asked once, no retries. */
export const simulatorsQuery = () =>
  queryOptions({
    queryKey: integrationsKeys.simulators,
    queryFn: getSimulators,
    retry: false,
    staleTime: 5 * 60_000,
  });
