/** Reminders of case terms in the officer's inbox (7, 3 and 1 working days before, and overdue). */
export const caseRemindersPl = {
  'cases.reminders.heading': 'Terminy spraw wymagające uwagi ({count})',
  'cases.reminders.all': 'Wszystkie terminy',
  'cases.reminders.due': 'termin {date}, dni robocze: {days}',
  'cases.reminders.overdue': 'po terminie od {date}',
};
