import { describe, expect, it } from 'vitest';
import { getWeekday } from '../../shared/calendar/polish-holidays.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import {
  computeKpaDeadline,
  getKpaDeadlineStatus,
  type KpaTerm,
  listKpaReminders,
  type NotCountedPeriod,
} from './kpa-deadlines.js';

const oneMonth: KpaTerm = { kind: '1_month' };
const twoMonths: KpaTerm = { kind: '2_months' };
const days = (count: number): KpaTerm => ({ kind: 'days', days: count });
const fixed = (date: string): KpaTerm => ({ kind: 'date', date });
const suspension = (from: string, to?: string): NotCountedPeriod => ({ from, to, reason: 'suspension' });

type DeadlineCase = {
  statement: string;
  start: string;
  term: KpaTerm;
  periods?: NotCountedPeriod[];
  nominalEnd: string;
  due: string;
  notCounted?: number;
};

// Every weekday below was checked against a printed calendar; 2025 holidays: 1.01, 6.01, 20–21.04, 1.05,
// 3.05 (Sat), 8.06, 19.06, 15.08, 1.11 (Sat), 11.11, 24–26.12.
const deadlineCases: DeadlineCase[] = [
  // Months (art. 57 § 3)
  {
    statement: 'a one-month term from 31 January ends on the last day of February in a common year',
    start: '2025-01-31',
    term: oneMonth,
    nominalEnd: '2025-02-28',
    due: '2025-02-28', // Friday
  },
  {
    statement: 'a one-month term from 31 January ends on 29 February in a leap year',
    start: '2024-01-31',
    term: oneMonth,
    nominalEnd: '2024-02-29',
    due: '2024-02-29', // Thursday
  },
  {
    statement: 'a one-month term from 31 March ends on 30 April, the last day of a 30-day month',
    start: '2025-03-31',
    term: oneMonth,
    nominalEnd: '2025-04-30',
    due: '2025-04-30', // Wednesday
  },
  {
    statement: 'a one-month term from 30 April ends on 30 May, not on the last day of the 31-day May',
    start: '2025-04-30',
    term: oneMonth,
    nominalEnd: '2025-05-30',
    due: '2025-05-30', // Friday
  },
  {
    statement: 'a two-month term from 31 March ending on Saturday 31 May ends on Monday 2 June',
    start: '2025-03-31',
    term: twoMonths,
    nominalEnd: '2025-05-31',
    due: '2025-06-02',
  },
  {
    statement: 'a two-month term from 30 April ends on Monday 30 June',
    start: '2025-04-30',
    term: twoMonths,
    nominalEnd: '2025-06-30',
    due: '2025-06-30',
  },
  {
    statement: 'a two-month term from 31 December 2023 ends on 29 February 2024',
    start: '2023-12-31',
    term: twoMonths,
    nominalEnd: '2024-02-29',
    due: '2024-02-29', // Thursday
  },
  // Saturdays and Sundays (art. 57 § 4)
  {
    statement: 'a term ending on a Saturday ends on the following Monday (art. 57 § 4 since 2017)',
    start: '2025-01-15',
    term: oneMonth,
    nominalEnd: '2025-02-15', // Saturday
    due: '2025-02-17',
  },
  {
    statement: 'a term ending on a Sunday ends on the following Monday',
    start: '2025-02-09',
    term: oneMonth,
    nominalEnd: '2025-03-09', // Sunday
    due: '2025-03-10',
  },
  // Days (art. 57 § 1)
  {
    statement: 'a seven-day term for a certificate does not count the day of receipt (Monday to Monday)',
    start: '2025-03-10',
    term: days(7),
    nominalEnd: '2025-03-17',
    due: '2025-03-17',
  },
  {
    statement: 'a fourteen-day term from Wednesday 5 March ends on Wednesday 19 March',
    start: '2025-03-05',
    term: days(14),
    nominalEnd: '2025-03-19',
    due: '2025-03-19',
  },
  {
    statement:
      'a thirty-day term from 31 January is not a month: it reaches Sunday 2 March, so Monday 3 March',
    start: '2025-01-31',
    term: days(30),
    nominalEnd: '2025-03-02',
    due: '2025-03-03',
  },
  {
    statement: 'a one-day term given on a Friday ends on Monday',
    start: '2025-03-07',
    term: days(1),
    nominalEnd: '2025-03-08',
    due: '2025-03-10',
  },
  // Easter and the movable feasts
  {
    statement: 'a term ending on Easter Monday ends on Tuesday',
    start: '2025-03-21',
    term: oneMonth,
    nominalEnd: '2025-04-21',
    due: '2025-04-22',
  },
  {
    statement: 'a thirty-day term ending on Easter Sunday moves past Easter Monday to Tuesday',
    start: '2025-03-21',
    term: days(30),
    nominalEnd: '2025-04-20',
    due: '2025-04-22',
  },
  {
    statement: 'a term ending on Pentecost Sunday ends on Monday, an ordinary working day in Poland',
    start: '2025-05-08',
    term: oneMonth,
    nominalEnd: '2025-06-08',
    due: '2025-06-09',
  },
  {
    statement: 'a term ending on Corpus Christi (Thursday 19 June 2025) ends on Friday 20 June',
    start: '2025-05-19',
    term: oneMonth,
    nominalEnd: '2025-06-19',
    due: '2025-06-20',
  },
  {
    statement: 'a seven-day term ending on Corpus Christi 2026 (4 June) ends on Friday 5 June',
    start: '2026-05-28',
    term: days(7),
    nominalEnd: '2026-06-04',
    due: '2026-06-05',
  },
  // May
  {
    statement: 'a term ending on 1 May 2025 (Thursday) ends on Friday 2 May, a working day between days off',
    start: '2025-04-01',
    term: oneMonth,
    nominalEnd: '2025-05-01',
    due: '2025-05-02',
  },
  {
    statement: 'a term ending on 3 May 2024 (Friday) ends on Monday 6 May',
    start: '2024-04-03',
    term: oneMonth,
    nominalEnd: '2024-05-03',
    due: '2024-05-06',
  },
  {
    statement: 'a term ending on 3 May 2025, a Saturday and a holiday, ends on Monday 5 May',
    start: '2025-04-03',
    term: oneMonth,
    nominalEnd: '2025-05-03',
    due: '2025-05-05',
  },
  // Summer and autumn holidays
  {
    statement: 'a term ending on 15 August 2025 (Friday) ends on Monday 18 August',
    start: '2025-07-15',
    term: oneMonth,
    nominalEnd: '2025-08-15',
    due: '2025-08-18',
  },
  {
    statement: 'a two-month term ending on 15 August 2026 (Saturday) ends on Monday 17 August',
    start: '2026-06-15',
    term: twoMonths,
    nominalEnd: '2026-08-15',
    due: '2026-08-17',
  },
  {
    statement: 'a term ending on 1 November 2024 (Friday) ends on Monday 4 November',
    start: '2024-10-01',
    term: oneMonth,
    nominalEnd: '2024-11-01',
    due: '2024-11-04',
  },
  {
    statement: 'a term ending on 1 November 2025 (Saturday) ends on Monday 3 November',
    start: '2025-10-01',
    term: oneMonth,
    nominalEnd: '2025-11-01',
    due: '2025-11-03',
  },
  {
    statement: 'a term ending on 11 November 2024 (Monday) ends on Tuesday 12 November',
    start: '2024-10-11',
    term: oneMonth,
    nominalEnd: '2024-11-11',
    due: '2024-11-12',
  },
  {
    statement: 'a fourteen-day term ending on 11 November 2025 (Tuesday) ends on Wednesday 12 November',
    start: '2025-10-28',
    term: days(14),
    nominalEnd: '2025-11-11',
    due: '2025-11-12',
  },
  // Christmas and the year end
  {
    statement: 'a term ending on Christmas Eve 2025, a day off since 2025, ends on Monday 29 December',
    start: '2025-11-24',
    term: oneMonth,
    nominalEnd: '2025-12-24',
    due: '2025-12-29',
  },
  {
    statement: 'a term ending on Christmas Eve 2024 ends that day, as it was still a working day',
    start: '2024-11-24',
    term: oneMonth,
    nominalEnd: '2024-12-24',
    due: '2024-12-24', // Tuesday
  },
  {
    statement: 'a term ending on Christmas Day 2024 (Wednesday) ends on Friday 27 December',
    start: '2024-11-25',
    term: oneMonth,
    nominalEnd: '2024-12-25',
    due: '2024-12-27',
  },
  {
    statement: 'a term ending on 26 December 2026 (Saturday) ends on Monday 28 December',
    start: '2026-11-26',
    term: oneMonth,
    nominalEnd: '2026-12-26',
    due: '2026-12-28',
  },
  {
    statement: 'a term ending on New Year’s Day 2026 (Thursday) ends on Friday 2 January',
    start: '2025-12-01',
    term: oneMonth,
    nominalEnd: '2026-01-01',
    due: '2026-01-02',
  },
  {
    statement: 'a thirty-day term crossing the year end reaches Sunday 4 January 2026, so Monday 5 January',
    start: '2025-12-05',
    term: days(30),
    nominalEnd: '2026-01-04',
    due: '2026-01-05',
  },
  {
    statement: 'a term ending on Epiphany 2026 (Tuesday) ends on Wednesday 7 January',
    start: '2025-12-06',
    term: oneMonth,
    nominalEnd: '2026-01-06',
    due: '2026-01-07',
  },
  {
    statement: 'a two-month term from 31 December ends on Saturday 28 February, so Monday 2 March',
    start: '2025-12-31',
    term: twoMonths,
    nominalEnd: '2026-02-28',
    due: '2026-03-02',
  },
  // Fixed dates
  {
    statement: 'a fixed date falling on 11 November moves to the next working day',
    start: '2025-10-20',
    term: fixed('2025-11-11'),
    nominalEnd: '2025-11-11',
    due: '2025-11-12',
  },
  {
    statement: 'a fixed date falling on Saturday 3 May moves to Monday 5 May',
    start: '2025-04-10',
    term: fixed('2025-05-03'),
    nominalEnd: '2025-05-03',
    due: '2025-05-05',
  },
  {
    statement: 'a fixed date on a working day stays as it is',
    start: '2025-10-20',
    term: fixed('2025-11-13'),
    nominalEnd: '2025-11-13',
    due: '2025-11-13', // Thursday
  },
  // Periods not counted (art. 35 § 5)
  {
    statement: 'a ten-day suspension inside a one-month term moves its end by ten days, then off Sunday',
    start: '2025-03-03',
    term: oneMonth,
    periods: [suspension('2025-03-10', '2025-03-19')],
    nominalEnd: '2025-04-03',
    due: '2025-04-14', // 3 April + 10 = Sunday 13 April
    notCounted: 10,
  },
  {
    statement: 'a suspension beginning the day after the term ended does not revive it',
    start: '2025-03-03',
    term: oneMonth,
    periods: [suspension('2025-04-04', '2025-04-10')],
    nominalEnd: '2025-04-03',
    due: '2025-04-03',
    notCounted: 0,
  },
  {
    statement: 'a suspension beginning on the last day of the term still extends it',
    start: '2025-03-03',
    term: oneMonth,
    periods: [suspension('2025-04-03', '2025-04-07')],
    nominalEnd: '2025-04-03',
    due: '2025-04-08', // Tuesday
    notCounted: 5,
  },
  {
    statement:
      'overlapping suspension and party delay are counted once, reaching Good Friday (a working day)',
    start: '2025-03-03',
    term: oneMonth,
    periods: [
      suspension('2025-03-10', '2025-03-19'),
      { from: '2025-03-15', to: '2025-03-24', reason: 'party_delay' },
    ],
    nominalEnd: '2025-04-03',
    due: '2025-04-18',
    notCounted: 15,
  },
  {
    statement: 'a later pause counts when the term, already extended by an earlier one, is still running',
    start: '2025-03-03',
    term: oneMonth,
    periods: [
      { from: '2025-04-10', to: '2025-04-11', reason: 'mediation' },
      suspension('2025-03-10', '2025-03-19'),
    ],
    nominalEnd: '2025-04-03',
    due: '2025-04-15', // 13 April + 2 days, a Tuesday
    notCounted: 12,
  },
  {
    statement: 'only the days after the start day are taken from a pause that began before it',
    start: '2025-03-03',
    term: oneMonth,
    periods: [{ from: '2025-02-20', to: '2025-03-05', reason: 'beyond_organ_control' }],
    nominalEnd: '2025-04-03',
    due: '2025-04-07', // 3 April + 2 = Saturday 5 April
    notCounted: 2,
  },
  {
    statement: 'a party delay inside a fourteen-day term moves its end by the seven days of delay',
    start: '2025-03-05',
    term: days(14),
    periods: [{ from: '2025-03-12', to: '2025-03-18', reason: 'party_delay' }],
    nominalEnd: '2025-03-19',
    due: '2025-03-26', // Wednesday
    notCounted: 7,
  },
  {
    statement: 'a pause starting on the Monday the term was moved to by art. 57 § 4 stops it too',
    start: '2025-01-15',
    term: oneMonth,
    periods: [suspension('2025-02-17', '2025-02-18')],
    nominalEnd: '2025-02-15', // Saturday, moved to Monday 17 February without the pause
    due: '2025-02-19', // Wednesday, the first running working day
    notCounted: 2,
  },
];

