/**
 * Due dates for settling a case under the Code of Administrative Procedure (KPA): art. 35 (terms for
 * settling a matter, periods not counted), art. 57 (computing terms). Pure: no database, no clock.
 * All dates are civil dates `YYYY-MM-DD`; pass today as `toWarsawDate(clock.now())`.
 *
 * How periods not counted (art. 35 § 5) extend a term, in order:
 * 1. Each period covers the days `from`…`to`, both inclusive; days up to the start day are dropped,
 *    overlapping or adjacent periods are merged, so no day is counted twice.
 * 2. Going through the periods by date, one that begins on or before the current last day moves the
 *    last day by its length in calendar days (the clock stops on those days and the term runs on after
 *    them). One that begins later does not count: the term had already run out.
 * 3. Art. 57 § 4 is applied once, to the extended last day; a day inside a period is skipped like a
 *    day off, since the term is still running on the day § 4 moved it to.
 * 4. A period without `to` reached in step 2 or 3 stops the clock: the due date is unknown (null).
 */
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  type CivilDate,
  countCalendarDaysBetween,
  isCivilDate,
  isWorkingDay,
} from '../../shared/calendar/polish-holidays.js';

export const KPA_TERM_KINDS = ['without_delay', '1_month', '2_months', 'days', 'date', 'none'] as const;
export type KpaTermKind = (typeof KPA_TERM_KINDS)[number];

/** The term for settling a case, as the organ recorded it. */
export type KpaTerm =
  /** Art. 35 § 1–2 KPA: bez zbędnej zwłoki / niezwłocznie. KPA gives no number of days. */
  | { kind: 'without_delay' }
  /** Art. 35 § 3 KPA: an explanatory procedure, or an appeal (counted from receipt of the appeal). */
  | { kind: '1_month' }
  /** Art. 35 § 3 KPA: a particularly complex case (sprawa szczególnie skomplikowana). */
  | { kind: '2_months' }
  /** A term in days set by a special law (art. 35 § 4), e.g. 7 for a certificate (art. 217 § 3). */
  | { kind: 'days'; days: number }
  /** A fixed last day, e.g. a new deadline under art. 36 § 1 KPA; art. 57 § 4 and pauses apply to it too. */
  | { kind: 'date'; date: CivilDate }
  /** No term applies. */
  | { kind: 'none' };

/** Art. 35 § 5 KPA: what is not counted into the term for settling a case. */
export const NOT_COUNTED_REASONS = [
  'suspension',
  'mediation',
  'statutory_action_term',
  'party_delay',
  'beyond_organ_control',
] as const;
export type NotCountedReason = (typeof NOT_COUNTED_REASONS)[number];

/**
 * A period not counted into the term (art. 35 § 5 KPA). `from` and `to` are the first and the last day
 * on which the clock was stopped, both inclusive, so the period lasts `to − from + 1` days. Without
 * `to` the period is still open: the clock is stopped now.
 */
export type NotCountedPeriod = { from: CivilDate; to?: CivilDate | null; reason: NotCountedReason };

export type KpaDeadlineInput = {
  /** The day the case was initiated (art. 61 § 3 and § 3a KPA) or the appeal was received. */
  startDate: CivilDate;
  term: KpaTerm;
  notCountedPeriods?: readonly NotCountedPeriod[];
};

export type KpaDeadline = {
  /** The last day by art. 57 § 1–3 KPA alone (or the fixed date), before pauses and before § 4. */
  nominalEnd: CivilDate | null;
  /** Days of closed not-counted periods that fell inside the running term and so extended it. */
  notCountedDays: number;
  /** The last day for settling the case; null for `without_delay`, `none` and while the clock is stopped. */
  dueDate: CivilDate | null;
  /** The first day of the open not-counted period that stops the clock now; null when it runs. */
  clockStoppedSince: CivilDate | null;
  /** `without_delay`: settle at once; there is no computed due date. */
  settleWithoutDelay: boolean;
};

export type KpaDeadlineStatus = 'ok' | 'due_soon' | 'overdue' | 'suspended';
export type KpaReminder = { workingDaysBefore: number; date: CivilDate };

/** Reminders go out this many working days before the due date. */
export const KPA_REMINDER_WORKING_DAYS = [7, 3, 1] as const;
/** A case is `due_soon` from the first reminder day on. */
export const KPA_DUE_SOON_WORKING_DAYS = 7;

type Pause = { from: CivilDate; to: CivilDate | null };

/**
 * The last day of the term before pauses and before art. 57 § 4 KPA: days per § 1 (the start day is not
 * counted, the term ends with its last day), months per § 3 (same day number, or the month's last day).
 */
function computeNominalEnd({ startDate, term }: { startDate: CivilDate; term: KpaTerm }): CivilDate | null {
  switch (term.kind) {
    case '1_month':
      return addCalendarMonths({ date: startDate, months: 1 });
    case '2_months':
      return addCalendarMonths({ date: startDate, months: 2 });
    case 'days':
      if (!Number.isInteger(term.days) || term.days < 1) {
        throw new RangeError(`A term in days needs a positive whole number of days, got ${term.days}`);
      }
      return addCalendarDays({ date: startDate, days: term.days });
    case 'date':
      assertCivilDate(term.date);
      return term.date;
    case 'without_delay':
    case 'none':
      return null;
  }
}

