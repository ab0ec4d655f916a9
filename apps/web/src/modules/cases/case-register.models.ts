import type { CaseRegisterQuery } from '@obieg/contracts/cases';

/**
 * The spis spraw's choice, kept in the address (`/case-registers?unitId=…&jrwaSymbol=60&year=2026`
 * or `…&from=2026-01-01&to=2026-03-31`): a unit, a JRWA class of any level, a year or a date range.
 */
export type CaseRegisterSearch = {
  unitId?: string;
  jrwaSymbol?: string;
  year?: number;
  from?: string;
  to?: string;
};

export type RegisterPeriod = 'year' | 'range';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SYMBOL = /^\d{1,10}$/;

export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));

/** Reads the address; a range wins over a year, and anything the API would refuse is dropped. */
export function parseCaseRegisterSearch(search: Record<string, unknown>): CaseRegisterSearch {
  const unitId = typeof search.unitId === 'string' && UUID.test(search.unitId) ? search.unitId : undefined;
  const symbol = String(search.jrwaSymbol ?? '').trim();
  const jrwaSymbol = SYMBOL.test(symbol) ? symbol : undefined;
  const { from, to } = search;
  if (isIsoDate(from) && isIsoDate(to) && from <= to) return { unitId, jrwaSymbol, from, to };
  const year = Number(search.year);
  return {
    unitId,
    jrwaSymbol,
    year: Number.isInteger(year) && year >= 1990 && year <= 2999 ? year : undefined,
  };
}

/** The API's query, or null until both a unit and a class are chosen. */
export function toCaseRegisterQuery(search: CaseRegisterSearch): CaseRegisterQuery | null {
  if (!search.unitId || !search.jrwaSymbol) return null;
  const base = { unitId: search.unitId, jrwaSymbol: search.jrwaSymbol };
  if (search.from && search.to) return { ...base, from: search.from, to: search.to };
  return search.year ? { ...base, year: search.year } : base;
}

/** The form of the register's choice, as text. */
export type CaseRegisterValues = {
  unitId: string;
  jrwaSymbol: string;
  period: RegisterPeriod;
  year: string;
  from: string;
  to: string;
};

export function registerValues(search: CaseRegisterSearch, defaults: { unitId: string; year: number }) {
  return {
    unitId: search.unitId ?? defaults.unitId,
    jrwaSymbol: search.jrwaSymbol ?? '',
    period: search.from ? 'range' : 'year',
    year: String(search.year ?? defaults.year),
    from: search.from ?? '',
    to: search.to ?? '',
  } satisfies CaseRegisterValues;
}

export type RegisterValueError = 'required' | 'jrwa_required' | 'to_before_from';

/** What is missing or impossible, by field. */
export function registerValueErrors(values: CaseRegisterValues) {
  const errors: Partial<Record<keyof CaseRegisterValues, RegisterValueError>> = {};
  if (!values.unitId) errors.unitId = 'required';
  if (!values.jrwaSymbol) errors.jrwaSymbol = 'jrwa_required';
  if (values.period === 'year' && !values.year) errors.year = 'required';
  if (values.period === 'range') {
    if (!isIsoDate(values.from)) errors.from = 'required';
    if (!isIsoDate(values.to)) errors.to = 'required';
    else if (isIsoDate(values.from) && values.to < values.from) errors.to = 'to_before_from';
  }
  return errors;
}

export function toCaseRegisterSearch(values: CaseRegisterValues): CaseRegisterSearch {
  const base = { unitId: values.unitId, jrwaSymbol: values.jrwaSymbol };
  return values.period === 'range'
    ? { ...base, from: values.from, to: values.to }
    : { ...base, year: Number(values.year) };
}

/** The date on the initiating letter as written on it: a day, a month (`2026-03` → `03.2026`) or a year. */
export function formatLetterDate(value: string, formatDay: (isoDate: string) => string): string {
  if (ISO_DATE.test(value)) return formatDay(value);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  return month ? `${month[2]}.${month[1]}` : value;
}

/** `?from=…&to=…` of the cooperation report (both optional, a day each). */
export type CooperationSearch = { from?: string; to?: string };

export function parseCooperationSearch(search: Record<string, unknown>): CooperationSearch {
  const from = isIsoDate(search.from) ? search.from : undefined;
  const to = isIsoDate(search.to) ? search.to : undefined;
  if (from && to && to < from) return { from };
  return { from, to };
}