describe('KPA due dates (art. 35 and 57)', () => {
  it.each(deadlineCases.map((c) => [c.statement, c] as const))('%s', (_statement, c) => {
    const deadline = computeKpaDeadline({ startDate: c.start, term: c.term, notCountedPeriods: c.periods });

    expect(deadline).toEqual({
      nominalEnd: c.nominalEnd,
      dueDate: c.due,
      notCountedDays: c.notCounted ?? 0,
      clockStoppedSince: null,
      settleWithoutDelay: false,
    });
    expect([0, 6]).not.toContain(getWeekday(c.due));
  });

  it('has no due date when no term applies', () => {
    expect(computeKpaDeadline({ startDate: '2025-03-03', term: { kind: 'none' } })).toEqual({
      nominalEnd: null,
      dueDate: null,
      notCountedDays: 0,
      clockStoppedSince: null,
      settleWithoutDelay: false,
    });
  });

  it('flags a case to be settled without delay instead of inventing a number of days (art. 35 § 1–2)', () => {
    const deadline = computeKpaDeadline({ startDate: '2025-03-03', term: { kind: 'without_delay' } });

    expect(deadline).toMatchObject({ dueDate: null, settleWithoutDelay: true, clockStoppedSince: null });
  });

  it('rejects a term of zero days, a fractional term and a period ending before it begins', () => {
    expect(() => computeKpaDeadline({ startDate: '2025-03-03', term: days(0) })).toThrow(RangeError);
    expect(() => computeKpaDeadline({ startDate: '2025-03-03', term: days(1.5) })).toThrow(RangeError);
    expect(() =>
      computeKpaDeadline({
        startDate: '2025-03-03',
        term: oneMonth,
        notCountedPeriods: [suspension('2025-03-10', '2025-03-09')],
      }),
    ).toThrow(RangeError);
    expect(() => computeKpaDeadline({ startDate: '3 March 2025', term: oneMonth })).toThrow(RangeError);
  });
});

