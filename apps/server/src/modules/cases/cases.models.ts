import type { CaseDeadline, DeadlineInput, NotCountedPeriod } from '@obieg/contracts/cases';
import { addCalendarDays, type CivilDate } from '../../shared/calendar/polish-holidays.js';
import { foldDiacritics } from '../../shared/text/fold.js';
import { computeKpaDeadline, getKpaDeadlineStatus, type KpaTerm } from './kpa-deadlines.js';

/**
 * Znak sprawy (DOMAIN.md §2.6): `{unit}.{class}.{n}.{year}`, or for a sub-case
 * `{unit}.{class}.{group}.{n}.{year}`.
 */
export function formatCaseSign({
  unitSymbol,
  jrwaSymbol,
  number,
  year,
  groupNumber = null,
}: {
  unitSymbol: string;
  jrwaSymbol: string;
  number: number;
  year: number;
  groupNumber?: number | null;
}): string {
  const parts = [
    unitSymbol,
    jrwaSymbol,
    ...(groupNumber === null ? [] : [String(groupNumber)]),
    String(number),
  ];
  return `${parts.join('.')}.${year}`;
}

const SIGN =
  /^(?<unit>[^.\s]+)\.(?<cls>\d{1,10})\.(?<no>[1-9]\d*)(?:\.(?<sub>[1-9]\d*))?\.(?<year>\d{4})(?:\.[^\s]*)?$/u;

/** Parses a znak as offices write it (trailing handler initials allowed); null when it is none. */
export function parseCaseSign(text: string) {
  const match = SIGN.exec(text.trim());
  if (!match?.groups) return null;
  const { unit = '', cls = '', no = '', sub, year = '' } = match.groups;
  return sub === undefined
    ? { unitSymbol: unit, jrwaSymbol: cls, groupNumber: null, number: Number(no), year: Number(year) }
    : { unitSymbol: unit, jrwaSymbol: cls, groupNumber: Number(no), number: Number(sub), year: Number(year) };
}

/** A unit code is the znak's first element: no dots or whitespace (`ABC-II` is fine). */
export const isUsableUnitSymbol = (symbol: string) => /^[^.\s]+$/u.test(symbol);

export function toKpaTerm(deadline: {
  kind: DeadlineInput['kind'];
  days: number | null;
  date: string | null;
}): KpaTerm {
  switch (deadline.kind) {
    case 'days':
      return { kind: 'days', days: deadline.days ?? 0 };
    case 'date':
      return { kind: 'date', date: deadline.date ?? '' };
    default:
      return { kind: deadline.kind };
  }
}

export type CaseDeadlineSource = {
  deadlineKind: DeadlineInput['kind'];
  deadlineDays: number | null;
  deadlineDate: string | null;
  initiatedOn: string;
  status: 'open' | 'suspended' | 'closed';
};

/** The case's deadline as the API shows it; null for cases with no term. */
export function describeCaseDeadline({
  source,
  periods,
  today,
}: {
  source: CaseDeadlineSource;
  periods: NotCountedPeriod[];
  today: CivilDate;
}): CaseDeadline | null {
  if (source.deadlineKind === 'none') return null;
  const computed = computeKpaDeadline({
    startDate: source.initiatedOn,
    term: toKpaTerm({ kind: source.deadlineKind, days: source.deadlineDays, date: source.deadlineDate }),
    notCountedPeriods: periods.map((p) => ({ from: p.from, to: p.to, reason: p.kind })),
  });
  const state = source.status === 'closed' ? 'none' : getKpaDeadlineStatus({ deadline: computed, today });
  return {
    kind: source.deadlineKind,
    days: source.deadlineDays,
    date: source.deadlineDate,
    startDate: source.initiatedOn,
    nominalEnd: computed.nominalEnd,
    dueDate: computed.dueDate,
    notCountedDays: computed.notCountedDays,
    state,
    periods,
  };
}

/** Words of a case for search: znak, title, description, parties, folded without diacritics. */
export function caseSearchText({
  sign,
  title,
  description,
  parties,
}: {
  sign: string;
  title: string;
  description: string | null;
  parties: string[];
}): string {
  return foldDiacritics([sign, title, description ?? '', ...parties].join(' ')).toLowerCase();
}

/** The day before `date`. */
export const previousDay = (date: CivilDate): CivilDate => addCalendarDays({ date, days: -1 });
