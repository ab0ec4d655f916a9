import { z } from 'zod';
import { isoDateSchema } from './common.contracts.js';

/** The first year the Polish holiday calendar describes (the statute as amended in 1990). */
export const CALENDAR_FIRST_YEAR = 1990;
/** The longest range one request may ask for, both ends included: a whole leap year. */
export const WORKING_DAYS_MAX_RANGE_DAYS = 366;

const DAY_MS = 86_400_000;
const yearOf = (date: string) => Number(date.slice(0, 4));
const isCalendarDate = (date: string) =>
  isoDateSchema.safeParse(date).success && yearOf(date) >= CALENDAR_FIRST_YEAR;
const dayNumberOf = (date: string) =>
  Date.UTC(yearOf(date), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

const calendarDateSchema = isoDateSchema.refine(
  // A malformed date is already reported by the format check; this only adds the year's limit.
  (date) => !isoDateSchema.safeParse(date).success || yearOf(date) >= CALENDAR_FIRST_YEAR,
  `The calendar covers years from ${CALENDAR_FIRST_YEAR}.`,
);

export const workingDaysQuerySchema = z
  .object({
    from: calendarDateSchema.describe(`First day, \`YYYY-MM-DD\`, in ${CALENDAR_FIRST_YEAR} or later.`),
    to: calendarDateSchema.describe(
      `Last day, included; at most ${WORKING_DAYS_MAX_RANGE_DAYS} days in all.`,
    ),
  })
  .superRefine(({ from, to }, issues) => {
    if (!isCalendarDate(from) || !isCalendarDate(to)) return;
    const days = dayNumberOf(to) - dayNumberOf(from) + 1;
    if (days < 1) {
      issues.addIssue({ code: 'custom', path: ['to'], message: '`to` may not be earlier than `from`.' });
    } else if (days > WORKING_DAYS_MAX_RANGE_DAYS) {
      issues.addIssue({
        code: 'custom',
        path: ['to'],
        message: `The range may span at most ${WORKING_DAYS_MAX_RANGE_DAYS} days, both ends included.`,
      });
    }
  });
export type WorkingDaysQuery = z.infer<typeof workingDaysQuerySchema>;

export const workingDaySchema = z.object({
  date: isoDateSchema,
  working: z.boolean().describe('False on Saturdays, Sundays and Polish public holidays.'),
  holiday: z
    .string()
    .optional()
    .describe('Polish name of the public holiday (dzień ustawowo wolny); absent on other days.'),
});
export type WorkingDay = z.infer<typeof workingDaySchema>;

export const workingDaysSchema = z.object({
  items: z.array(workingDaySchema).describe('Every day of the range, in date order.'),
});
export type WorkingDays = z.infer<typeof workingDaysSchema>;
