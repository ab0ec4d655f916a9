import type { Language } from '../../locales/i18n';

export const OFFICE_TIME_ZONE = 'Europe/Warsaw';

const LOCALE_BY_LANGUAGE: Record<Language, string> = { pl: 'pl-PL', en: 'en-GB' };

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function getFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${language}:${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_BY_LANGUAGE[language], {
      timeZone: OFFICE_TIME_ZONE,
      ...options,
    });
    dateTimeFormats.set(cacheKey, format);
  }
  return format;
}

/** An instant (ISO date-time) shown in office time: `21.11.2025, 13:05:09`. */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return getFormat(language, { dateStyle: 'short', timeStyle: 'medium' }).format(date);
}

/** A business date `YYYY-MM-DD` is a calendar day already; it is shown without any time-zone shift. */
export function formatBusinessDate(isoDate: string | null | undefined, language: Language): string {
  if (!isoDate) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const noonUtc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
  return new Intl.DateTimeFormat(LOCALE_BY_LANGUAGE[language], {
    timeZone: 'UTC',
    dateStyle: 'short',
  }).format(noonUtc);
}

function partsInOffice(date: Date): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: OFFICE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** Today's date in the office calendar (Europe/Warsaw), `YYYY-MM-DD`. */
export function todayInOffice(now: Date = new Date()): string {
  const parts = partsInOffice(now);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The UTC offset of Warsaw on a calendar day, `+01:00` or `+02:00` (taken at noon, away from the switch). */
export function officeOffsetOn(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const noon = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
  const name = partsInOffice(noon).timeZoneName ?? 'GMT';
  const offset = name.replace('GMT', '');
  return offset === '' ? '+00:00' : offset;
}

/** Start of a calendar day in the office, as an ISO date-time with offset: `2025-03-30T00:00:00+01:00`. */
export function startOfOfficeDay(isoDate: string): string {
  return `${isoDate}T00:00:00${officeOffsetOn(isoDate)}`;
}

/** Last millisecond of a calendar day in the office. */
export function endOfOfficeDay(isoDate: string): string {
  return `${isoDate}T23:59:59.999${officeOffsetOn(isoDate)}`;
}
