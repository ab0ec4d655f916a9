/**
 * Polish statutory days off (dni ustawowo wolne od pracy) and working-day arithmetic on civil dates.
 *
 * Basis: Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy. The list changes by statute, so
 * it is kept as data (`HOLIDAY_RULES`) with the years each rule is in force, and computed for a year.
 * Pure and dependency-free: no database, no clock. Today's date comes from the caller, normally
 * `toWarsawDate(clock.now())` from `shared/clock/clock.ts`.
 */

/**
 * A civil (calendar) date `YYYY-MM-DD` with no time and no time zone. Such strings sort and compare
 * correctly with `<` and `>`. Arithmetic is done on UTC day numbers internally.
 */
export type CivilDate = string;

export type PolishHoliday = { date: CivilDate; name: string; nameEn: string };

/** The first year the rules below describe (3 May restored and 22 July abolished in 1990). */
export const FIRST_SUPPORTED_YEAR = 1990;
export const LAST_SUPPORTED_YEAR = 9999;

type HolidayRule = { name: string; nameEn: string; fromYear?: number } & (
  { month: number; day: number } | { easterOffset: number }
);

const HOLIDAY_RULES: readonly HolidayRule[] = [
  { month: 1, day: 1, name: 'Nowy Rok', nameEn: "New Year's Day" },
  // Act of 24 November 2010: a day off again from 2011.
  { month: 1, day: 6, name: 'Święto Trzech Króli', nameEn: 'Epiphany', fromYear: 2011 },
  { easterOffset: 0, name: 'Wielkanoc (pierwszy dzień)', nameEn: 'Easter Sunday' },
  { easterOffset: 1, name: 'Poniedziałek Wielkanocny', nameEn: 'Easter Monday' },
  { month: 5, day: 1, name: 'Święto Państwowe (Święto Pracy)', nameEn: 'Labour Day' },
  { month: 5, day: 3, name: 'Święto Narodowe Trzeciego Maja', nameEn: 'Constitution Day' },
  {
    easterOffset: 49,
    name: 'Zielone Świątki (pierwszy dzień Zesłania Ducha Świętego)',
    nameEn: 'Pentecost Sunday',
  },
  { easterOffset: 60, name: 'Boże Ciało', nameEn: 'Corpus Christi' },
  { month: 8, day: 15, name: 'Wniebowzięcie Najświętszej Maryi Panny', nameEn: 'Assumption' },
  { month: 11, day: 1, name: 'Wszystkich Świętych', nameEn: "All Saints' Day" },
  { month: 11, day: 11, name: 'Narodowe Święto Niepodległości', nameEn: 'Independence Day' },
  // Act of 6 December 2024, in force 1 February 2025: the first free Christmas Eve is 24 December 2025.
  { month: 12, day: 24, name: 'Wigilia Bożego Narodzenia', nameEn: 'Christmas Eve', fromYear: 2025 },
  { month: 12, day: 25, name: 'Boże Narodzenie (pierwszy dzień)', nameEn: 'Christmas Day' },
  { month: 12, day: 26, name: 'Boże Narodzenie (drugi dzień)', nameEn: 'Second Day of Christmas' },
];

const CIVIL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether `value` is a real calendar date written as `YYYY-MM-DD` (rejects `2025-02-30`). */
export function isCivilDate(value: string): value is CivilDate {
  const match = CIVIL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth({ year, month });
}

function toDayNumber(date: CivilDate): number {
  if (!isCivilDate(date)) throw new RangeError(`Not a YYYY-MM-DD calendar date: '${date}'`);
  const utc = new Date(0);
  utc.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(utc.getTime() / DAY_MS);
}

function fromDayNumber(dayNumber: number): CivilDate {
  const date = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
  if (!isCivilDate(date)) throw new RangeError(`Date out of the supported range (day ${dayNumber})`);
  return date;
}

function civilDateOf({ year, month, day }: { year: number; month: number; day: number }): CivilDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The number of days in a month (`month` 1–12), leap years included. */
export function daysInMonth({ year, month }: { year: number; month: number }): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `date` moved by `days` calendar days (negative moves back). */
export function addCalendarDays({ date, days }: { date: CivilDate; days: number }): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * `date` moved by `months`, keeping the day of the month, or the month's last day when the target
 * month is shorter (the rule of art. 57 § 3 KPA and art. 112 of the Civil Code).
 */
