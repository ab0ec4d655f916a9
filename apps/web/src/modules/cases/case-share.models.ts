import type { CaseShare, ShareAccess, ShareCaseInput } from '@obieg/contracts/cases';
import type { Position } from '@obieg/contracts/organization';
import type { MessageKey, Translate } from '../../locales/i18n';
import type { FieldErrors } from '../../shared/forms/validation';

export type ShareGrantee = 'user' | 'unit';
export type ShareScope = 'case' | 'documents';

/** A new share as the form holds it. */
export type ShareValues = {
  grantee: ShareGrantee;
  userId: string;
  unitId: string;
  access: ShareAccess;
  scope: ShareScope;
  documentIds: string[];
  note: string;
};

export const BLANK_SHARE: ShareValues = {
  grantee: 'unit',
  userId: '',
  unitId: '',
  access: 'read',
  scope: 'case',
  documentIds: [],
  note: '',
};

export const SHARE_ACCESS_LABELS: Record<ShareAccess, MessageKey> = {
  read: 'cases.shares.access.read',
  contribute: 'cases.shares.access.contribute',
};

/** The form's own checks, by the API's field paths. */
export function shareErrors(t: Translate, values: ShareValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.grantee === 'user' && !values.userId) errors['/userId'] = t('cases.shares.user.required');
  if (values.grantee === 'unit' && !values.unitId) errors['/unitId'] = t('cases.shares.unit.required');
  if (values.scope === 'documents' && values.documentIds.length === 0)
    errors['/documentIds'] = t('cases.shares.documents.required');
  if (values.note.trim().length > 2000) errors['/note'] = t('validation.too_long', { maximum: 2000 });
  return errors;
}

export function toShareCaseInput(values: ShareValues): ShareCaseInput {
  const note = values.note.trim();
  return {
    ...(values.grantee === 'user' ? { userId: values.userId } : { unitId: values.unitId }),
    access: values.access,
    ...(values.scope === 'documents' ? { documentIds: values.documentIds } : {}),
    ...(note ? { note } : {}),
  };
}

/**
 * The people a case may be shared with: everyone in a position today, once each, by name, with
 * their units and positions ("Anna Nowak — GK, Inspektor").
 */
export function sharePeople(positions: readonly Position[], today: string) {
  const people = new Map<string, { value: string; name: string; places: string[] }>();
  for (const p of positions) {
    if (p.validFrom > today || (p.validTo !== null && p.validTo < today)) continue;
    const person = people.get(p.userId) ?? { value: p.userId, name: p.userDisplayName, places: [] };
    person.places.push(`${p.orgUnitSymbol}, ${p.title}`);
    people.set(p.userId, person);
  }
  return [...people.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'pl'))
    .map(({ value, name, places }) => ({ value, label: `${name} — ${places.join('; ')}` }));
}

/** "Anna Nowak" or "GK — Wydział Gospodarki Komunalnej". */
export const granteeName = (share: CaseShare) =>
  share.grantee.kind === 'user'
    ? share.grantee.displayName
    : `${share.grantee.unit.symbol} — ${share.grantee.unit.name}`;
