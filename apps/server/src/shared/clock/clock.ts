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
