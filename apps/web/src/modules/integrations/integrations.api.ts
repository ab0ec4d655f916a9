import {
  integrationLogPageSchema,
  mailboxSchema,
  syncResultSchema,
  type CreateMailboxInput,
  type INTEGRATION_LOG_LEVELS,
  type UpdateMailboxInput,
} from '@obieg/contracts/integrations';
import { z } from 'zod';
import { api } from '../../app/api-client';

const path = (...parts: string[]) => `/api/v1/${parts.map(encodeURIComponent).join('/')}`;

const mailboxListSchema = z.object({ items: z.array(mailboxSchema) });

export type LogIntegration = 'edelivery' | 'epuap' | 'smtp' | 'post';
export type LogLevel = (typeof INTEGRATION_LOG_LEVELS)[number];
export type LogQuery = { integration?: LogIntegration; level?: LogLevel; limit: number; offset: number };
export type SyncedSystem = 'edelivery' | 'epuap';

export const listMailboxes = () => api.get(path('integrations', 'mailboxes'), mailboxListSchema);

export const createMailbox = (input: CreateMailboxInput) =>
  api.post(path('integrations', 'mailboxes'), input, mailboxSchema);

/** A change with the `version` it was read at; secrets are sent only when replaced. */
export const updateMailbox = ({ id, input }: { id: string; input: UpdateMailboxInput }) =>
  api.patch(path('integrations', 'mailboxes', id), input, mailboxSchema);

export const listIntegrationLog = (query: LogQuery) =>
  api.get(path('integrations', 'log'), integrationLogPageSchema, query);

/** Fetches what came in (and the status of what went out) from every mailbox of the system now. */
export const synchronise = (system: SyncedSystem) =>
  api.post(path('integrations', system, 'sync'), undefined, syncResultSchema);