export function addCalendarMonths({ date, months }: { date: CivilDate; months: number }): CivilDate {
  toDayNumber(date);
  const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth({ year, month }));
  return civilDateOf({ year, month, day });
}

/** Calendar days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export function countCalendarDaysBetween({ from, to }: { from: CivilDate; to: CivilDate }): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The day of the week, as in `Date#getDay`: 0 = Sunday, 1 = Monday … 6 = Saturday. */
export function getWeekday(date: CivilDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Easter Sunday of a Gregorian year, by the anonymous (Meeus/Jones/Butcher) algorithm. */
export function computeEasterSunday(year: number): CivilDate {
  const a = year % 19;
  const [b, c] = [Math.floor(year / 100), year % 100];
  const [d, e] = [Math.floor(b / 4), b % 4];
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const l = (32 + 2 * e + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return civilDateOf({ year, month: Math.floor(n / 31), day: (n % 31) + 1 });
}

const holidaysByYear = new Map<number, readonly PolishHoliday[]>();

/**
 * The statutory days off of a year other than ordinary Sundays, in date order. Throws a RangeError
 * for years before 1990, whose statute differed (22 July, no 3 May, no 6 January).
 */
export function listPolishHolidays(year: number): readonly PolishHoliday[] {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(`Polish holidays are modelled for ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`);
  }
  const easter = computeEasterSunday(year);
  const holidays = HOLIDAY_RULES.filter((rule) => (rule.fromYear ?? year) <= year)
    .map((rule) => ({
      date:
        'easterOffset' in rule
          ? addCalendarDays({ date: easter, days: rule.easterOffset })
          : civilDateOf({ year, month: rule.month, day: rule.day }),
      name: rule.name,
      nameEn: rule.nameEn,
    }))
    .sort((x, y) => x.date.localeCompare(y.date));
  const frozen = Object.freeze(holidays.map((holiday) => Object.freeze(holiday)));
  holidaysByYear.set(year, frozen);
  return frozen;
}

/** Whether `date` is one of the listed statutory holidays (ordinary Sundays are not listed). */
export function isPublicHoliday(date: CivilDate): boolean {
  toDayNumber(date);
  return listPolishHolidays(Number(date.slice(0, 4))).some((holiday) => holiday.date === date);
}

/** A working day is neither a Saturday, nor a Sunday, nor a statutory holiday. */
export function isWorkingDay(date: CivilDate): boolean {
  const weekday = getWeekday(date);
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(date);
}

/** `date` itself when it is a working day, otherwise the next working day (cf. art. 57 § 4 KPA). */
export function rollForwardToWorkingDay(date: CivilDate): CivilDate {
  let current = date;
  while (!isWorkingDay(current)) current = addCalendarDays({ date: current, days: 1 });
  return current;
}

/**
 * The `days`-th working day after `date` (before it when `days` is negative); `date` itself is not
 * counted, whether or not it is a working day. `days = 0` returns `date` unchanged.
 */
export function addWorkingDays({ date, days }: { date: CivilDate; days: number }): CivilDate {
  if (!Number.isInteger(days)) throw new RangeError(`Working days must be an integer, got ${days}`);
  const step = Math.sign(days);
  let [current, left] = [date, Math.abs(days)];
  while (left > 0) {
    current = addCalendarDays({ date: current, days: step });
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/**
 * The signed number of working days from `from` to `to`: those after `from` up to and including `to`,
 * or, when `to` is earlier, minus those from `to` up to but excluding `from`. So it inverts
 * `addWorkingDays`: counting from `date` to `addWorkingDays({ date, days })` always gives `days`.
 */
export function countWorkingDaysBetween({ from, to }: { from: CivilDate; to: CivilDate }): number {
  const step = Math.sign(countCalendarDaysBetween({ from, to }));
  let [current, count] = [from, 0];
  while (current !== to) {
    current = addCalendarDays({ date: current, days: step });
    if (isWorkingDay(current)) count += 1;
  }
  return step * count;
}
