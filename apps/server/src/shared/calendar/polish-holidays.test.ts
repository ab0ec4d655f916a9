import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  computeEasterSunday,
  countCalendarDaysBetween,
  countWorkingDaysBetween,
  getWeekday,
  isCivilDate,
  isPublicHoliday,
  isWorkingDay,
  listPolishHolidays,
  rollForwardToWorkingDay,
} from './polish-holidays.js';

const repositoryRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const holidaysCsv = path.resolve(
  repositoryRoot,
  '../shared/data/kalendarz/pl-dni-ustawowo-wolne-2024-2035.csv',
);
const csvPresent = existsSync(holidaysCsv);
if (!csvPresent) {
  console.info(
    `Skipping the holiday CSV comparison: ${holidaysCsv} is absent (../shared is not checked out).`,
  );
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
type CsvRow = { date: string; weekday: string; name: string; nameEn: string; rule: string };

/** Splits `a,"b c",d` into fields; the file quotes names but never puts commas or quotes inside them. */
function readHolidayCsv(): CsvRow[] {
  const [header, ...lines] = readFileSync(holidaysCsv, 'utf8').trim().split(/\r?\n/);
  expect(header).toBe('date,weekday,name_pl,name_en,rule');
  return lines.map((line) => {
    const [date, weekday, name, nameEn, rule] = line.split(',').map((field) => field.replace(/^"|"$/g, ''));
    return { date: date!, weekday: weekday!, name: name!, nameEn: nameEn!, rule: rule! };
  });
}

describe('holidays agree with the shared list (needs ../shared/data/kalendarz next to the repository)', () => {
  it.skipIf(!csvPresent)('computes exactly the listed holidays for every year the CSV covers', () => {
    const rows = readHolidayCsv();
    const years = [...new Set(rows.map((row) => Number(row.date.slice(0, 4))))];
    expect(years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    for (const year of years) {
      const expected = rows
        .filter((row) => row.date.startsWith(`${year}-`))
        .map(({ date, name, nameEn }) => ({ date, name, nameEn }));
      expect(listPolishHolidays(year), `holidays of ${year}`).toEqual(expected);
    }
  });

  it.skipIf(!csvPresent)('agrees with the weekday and the Easter offset written beside each holiday', () => {
    for (const row of readHolidayCsv()) {
      expect(WEEKDAYS[getWeekday(row.date)], row.date).toBe(row.weekday);
      const offset = /^easter\+(\d+)$/.exec(row.rule)?.[1];
      if (offset !== undefined) {
        const easter = computeEasterSunday(Number(row.date.slice(0, 4)));
        expect(addCalendarDays({ date: easter, days: Number(offset) }), row.date).toBe(row.date);
      }
    }
  });
});

describe('Easter Sunday (anonymous Gregorian algorithm)', () => {
  it.each([
    [1818, '1818-03-22'], // the earliest possible date
    [1943, '1943-04-25'], // the latest possible date
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2100, '2100-03-28'],
    [2285, '2285-03-22'],
  ])('falls in %i on %s', (year, easter) => {
    expect(computeEasterSunday(year)).toBe(easter);
    expect(getWeekday(easter)).toBe(0);
  });

  it('puts Corpus Christi on the Thursday 60 days after Easter (19 June 2025)', () => {
    const corpusChristi = listPolishHolidays(2025).find((holiday) => holiday.nameEn === 'Corpus Christi');
    expect(corpusChristi?.date).toBe('2025-06-19');
    expect(getWeekday('2025-06-19')).toBe(4);
  });
});

describe('holidays follow the statute in force in each year', () => {
  it('makes Christmas Eve a day off from 2025 on, but not in 2024', () => {
    expect(isPublicHoliday('2024-12-24')).toBe(false);
    expect(isWorkingDay('2024-12-24')).toBe(true);
    expect(isPublicHoliday('2025-12-24')).toBe(true);
    expect(listPolishHolidays(2024)).toHaveLength(13);
    expect(listPolishHolidays(2025)).toHaveLength(14);
  });

  it('makes Epiphany a day off from 2011 on', () => {
    expect(isPublicHoliday('2010-01-06')).toBe(false);
    expect(isPublicHoliday('2011-01-06')).toBe(true);
  });

  it('refuses years before 1990, when the list of days off was different', () => {
    expect(() => listPolishHolidays(1989)).toThrow(RangeError);
    expect(() => isPublicHoliday('1989-07-22')).toThrow(RangeError);
  });

  it('lists only named holidays, while Saturdays and Sundays are never working days', () => {
    expect(isPublicHoliday('2025-03-09')).toBe(false); // an ordinary Sunday
    expect(isWorkingDay('2025-03-08')).toBe(false); // Saturday
    expect(isWorkingDay('2025-03-09')).toBe(false); // Sunday
    expect(isWorkingDay('2025-04-18')).toBe(true); // Good Friday is a working day in Poland
    expect(isWorkingDay('2025-06-09')).toBe(true); // so is Whit Monday
  });
});

describe('working-day arithmetic', () => {
  it('skips the 1–4 May 2025 long weekend, keeping Friday 2 May as a working day', () => {
    expect(addWorkingDays({ date: '2025-04-30', days: 1 })).toBe('2025-05-02');
    expect(addWorkingDays({ date: '2025-04-30', days: 2 })).toBe('2025-05-05');
  });

  it('counts back over Easter Monday to Good Friday', () => {
    expect(addWorkingDays({ date: '2025-04-22', days: -1 })).toBe('2025-04-18');
  });

  it('counts three working days between 19 and 29 December 2025, but four a year earlier', () => {
    expect(countWorkingDaysBetween({ from: '2025-12-19', to: '2025-12-29' })).toBe(3);
    expect(countWorkingDaysBetween({ from: '2024-12-20', to: '2024-12-30' })).toBe(4);
    expect(countWorkingDaysBetween({ from: '2025-12-29', to: '2025-12-19' })).toBe(-3);
    expect(countWorkingDaysBetween({ from: '2025-12-29', to: '2025-12-29' })).toBe(0);
  });

  it('treats addWorkingDays and countWorkingDaysBetween as inverses throughout 2025', () => {
    for (let day = 0; day < 365; day += 1) {
      const date = addCalendarDays({ date: '2025-01-01', days: day });
      for (const days of [-12, -7, -3, -1, 0, 1, 3, 7, 12]) {
        const moved = addWorkingDays({ date, days });
        expect(countWorkingDaysBetween({ from: date, to: moved }), `${date} ${days}`).toBe(days);
      }
    }
  });

  it('rolls a day off forward to the next working day and leaves a working day alone', () => {
    expect(rollForwardToWorkingDay('2025-12-24')).toBe('2025-12-29');
    expect(rollForwardToWorkingDay('2025-12-23')).toBe('2025-12-23');
  });
});

describe('civil date arithmetic', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-11-15', 14, '2027-01-15'],
  ])('moves %s by %i months to %s', (date, months, expected) => {
    expect(addCalendarMonths({ date, months })).toBe(expected);
  });

  it('moves days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays({ date: '2024-02-28', days: 1 })).toBe('2024-02-29');
    expect(addCalendarDays({ date: '2025-12-31', days: 1 })).toBe('2026-01-01');
    expect(addCalendarDays({ date: '2025-03-01', days: -1 })).toBe('2025-02-28');
    expect(countCalendarDaysBetween({ from: '2024-01-01', to: '2025-01-01' })).toBe(366);
  });

  it('accepts only real dates written as YYYY-MM-DD', () => {
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2025-02-29')).toBe(false);
    expect(isCivilDate('2025-13-01')).toBe(false);
    expect(isCivilDate('2025-1-01')).toBe(false);
    expect(isCivilDate('2025-01-01T00:00:00Z')).toBe(false);
    expect(() => addCalendarDays({ date: '2025-02-30', days: 1 })).toThrow(RangeError);
    expect(() => countWorkingDaysBetween({ from: '2025-01-01', to: 'soon' })).toThrow(RangeError);
  });
});
