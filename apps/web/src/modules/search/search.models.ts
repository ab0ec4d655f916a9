import { caseStatusSchema, type CaseStatus } from '@obieg/contracts/cases';
import { incomingStatusSchema } from '@obieg/contracts/correspondence';
import type { Permission } from '@obieg/contracts/permissions';
import { searchTypeSchema, type SearchHit, type SearchType } from '@obieg/contracts/search';
import { todayInOffice } from '../../shared/format/dates';

type IncomingStatus = 'registered' | 'cancelled';
export type SearchStatus = CaseStatus | IncomingStatus;

/**
 * The global search (`/search?q=…&type=case`), kept in the address so a search can be bookmarked,
 * shared with a colleague and restored by "back".
 */
export type GlobalSearch = {
  q?: string;
  type?: SearchType;
  from?: string;
  to?: string;
  unitId?: string;
  status?: SearchStatus;
  jrwaSymbol?: string;
};

/** At most this many hits are asked for; the API counts nothing beyond what it returns. */
export const SEARCH_LIMIT = 50;

/** Whoever may read one of these may search; the API searches only what each of them opens. */
export const SEARCH_PERMISSIONS = [
  'correspondence:read',
  'cases:read',
  'contacts:read',
] as const satisfies readonly Permission[];

export function canSearch(permissions: readonly Permission[]): boolean {
  return SEARCH_PERMISSIONS.some((permission) => permissions.includes(permission));
}

const CASE_STATUSES = caseStatusSchema.options;
const INCOMING_STATUSES = incomingStatusSchema.options;

/**
 * The filters that can narrow a kind of hit, as the API applies them: the unit and the JRWA class
 * select cases and their documents only; statuses exist for cases and incoming items; contacts
 * have no date.
 */
export function applicableFilters(type: SearchType | undefined): {
  dates: boolean;
  unit: boolean;
  jrwa: boolean;
  statuses: { cases: readonly CaseStatus[]; incoming: readonly IncomingStatus[] };
} {
  return {
    dates: type !== 'contact',
    unit: type === undefined || type === 'case' || type === 'document',
    jrwa: type === undefined || type === 'case' || type === 'document',
    statuses: {
      cases: type === undefined || type === 'case' ? CASE_STATUSES : [],
      incoming: type === undefined || type === 'incoming' ? INCOMING_STATUSES : [],
    },
  };
}

/** Drops the filters that cannot apply to the chosen kind (they would only hide every hit). */
export function withApplicableFilters(search: GlobalSearch): GlobalSearch {
  const applicable = applicableFilters(search.type);
  const statuses: readonly string[] = [...applicable.statuses.cases, ...applicable.statuses.incoming];
  return {
    q: search.q,
    type: search.type,
    from: applicable.dates ? search.from : undefined,
    to: applicable.dates ? search.to : undefined,
    unitId: applicable.unit ? search.unitId : undefined,
    status: search.status && statuses.includes(search.status) ? search.status : undefined,
    jrwaSymbol: applicable.jrwa ? search.jrwaSymbol : undefined,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A JRWA class symbol as the API takes it: 1 to 10 digits. */
export const JRWA_SYMBOL = /^\d{1,10}$/;

/** The router reads `?q=2026` as a number: words and symbols are text again. */
const asText = (value: unknown) =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : '';
const matching = (value: unknown, pattern: RegExp) => {
  const text = asText(value);
  return pattern.test(text) ? text : undefined;
};

function parseStatus(value: unknown): SearchStatus | undefined {
  const asCase = caseStatusSchema.safeParse(value);
  if (asCase.success) return asCase.data;
  const asIncoming = incomingStatusSchema.safeParse(value);
  return asIncoming.success ? asIncoming.data : undefined;
}

/** Reads the address's search part; anything malformed or inapplicable is dropped rather than sent. */
export function parseGlobalSearch(search: Record<string, unknown>): GlobalSearch {
  const type = searchTypeSchema.safeParse(search.type);
  const q = asText(search.q).trim().slice(0, 200);
  return withApplicableFilters({
    q: q || undefined,
    type: type.success ? type.data : undefined,
    from: matching(search.from, DATE),
    to: matching(search.to, DATE),
    unitId: matching(search.unitId, UUID),
    status: parseStatus(search.status),
    jrwaSymbol: matching(search.jrwaSymbol, JRWA_SYMBOL),
  });
}

/** The API's query parameters (`GET /api/v1/search`). */
export function toSearchQuery(search: GlobalSearch): Record<string, string | number | undefined> {
  return {
    q: search.q ?? '',
    type: search.type,
    from: search.from,
    to: search.to,
    unitId: search.unitId,
    status: search.status,
    jrwaSymbol: search.jrwaSymbol,
    limit: SEARCH_LIMIT,
  };
}

/** True when anything other than the words narrows the search. */
export function hasSearchFilters(search: GlobalSearch): boolean {
  const { q: _q, ...filters } = search;
  return Object.values(filters).some((value) => value !== undefined);
}

/** Where a hit opens: an item, a case, the case holding a document, or a contact's card. */
export type HitLink =
  | { to: '/incoming/$id'; params: { id: string } }
  | { to: '/cases/$id'; params: { id: string } }
  | { to: '/contacts/$contactId'; params: { contactId: string } };

export function hitLink(hit: Pick<SearchHit, 'type' | 'id' | 'caseId'>): HitLink | null {
  switch (hit.type) {
    case 'incoming':
      return { to: '/incoming/$id', params: { id: hit.id } };
    case 'case':
      return { to: '/cases/$id', params: { id: hit.id } };
    case 'document':
      return hit.caseId ? { to: '/cases/$id', params: { id: hit.caseId } } : null;
    case 'contact':
      return { to: '/contacts/$contactId', params: { contactId: hit.id } };
  }
}

/** The office day (Europe/Warsaw) of a hit's registration, opening or addition. */
export function hitDay(date: string | null): string | null {
  if (!date) return null;
  const instant = new Date(date);
  return Number.isNaN(instant.getTime()) ? null : todayInOffice(instant);
}

/**
 * What the count line says: nothing found, how many, or that only the first `SEARCH_LIMIT` are
 * shown (the API stops there and does not count the rest).
 */
export function resultCount(count: number): { kind: 'none' | 'some' | 'first'; count: number } {
  if (count === 0) return { kind: 'none', count };
  return { kind: count >= SEARCH_LIMIT ? 'first' : 'some', count };
}

/**
 * True when a key press should not be taken as a shortcut: the user is typing (a text field, a
 * select, editable content) or works in a dialog.
 */
export function isShortcutIgnoredAt(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('[contenteditable]:not([contenteditable="false"]), [role="dialog"]') !== null;
}