describe('an open suspension stops the clock', () => {
  it('leaves the due date unknown while a suspension inside the term is still open', () => {
    const deadline = computeKpaDeadline({
      startDate: '2025-03-03',
      term: oneMonth,
      notCountedPeriods: [suspension('2025-03-10', '2025-03-19'), suspension('2025-04-01')],
    });

    expect(deadline).toEqual({
      nominalEnd: '2025-04-03',
      dueDate: null,
      notCountedDays: 10,
      clockStoppedSince: '2025-04-01',
      settleWithoutDelay: false,
    });
    expect(getKpaDeadlineStatus({ deadline, today: '2025-06-30' })).toBe('suspended');
  });

  it('stops the clock on the Monday to which art. 57 § 4 moved a Saturday end', () => {
    const deadline = computeKpaDeadline({
      startDate: '2025-01-15',
      term: oneMonth,
      notCountedPeriods: [suspension('2025-02-17')],
    });

    expect(deadline).toMatchObject({ dueDate: null, clockStoppedSince: '2025-02-17' });
  });

  it('keeps an already missed due date when a suspension opens after the term ran out', () => {
    const deadline = computeKpaDeadline({
      startDate: '2025-03-03',
      term: oneMonth,
      notCountedPeriods: [suspension('2025-04-10')],
    });

    expect(deadline).toMatchObject({ dueDate: '2025-04-03', clockStoppedSince: null });
    expect(getKpaDeadlineStatus({ deadline, today: '2025-04-10' })).toBe('overdue');
  });

  it('marks even a case without a numeric term as suspended', () => {
    const deadline = computeKpaDeadline({
      startDate: '2025-03-03',
      term: { kind: 'without_delay' },
      notCountedPeriods: [suspension('2025-03-05')],
    });

    expect(deadline.clockStoppedSince).toBe('2025-03-05');
    expect(getKpaDeadlineStatus({ deadline, today: '2025-03-06' })).toBe('suspended');
  });
});

