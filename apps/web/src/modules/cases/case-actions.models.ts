import type { CaseStatus } from '@obieg/contracts/cases';
import type { MessageKey } from '../../locales/i18n';

export const CASE_ACTIONS = [
  'note',
  'document',
  'suspend',
  'resume',
  'not_counted',
  'close',
  'reopen',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** An action of the case page: shown or not, and when shown but not possible now, why. */
export type CaseActionState = { action: CaseAction; disabledReason: MessageKey | null };

/**
 * The actions a handler sees for a case in its status (the API checks them all again). A closed
 * case keeps its actions on screen, disabled with the reason, and offers reopening; suspension
 * and resumption replace each other.
 */
export function caseActions({
  status,
  canHandle,
}: {
  status: CaseStatus;
  canHandle: boolean;
}): CaseActionState[] {
  if (!canHandle) return [];
  const closed = status === 'closed';
  const reason: MessageKey | null = closed ? 'cases.actions.closed_reason' : null;
  const shown: CaseAction[] = [
    'note',
    'document',
    status === 'suspended' ? 'resume' : 'suspend',
    'not_counted',
    closed ? 'reopen' : 'close',
  ];
  return shown.map((action) => ({ action, disabledReason: action === 'reopen' ? null : reason }));
}
