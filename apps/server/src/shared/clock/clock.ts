import { addCalendarDays } from '../calendar/polish-holidays.js';

export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

const warsawDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (`YYYY-MM-DD`) of an instant in Polish local time. */
export function toWarsawDate(at: Date): string {
  return warsawDate.format(at);
}

export function warsawYear(at: Date): number {
  return Number(toWarsawDate(at).slice(0, 4));
}

/** The instant a Polish calendar day (`YYYY-MM-DD`) begins (midnight in Europe/Warsaw, CET or CEST). */
export function startOfWarsawDay(date: string): Date {
  for (const offset of ['+02:00', '+01:00']) {
    const candidate = new Date(`${date}T00:00:00${offset}`);
    if (toWarsawDate(candidate) === date && toWarsawDate(new Date(candidate.getTime() - 1)) !== date)
      return candidate;
  }
  throw new RangeError(`Not a calendar date: '${date}'`);
}

const warsawDateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Warsaw',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** An instant as Polish local date and time, `YYYY-MM-DD HH:mm` (printouts, file names). */
export function toWarsawDateTime(at: Date): string {
  return warsawDateTime.format(at);
}

/** The instant the Polish calendar day after `date` begins: the exclusive end of `date`. */
export const endOfWarsawDay = (date: string): Date => startOfWarsawDay(addCalendarDays({ date, days: 1 }));
