import { incomingSortSchema, incomingStatusSchema } from '@obieg/contracts/correspondence';
import type { z } from 'zod';

export type IncomingSort = z.infer<typeof incomingSortSchema>;
export type IncomingStatus = z.infer<typeof incomingStatusSchema>;

/** The RPW register's filters, kept in the address (`/incoming?from=…&q=…`) so "back" restores them. */
export type IncomingSearch = {
  from?: string;
  to?: string;
  deliveryMethod?: string;
  organId?: string;
  /** Distributed (now) to this unit, as leading unit or for information. */
  unitId?: string;
  status?: IncomingStatus;
  /** Contact id of a sender, with the name shown in the filter. */
  sender?: string;
  senderName?: string;
  q?: string;
  lacksScan?: boolean;
  sort?: IncomingSort;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (value: unknown, max = 200) =>
  typeof value === 'string' && value.trim() !== '' ? value.slice(0, max) : undefined;
const matching = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && pattern.test(value) ? value : undefined;

/** Reads the address's search part; anything malformed is dropped rather than sent to the API. */
export function parseIncomingSearch(search: Record<string, unknown>): IncomingSearch {
  const status = incomingStatusSchema.safeParse(search.status);
  const sort = incomingSortSchema.safeParse(search.sort);
  const sender = matching(search.sender, UUID);
  return {
    from: matching(search.from, DATE),
    to: matching(search.to, DATE),
    deliveryMethod: text(search.deliveryMethod, 50),
    organId: matching(search.organId, UUID),
    unitId: matching(search.unitId, UUID),
    status: status.success ? status.data : undefined,
    sender,
    senderName: sender ? text(search.senderName) : undefined,
    q: text(search.q),
    lacksScan: search.lacksScan === true || search.lacksScan === 'true' ? true : undefined,
    sort: sort.success && sort.data !== 'rpw_desc' ? sort.data : undefined,
  };
}

/** The API's query parameters for the list, the exports and the register printout. */
export function toFilterQuery(search: IncomingSearch): Record<string, string | undefined> {
  return {
    from: search.from,
    to: search.to,
    deliveryMethod: search.deliveryMethod,
    organId: search.organId,
    unitId: search.unitId,
    status: search.status,
    sender: search.sender,
    q: search.q?.trim() || undefined,
    lacksScan: search.lacksScan ? 'true' : undefined,
    sort: search.sort,
  };
}

export function hasFilters(search: IncomingSearch): boolean {
  const { sort: _sort, senderName: _name, ...filters } = search;
  return Object.values(filters).some((value) => value !== undefined);
}
