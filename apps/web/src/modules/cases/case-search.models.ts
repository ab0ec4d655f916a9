import { caseStatusSchema, type CaseStatus } from '@obieg/contracts/cases';

/**
 * The case list's filters, kept in the address (`/cases?status=open&q=…`) so "back" from a case
 * restores them. My cases by default; `all` shows every case the user may see.
 */
export type CaseSearch = {
  all?: true;
  status?: CaseStatus;
  unitId?: string;
  year?: number;
  q?: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the address's search part; anything malformed is dropped rather than sent to the API. */
export function parseCaseSearch(search: Record<string, unknown>): CaseSearch {
  const status = caseStatusSchema.safeParse(search.status);
  const year = Number(search.year);
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  return {
    all:
      search.all === true || search.all === 'true' || search.all === 1 || search.all === '1'
        ? true
        : undefined,
    status: status.success ? status.data : undefined,
    unitId: typeof search.unitId === 'string' && UUID.test(search.unitId) ? search.unitId : undefined,
    year: Number.isInteger(year) && year >= 1990 && year <= 2999 ? year : undefined,
    q: q || undefined,
  };
}

/** The API's query parameters for the list. */
export function toCaseListQuery(search: CaseSearch): Record<string, string | number | undefined> {
  return {
    mine: search.all ? undefined : '1',
    status: search.status,
    unitId: search.unitId,
    year: search.year,
    q: search.q,
  };
}

export function hasCaseFilters(search: CaseSearch): boolean {
  return Object.values(search).some((value) => value !== undefined);
}

/** The years a case list offers: this one and the ten before it, newest first. */
export function caseYears(currentYear: number): number[] {
  return Array.from({ length: 11 }, (_, index) => currentYear - index);
}

export const CASE_TABS = ['file', 'drafts', 'dispatches', 'metryka', 'links', 'shares'] as const;
export type CaseTab = (typeof CASE_TABS)[number];

/** `?tab=metryka` (or `drafts`, `dispatches`, `links`, `shares`) of a case's address; the case file is the default tab. */
export function parseCaseTab(search: Record<string, unknown>): { tab?: CaseTab } {
  const tab = CASE_TABS.find((name) => name !== 'file' && name === search.tab);
  return tab ? { tab } : {};
}

/** `?from=<incoming item id>` of the form that opens a case. */
export function parseOpenCaseSearch(search: Record<string, unknown>): { from?: string } {
  return typeof search.from === 'string' && UUID.test(search.from) ? { from: search.from } : {};
}