/** Pauses clipped to the days after the start day, sorted, overlaps merged; an open pause absorbs the rest. */
function normalizePauses({
  startDate,
  periods,
}: {
  startDate: CivilDate;
  periods: readonly NotCountedPeriod[];
}) {
  const firstCounted = addCalendarDays({ date: startDate, days: 1 });
  const pauses: Pause[] = [];
  const sorted = periods
    .map((period) => {
      const [from, to] = [period.from, period.to ?? null];
      assertCivilDate(from);
      if (to !== null && countCalendarDaysBetween({ from, to }) < 0) {
        throw new RangeError(`A not-counted period ends (${to}) before it begins (${from})`);
      }
      return { from: from < firstCounted ? firstCounted : from, to };
    })
    .filter(({ to }) => to === null || to >= firstCounted)
    .sort((a, b) => a.from.localeCompare(b.from));
  for (const pause of sorted) {
    const last = pauses.at(-1);
    if (last && (last.to === null || pause.from <= addCalendarDays({ date: last.to, days: 1 }))) {
      if (last.to !== null && (pause.to === null || pause.to > last.to)) last.to = pause.to;
    } else pauses.push({ ...pause });
  }
  return pauses;
}

/**
 * Art. 35 § 5 KPA: each pause that begins on or before the (already extended) last day moves the last
 * day by its length. Pauses beginning after it cannot revive a term that has already run out.
 */
function extendByPauses({ end, pauses }: { end: CivilDate; pauses: readonly Pause[] }) {
  let [current, added] = [end, 0];
  for (const pause of pauses) {
    if (pause.from > current) break;
    if (pause.to === null) return { end: null, added, stoppedSince: pause.from };
    const length = countCalendarDaysBetween({ from: pause.from, to: pause.to }) + 1;
    [current, added] = [addCalendarDays({ date: current, days: length }), added + length];
  }
  return { end: current, added, stoppedSince: null };
}

/**
 * Art. 57 § 4 KPA: a term ending on a Saturday or a statutory day off (Sundays included) ends on the
 * next day that is neither. Days inside a pause are skipped too (and counted as not-counted days): the
 * term is still running on the day § 4 moved it to, so a pause starting then stops it as well.
 */
function rollForward({ end, pauses }: { end: CivilDate; pauses: readonly Pause[] }) {
  let [current, skipped] = [end, 0];
  for (;;) {
    const pause = pauses.find((p) => p.from <= current && (p.to === null || current <= p.to));
    if (pause?.to === null) return { end: null, skipped, stoppedSince: pause.from };
    if (!pause && isWorkingDay(current)) return { end: current, skipped, stoppedSince: null };
    if (pause) skipped += 1;
    current = addCalendarDays({ date: current, days: 1 });
  }
}

/**
 * The due date for settling a case (art. 35 and 57 KPA): the nominal end (art. 57 § 1–3), extended by
 * the not-counted periods inside the running term (art. 35 § 5), then moved off Saturdays and days off
 * (art. 57 § 4). An open period inside the term leaves the due date unknown (`clockStoppedSince`).
 */
export function computeKpaDeadline({
  startDate,
  term,
  notCountedPeriods = [],
}: KpaDeadlineInput): KpaDeadline {
  assertCivilDate(startDate);
  const nominalEnd = computeNominalEnd({ startDate, term });
  const pauses = normalizePauses({ startDate, periods: notCountedPeriods });
  const base = { nominalEnd, settleWithoutDelay: term.kind === 'without_delay' };
  if (nominalEnd === null) {
    const open = pauses.find((pause) => pause.to === null);
    return { ...base, notCountedDays: 0, dueDate: null, clockStoppedSince: open?.from ?? null };
  }
  const extended = extendByPauses({ end: nominalEnd, pauses });
  if (extended.end === null) {
    return {
      ...base,
      notCountedDays: extended.added,
      dueDate: null,
      clockStoppedSince: extended.stoppedSince,
    };
  }
  const rolled = rollForward({ end: extended.end, pauses });
  return {
    ...base,
    notCountedDays: extended.added + rolled.skipped,
    dueDate: rolled.end,
    clockStoppedSince: rolled.stoppedSince,
  };
}

/**
 * Reminder dates 7, 3 and 1 working days before the due date (counted with `addWorkingDays`), latest
 * last. Reminders before `notBefore` (e.g. the start date or today) are left out.
 */
export function listKpaReminders({
  dueDate,
  notBefore,
}: {
  dueDate: CivilDate;
  notBefore?: CivilDate;
}): KpaReminder[] {
  return KPA_REMINDER_WORKING_DAYS.map((workingDaysBefore) => ({
    workingDaysBefore,
    date: addWorkingDays({ date: dueDate, days: -workingDaysBefore }),
  })).filter((reminder) => notBefore === undefined || reminder.date >= notBefore);
}

/**
 * The state of a deadline on `today`: `suspended` while the clock is stopped; `overdue` after the due
 * date; `due_soon` from 7 working days before it, and always for `without_delay` (art. 35 § 1–2 asks
 * for action now); otherwise `ok` (also for `none`).
 */
export function getKpaDeadlineStatus({
  deadline,
  today,
}: {
  deadline: KpaDeadline;
  today: CivilDate;
}): KpaDeadlineStatus {
  assertCivilDate(today);
  if (deadline.clockStoppedSince !== null) return 'suspended';
  if (deadline.settleWithoutDelay) return 'due_soon';
  if (deadline.dueDate === null) return 'ok';
  if (today > deadline.dueDate) return 'overdue';
  const dueSoonFrom = addWorkingDays({ date: deadline.dueDate, days: -KPA_DUE_SOON_WORKING_DAYS });
  return today >= dueSoonFrom ? 'due_soon' : 'ok';
}

function assertCivilDate(date: CivilDate): void {
  if (!isCivilDate(date)) throw new RangeError(`Not a YYYY-MM-DD calendar date: '${date}'`);
}
