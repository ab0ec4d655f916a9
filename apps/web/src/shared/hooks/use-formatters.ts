import { useMemo } from 'react';
import { useI18n } from '../../locales/i18n-context';
import { formatBusinessDate, formatDateTime } from '../format/dates';

/** Date formatters in the current language, always in office time (Europe/Warsaw). */
export function useFormatters() {
  const { language } = useI18n();
  return useMemo(
    () => ({
      dateTime: (iso: string | null | undefined) => formatDateTime(iso, language),
      date: (isoDate: string | null | undefined) => formatBusinessDate(isoDate, language),
    }),
    [language],
  );
}
