import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { listIntegrationLog, listMailboxes, type LogQuery } from './integrations.api';

export const integrationsKeys = {
  all: ['integrations'] as const,
  mailboxes: ['integrations', 'mailboxes'] as const,
  log: ['integrations', 'log'] as const,
  logPage: (query: LogQuery) => ['integrations', 'log', query] as const,
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
