import type { WorkingDay, WorkingDays, WorkingDaysQuery } from '@obieg/contracts/calendar';
import {
  addCalendarDays,
  countCalendarDaysBetween,
  isWorkingDay,
  listPolishHolidays,
} from '../../shared/calendar/polish-holidays.js';

/**
 * Every day from `from` to `to` (both included) with whether it is a working day and, on a public
 * holiday, the holiday's Polish name. Pure: the range was checked by the contract (years from 1990,
 * `from` ≤ `to`, at most 366 days), so the calendar's RangeError cannot happen here.
 */
export function listWorkingDays({ from, to }: WorkingDaysQuery): WorkingDays {
  const holidayNames = new Map<string, string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const holiday of listPolishHolidays(year)) holidayNames.set(holiday.date, holiday.name);
  }
  const length = countCalendarDaysBetween({ from, to }) + 1;
  const items = Array.from({ length }, (_, offset): WorkingDay => {
    const date = addCalendarDays({ date: from, days: offset });
    const holiday = holidayNames.get(date);
    return holiday === undefined
      ? { date, working: isWorkingDay(date) }
      : { date, working: isWorkingDay(date), holiday };
  });
  return { items };
}