describe('reminders 7, 3 and 1 working days before the due date', () => {
  it('counts only working days across the 1–4 May 2025 long weekend', () => {
    expect(listKpaReminders({ dueDate: '2025-05-06' })).toEqual([
      { workingDaysBefore: 7, date: '2025-04-24' },
      { workingDaysBefore: 3, date: '2025-04-30' },
      { workingDaysBefore: 1, date: '2025-05-05' },
    ]);
  });

  it('skips Christmas Eve, both days of Christmas and the weekend in 2025', () => {
    expect(listKpaReminders({ dueDate: '2025-12-29' })).toEqual([
      { workingDaysBefore: 7, date: '2025-12-15' },
      { workingDaysBefore: 3, date: '2025-12-19' },
      { workingDaysBefore: 1, date: '2025-12-23' },
    ]);
  });

  it('reminds on Good Friday when the term ends on the Tuesday after Easter', () => {
    expect(listKpaReminders({ dueDate: '2025-04-22' })).toEqual([
      { workingDaysBefore: 7, date: '2025-04-10' },
      { workingDaysBefore: 3, date: '2025-04-16' },
      { workingDaysBefore: 1, date: '2025-04-18' },
    ]);
  });

  it('leaves out reminders that would fall before the case began', () => {
    expect(listKpaReminders({ dueDate: '2025-03-17', notBefore: '2025-03-10' })).toEqual([
      { workingDaysBefore: 3, date: '2025-03-12' },
      { workingDaysBefore: 1, date: '2025-03-14' },
    ]);
  });
});

