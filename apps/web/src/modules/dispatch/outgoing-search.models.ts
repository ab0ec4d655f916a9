import {
  dispatchChannelSchema,
  dispatchItemStatusSchema,
  REGISTER_SORTS,
  type DispatchChannel,
  type DispatchItemStatus,
} from '@obieg/contracts/dispatch';
import type { RegisterFilter } from './dispatch.api';

export const OUTGOING_TABS = ['queue', 'register', 'postal-book', 'receipts'] as const;
export type OutgoingTab = (typeof OUTGOING_TABS)[number];
export type RegisterSort = (typeof REGISTER_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

/** Rows on one page of the register. */
export const REGISTER_PAGE_SIZE = 50;
export const DEFAULT_SORT: RegisterSort = 'number';
export const DEFAULT_ORDER: SortOrder = 'desc';

/**
 * `/outgoing`'s state, kept in the address so "back" from a dispatch restores it: the tab, the
 * register's filters, sorting and page, and the day of the postal book.
 */
export type OutgoingSearch = {
  tab?: Exclude<OutgoingTab, 'queue'>;
  year?: number;
  from?: string;
  to?: string;
  channel?: DispatchChannel;
  /** The item's status (named `state` in the address: `status` means other things on other screens). */
  state?: DispatchItemStatus;
  q?: string;
  sort?: RegisterSort;
  order?: SortOrder;
  page?: number;
  date?: string;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const date = (value: unknown) => (typeof value === 'string' && DATE.test(value) ? value : undefined);

/** Reads the address's search part; anything malformed is dropped rather than sent to the API. */
export function parseOutgoingSearch(search: Record<string, unknown>): OutgoingSearch {
  const tab = OUTGOING_TABS.find((name) => name !== 'queue' && name === search.tab) as
    OutgoingSearch['tab'] | undefined;
  const channel = dispatchChannelSchema.safeParse(search.channel);
  const state = dispatchItemStatusSchema.safeParse(search.state);
  const found = REGISTER_SORTS.find((name) => name === search.sort);
  const sort = found === DEFAULT_SORT ? undefined : found;
  const order = search.order === 'asc' || search.order === 'desc' ? search.order : undefined;
  const year = Number(search.year);
  const page = Number(search.page);
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  return {
    tab,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    from: date(search.from),
    to: date(search.to),
    channel: channel.success ? channel.data : undefined,
    state: state.success ? state.data : undefined,
    q: q || undefined,
    sort,
    order: order === DEFAULT_ORDER && !sort ? undefined : order,
    page: Number.isInteger(page) && page > 1 && page <= 200 ? page : undefined,
    date: date(search.date),
  };
}

/** The API's register query for the register tab: filters, sorting and the page's window. */
export function toRegisterQuery(search: OutgoingSearch): RegisterFilter {
  return {
    ...registerFilters(search),
    sort: search.sort ?? DEFAULT_SORT,
    order: search.order ?? DEFAULT_ORDER,
    limit: REGISTER_PAGE_SIZE,
    offset: ((search.page ?? 1) - 1) * REGISTER_PAGE_SIZE,
  };
}

/** The filters alone (for exports and the printout, which take the whole view, not a page). */
export function registerFilters(search: OutgoingSearch): RegisterFilter {
  return {
    year: search.year,
    from: search.from,
    to: search.to,
    channel: search.channel,
    status: search.state,
    q: search.q,
  };
}

export function hasRegisterFilters(search: OutgoingSearch): boolean {
  return Object.values(registerFilters(search)).some((value) => value !== undefined);
}

/**
 * Sorting by a column header: the same column again reverses the order; a new column starts
 * newest/highest first for the number and the date, alphabetically for the others.
 */
export function nextSort({
  sort,
  order,
  column,
}: {
  sort: RegisterSort;
  order: SortOrder;
  column: RegisterSort;
}): { sort: RegisterSort; order: SortOrder } {
  if (column === sort) return { sort, order: order === 'asc' ? 'desc' : 'asc' };
  return { sort: column, order: column === 'number' || column === 'postedOn' ? 'desc' : 'asc' };
}

/** The address's sorting part: the default (number, newest first) is left out (set to undefined). */
export function sortSearch({ sort, order }: { sort: RegisterSort; order: SortOrder }): {
  sort: RegisterSort | undefined;
  order: SortOrder | undefined;
} {
  const defaultSort = sort === DEFAULT_SORT;
  return {
    sort: defaultSort ? undefined : sort,
    order: defaultSort && order === DEFAULT_ORDER ? undefined : order,
  };
}
