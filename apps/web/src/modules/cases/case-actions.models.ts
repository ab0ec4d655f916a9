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
  'take_over',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** An action of the case page: shown or not, and when shown but not possible now, why. */
export type CaseActionState = { action: CaseAction; disabledReason: MessageKey | null };

/**
 * The actions a handler sees for a case in its status (the API checks them all again). A closed
 * case keeps its actions on screen, disabled with the reason, and offers reopening; suspension
 * and resumption replace each other. An open case (not a sub-case) may be taken over by another
 * unit after a reorganisation.
 */
export function caseActions({
  status,
  canHandle,
  canTakeOver = true,
}: {
  status: CaseStatus;
  canHandle: boolean;
  /**
   * Whether another unit can be chosen to take the case over (not for sub-cases: they move with
   * their group; not without another unit to choose).
   */
  canTakeOver?: boolean;
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
    ...(closed || !canTakeOver ? [] : (['take_over'] as const)),
  ];
  return shown.map((action) => ({ action, disabledReason: action === 'reopen' ? null : reason }));
}