describe('deadline status on a given day', () => {
  // One month from Sunday 6 April 2025 ends on Tuesday 6 May; 7 working days earlier is Thursday 24 April.
  const deadline = computeKpaDeadline({ startDate: '2025-04-06', term: oneMonth });

  it.each([
    ['is ok before the first reminder day', '2025-04-23', 'ok'],
    ['is due soon from seven working days before the due date', '2025-04-24', 'due_soon'],
    ['is due soon during the long weekend before the due date', '2025-05-03', 'due_soon'],
    ['is still due soon, not overdue, on the last day of the term', '2025-05-06', 'due_soon'],
    ['is overdue from the day after the due date', '2025-05-07', 'overdue'],
  ] as const)('%s', (_statement, today, status) => {
    expect(deadline.dueDate).toBe('2025-05-06');
    expect(getKpaDeadlineStatus({ deadline, today })).toBe(status);
  });

  it('becomes overdue at midnight Warsaw time, not UTC', () => {
    const lastMinute = toWarsawDate(new Date('2025-05-06T21:59:00Z')); // 23:59 CEST
    const firstMinute = toWarsawDate(new Date('2025-05-06T22:00:00Z')); // 00:00 CEST on 7 May

    expect(getKpaDeadlineStatus({ deadline, today: lastMinute })).toBe('due_soon');
    expect(getKpaDeadlineStatus({ deadline, today: firstMinute })).toBe('overdue');
  });

  it('is always due soon for a case to be settled without delay, and ok when no term applies', () => {
    const immediate = computeKpaDeadline({ startDate: '2025-04-06', term: { kind: 'without_delay' } });
    const noTerm = computeKpaDeadline({ startDate: '2025-04-06', term: { kind: 'none' } });

    expect(getKpaDeadlineStatus({ deadline: immediate, today: '2025-04-07' })).toBe('due_soon');
    expect(getKpaDeadlineStatus({ deadline: noTerm, today: '2030-01-01' })).toBe('ok');
  });
});
