import type { DeadlineInput, DeadlineKind, OpenCaseInput } from '@obieg/contracts/cases';
import type { FieldErrors } from '../../shared/forms/validation';
import type { Translate } from '../../locales/i18n';

/** The term as the form holds it: the kind, and the text of the days or date it may need. */
export type DeadlineValues = { kind: DeadlineKind; days: string; date: string };

export type OpenCaseValues = {
  title: string;
  unitId: string;
  jrwaSymbol: string;
  description: string;
  deadline: DeadlineValues;
};

/** The terms offered, in the order of the form. */
export const DEADLINE_CHOICES: readonly DeadlineKind[] = [
  'none',
  'without_delay',
  '1_month',
  '2_months',
  'days',
  'date',
];

/**
 * A letter from a party starts proceedings that need an explanation: one month (art. 35 § 3 KPA)
 * unless the officer chooses otherwise; a case opened on the office's own initiative has no term.
 */
export function defaultDeadlineKind(item: { senders: readonly unknown[] } | null): DeadlineKind {
  return item && item.senders.length > 0 ? '1_month' : 'none';
}

export function blankOpenCase({
  title = '',
  unitId = '',
  deadlineKind = 'none',
}: {
  title?: string;
  unitId?: string;
  deadlineKind?: DeadlineKind;
}): OpenCaseValues {
  return {
    title,
    unitId,
    jrwaSymbol: '',
    description: '',
    deadline: { kind: deadlineKind, days: '', date: '' },
  };
}

/** The term for the API; `days` and `date` go only with the kind that needs them. */
export function toDeadlineInput(values: DeadlineValues): DeadlineInput {
  if (values.kind === 'days') return { kind: 'days', days: Number(values.days) };
  if (values.kind === 'date') return { kind: 'date', date: values.date };
  return { kind: values.kind };
}

/** Missing or impossible values of the term, by the API's field paths (`/deadline/days`). */
export function deadlineErrors({
  t,
  values,
  today,
}: {
  t: Translate;
  values: DeadlineValues;
  today: string;
}): FieldErrors {
  if (values.kind === 'days') {
    const days = Number(values.days);
    if (values.days.trim() === '') return { '/deadline/days': t('validation.required') };
    if (!Number.isInteger(days) || days < 1 || days > 3650)
      return { '/deadline/days': t('cases.form.deadline.days.invalid') };
  }
  if (values.kind === 'date') {
    if (!values.date) return { '/deadline/date': t('validation.required') };
    if (values.date < today) return { '/deadline/date': t('cases.form.deadline.date.past') };
  }
  return {};
}

/** The form's own checks, before anything is sent. */
export function openCaseErrors({
  t,
  values,
  today,
}: {
  t: Translate;
  values: OpenCaseValues;
  today: string;
}): FieldErrors {
  const errors: FieldErrors = {};
  if (values.title.trim() === '') errors['/title'] = t('validation.required');
  else if (values.title.trim().length > 500) errors['/title'] = t('validation.too_long', { maximum: 500 });
  if (!values.unitId) errors['/unitId'] = t('validation.required');
  if (!values.jrwaSymbol) errors['/jrwaSymbol'] = t('cases.form.jrwa.required');
  return { ...errors, ...deadlineErrors({ t, values: values.deadline, today }) };
}

export function toOpenCaseInput(values: OpenCaseValues, initiatingIncomingId?: string): OpenCaseInput {
  const description = values.description.trim();
  return {
    unitId: values.unitId,
    jrwaSymbol: values.jrwaSymbol,
    title: values.title.trim(),
    ...(description ? { description } : {}),
    ...(initiatingIncomingId ? { initiatingIncomingId } : {}),
    deadline: toDeadlineInput(values.deadline),
  };
}

/** The units a person opens cases in: those of their positions, the active one first. */
export function openingUnits(me: {
  positions: readonly { id: string; orgUnitId: string; orgUnitSymbol: string; orgUnitName: string }[];
  activePositionId: string | null;
}): { id: string; symbol: string; name: string }[] {
  const active = me.positions.find((position) => position.id === me.activePositionId);
  const ordered = active ? [active, ...me.positions.filter((p) => p !== active)] : [...me.positions];
  const seen = new Set<string>();
  return ordered.flatMap((position) => {
    if (seen.has(position.orgUnitId)) return [];
    seen.add(position.orgUnitId);
    return [{ id: position.orgUnitId, symbol: position.orgUnitSymbol, name: position.orgUnitName }];
  });
}

/** A document's first title: its file name without the extension, separators as spaces. */
export function documentTitleFromFileName(name: string): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return base.replace(/[_]+/g, ' ').trim().slice(0, 500) || name.slice(0, 500);
}
