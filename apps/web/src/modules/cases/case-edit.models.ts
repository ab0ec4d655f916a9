import type { Case, UpdateCaseInput } from '@obieg/contracts/cases';
import type { IncomingAccess } from '@obieg/contracts/correspondence';
import type { Translate } from '../../locales/i18n';
import type { FieldErrors } from '../../shared/forms/validation';
import { deadlineErrors, toDeadlineInput, type DeadlineValues } from './case-form.models';

export type CaseParty = Case['parties'][number];

/** The case's data as the edit form holds it. */
export type CaseEditValues = {
  title: string;
  description: string;
  access: IncomingAccess;
  parties: CaseParty[];
  deadline: DeadlineValues;
  reason: string;
};

const deadlineOf = (item: Pick<Case, 'deadline'>): DeadlineValues => ({
  kind: item.deadline?.kind ?? 'none',
  days: item.deadline?.days ? String(item.deadline.days) : '',
  date: item.deadline?.date ?? '',
});

export function caseEditValues(item: Case): CaseEditValues {
  return {
    title: item.title,
    description: item.description ?? '',
    access: item.access,
    parties: [...item.parties],
    deadline: deadlineOf(item),
    reason: '',
  };
}

const sameDeadline = (a: DeadlineValues, b: DeadlineValues) =>
  a.kind === b.kind &&
  (a.kind !== 'days' || Number(a.days) === Number(b.days)) &&
  (a.kind !== 'date' || a.date === b.date);

/** Only what changed, with the version the form was filled from; null when nothing changed. */
export function toUpdateCaseInput(values: CaseEditValues, item: Case): UpdateCaseInput | null {
  const input: UpdateCaseInput = { version: item.version };
  const title = values.title.trim();
  const description = values.description.trim() || null;
  if (title !== item.title) input.title = title;
  if (description !== (item.description ?? null)) input.description = description;
  if (values.access !== item.access) input.access = values.access;
  const parties = values.parties.map((party) => party.contactId);
  if (parties.join() !== item.parties.map((party) => party.contactId).join()) input.partyContactIds = parties;
  if (!sameDeadline(values.deadline, deadlineOf(item))) input.deadline = toDeadlineInput(values.deadline);
  if (Object.keys(input).length === 1) return null;
  const reason = values.reason.trim();
  return reason ? { ...input, reason } : input;
}

/** The form's own checks; the term is checked only when it was changed. */
export function caseEditErrors({
  t,
  values,
  item,
  today,
}: {
  t: Translate;
  values: CaseEditValues;
  item: Case;
  today: string;
}): FieldErrors {
  const errors: FieldErrors = {};
  const title = values.title.trim();
  if (!title) errors['/title'] = t('validation.required');
  else if (title.length > 500) errors['/title'] = t('validation.too_long', { maximum: 500 });
  if (values.description.trim().length > 4000)
    errors['/description'] = t('validation.too_long', { maximum: 4000 });
  if (values.reason.trim().length > 2000) errors['/reason'] = t('validation.too_long', { maximum: 2000 });
  const deadline = sameDeadline(values.deadline, deadlineOf(item))
    ? {}
    : deadlineErrors({ t, values: values.deadline, today });
  return { ...errors, ...deadline };
}
