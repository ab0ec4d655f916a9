import type { CaseDeadline, CaseStatus } from '@obieg/contracts/cases';
import type { MessageKey, MessageParams } from '../../locales/i18n';

type DeadlineSummary = Omit<CaseDeadline, 'periods'>;

/** One sentence of how the server computed a term, with ISO dates left for the screen to format. */
export type DeadlineNote = { key: MessageKey; params?: MessageParams; dates?: Record<string, string> };

/** `YYYY-MM-DD` moved by whole days (calendar days, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of a civil date. */
export function weekdayOf(isoDate: string): number {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * The day a term would have ended, when art. 57 § 4 KPA moved it (off a Saturday or a public
 * holiday) — after the days not counted were added; null when it was not moved.
 */
export function movedFrom(deadline: DeadlineSummary): string | null {
  if (!deadline.nominalEnd || !deadline.dueDate) return null;
  const extended = addDays(deadline.nominalEnd, deadline.notCountedDays);
  return deadline.dueDate > extended ? extended : null;
}

/**
 * How the term was computed, in sentences: its basis in the KPA, the days not counted
 * (art. 35 § 5), the move off a day off (art. 57 § 4), a stopped clock.
 */
export function explainDeadline(deadline: DeadlineSummary): DeadlineNote[] {
  const notes: DeadlineNote[] = [];
  const start = { start: deadline.startDate };
  switch (deadline.kind) {
    case 'without_delay':
      notes.push({ key: 'cases.deadline.note.without_delay' });
      break;
    case '1_month':
      notes.push({ key: 'cases.deadline.note.1_month', dates: start });
      break;
    case '2_months':
      notes.push({ key: 'cases.deadline.note.2_months', dates: start });
      break;
    case 'days':
      notes.push({ key: 'cases.deadline.note.days', params: { days: deadline.days ?? 0 }, dates: start });
      break;
    case 'date':
      notes.push({ key: 'cases.deadline.note.date', dates: { date: deadline.date ?? '' } });
      break;
    case 'none':
      return [{ key: 'cases.deadline.note.none' }];
  }
  if (deadline.state === 'suspended' || (deadline.kind !== 'without_delay' && !deadline.dueDate)) {
    notes.push({ key: 'cases.deadline.note.stopped' });
    return notes;
  }
  if (deadline.notCountedDays > 0)
    notes.push({ key: 'cases.deadline.note.not_counted', params: { days: deadline.notCountedDays } });
  const from = movedFrom(deadline);
  if (from && deadline.dueDate)
    notes.push({ key: 'cases.deadline.note.moved', dates: { from, to: deadline.dueDate } });
  return notes;
}

/** The badge a term shows: the server's state, or none for a closed case or a case without a term. */
export function deadlineBadgeState(
  deadline: Pick<DeadlineSummary, 'state'> | null,
  status: CaseStatus,
): DeadlineSummary['state'] {
  if (!deadline || status === 'closed') return 'none';
  return deadline.state;
}

/** What kind of day off a term was moved from (a holiday's name comes from the calendar). */
export function dayOffKind(isoDate: string): 'saturday' | 'sunday' | 'holiday' {
  const weekday = weekdayOf(isoDate);
  return weekday === 6 ? 'saturday' : weekday === 0 ? 'sunday' : 'holiday';
}
