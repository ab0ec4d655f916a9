import type { caseRemindersPl } from '../pl/case-reminders.pl';

export const caseRemindersEn: Record<keyof typeof caseRemindersPl, string> = {
  'cases.reminders.heading': 'Case terms needing attention ({count})',
  'cases.reminders.all': 'All terms',
  'cases.reminders.due': 'due {date}, working days left: {days}',
  'cases.reminders.overdue': 'overdue since {date}',
};
