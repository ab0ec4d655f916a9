import {
  decreeSchema,
  distributionRuleListSchema,
  distributionRuleSchema,
  inboxSchema,
  incomingDistributionSchema,
  incomingHistorySchema,
  type CorrectDecreeInput,
  type CreateDistributionRuleInput,
  type DistributeInput,
  type InboxState,
  type IssueDecreeInput,
  type UpdateDistributionRuleInput,
} from '@obieg/contracts/distribution';
import { api } from '../../app/api-client';

const path = (...parts: string[]) => `/api/v1/${parts.map(encodeURIComponent).join('/')}`;

export type InboxScope = 'me' | 'unit';
export const INBOX_PAGE_SIZE = 50;

/** Live inbox changes (server-sent events); the session cookie goes with it (same origin). */
export const INBOX_EVENTS_URL = path('inbox', 'events');

// Distribution and decrees of an item.
export const distributeIncoming = ({ itemId, input }: { itemId: string; input: DistributeInput }) =>
  api.post(path('incoming', itemId, 'distribution'), input, incomingDistributionSchema);

export const issueDecree = ({ itemId, input }: { itemId: string; input: IssueDecreeInput }) =>
  api.post(path('incoming', itemId, 'decrees'), input, decreeSchema);

export const acceptDecree = (id: string) => api.post(path('decrees', id, 'accept'), undefined, decreeSchema);

export const returnDecree = ({ id, reason }: { id: string; reason: string }) =>
  api.post(path('decrees', id, 'return'), { reason }, decreeSchema);

export const correctDecree = ({ id, input }: { id: string; input: CorrectDecreeInput }) =>
  api.post(path('decrees', id, 'correct'), input, decreeSchema);

export const cancelDecree = ({ id, reason }: { id: string; reason: string }) =>
  api.post(path('decrees', id, 'cancel'), { reason }, decreeSchema);

export const getIncomingHistory = (itemId: string) =>
  api.get(path('incoming', itemId, 'history'), incomingHistorySchema);

// Inboxes.
export const getInbox = ({
  scope,
  state,
  cursor,
  limit = INBOX_PAGE_SIZE,
}: {
  scope: InboxScope;
  state?: InboxState;
  cursor?: string;
  limit?: number;
}) => api.get(path('inbox'), inboxSchema, { scope, state, cursor, limit });

// Automatic distribution rules.
export const listDistributionRules = () => api.get(path('distribution-rules'), distributionRuleListSchema);

export const createDistributionRule = (input: CreateDistributionRuleInput) =>
  api.post(path('distribution-rules'), input, distributionRuleSchema);

export const updateDistributionRule = ({ id, input }: { id: string; input: UpdateDistributionRuleInput }) =>
  api.patch(path('distribution-rules', id), input, distributionRuleSchema);

export const deleteDistributionRule = (id: string) => api.delete(path('distribution-rules', id));
