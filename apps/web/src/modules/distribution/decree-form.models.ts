import type { CorrectDecreeInput, Decree, IssueDecreeInput } from '@obieg/contracts/distribution';
import type { Translate } from '../../locales/i18n';
import type { FieldErrors } from '../../shared/forms/validation';
import { apiFieldErrors } from './api-field-errors';

export type DecreeValues = { positionId: string; instruction: string; deadline: string; reason: string };

export const DECREE_FIELD_PATHS = ['/positionId', '/instruction', '/deadline', '/reason'] as const;

/** A blank decree; a re-decree starts with the deadline it may not pass. */
export function blankDecree(maxDeadline: string | null): DecreeValues {
  return { positionId: '', instruction: '', deadline: maxDeadline ?? '', reason: '' };
}

/** The decree being corrected, as the author set it (its own instruction and deadline). */
export function decreeValues(decree: Decree): DecreeValues {
  return {
    positionId: decree.assignee.positionId ?? '',
    instruction: decree.instruction ?? '',
    deadline: decree.ownDeadline ?? '',
    reason: '',
  };
}

export function toIssueInput(values: DecreeValues): IssueDecreeInput {
  const instruction = values.instruction.trim();
  return {
    positionId: values.positionId,
    ...(instruction ? { instruction } : {}),
    ...(values.deadline ? { deadline: values.deadline } : {}),
  };
}

/** Only what changed goes with the reason; null clears the instruction or the own deadline. */
export function toCorrectionInput(values: DecreeValues, decree: Decree): CorrectDecreeInput {
  const before = decreeValues(decree);
  const instruction = values.instruction.trim();
  return {
    reason: values.reason.trim(),
    ...(values.positionId && values.positionId !== before.positionId
      ? { positionId: values.positionId }
      : {}),
    ...(instruction !== before.instruction.trim() ? { instruction: instruction || null } : {}),
    ...(values.deadline !== before.deadline ? { deadline: values.deadline || null } : {}),
  };
}

/** The API's refusals by field; one about `/userId` belongs to the assignee field. */
export function decreeFieldErrors(t: Translate, error: unknown): FieldErrors {
  const { '/userId': assignee, ...rest } = apiFieldErrors(t, error);
  return assignee && !rest['/positionId'] ? { ...rest, '/positionId': assignee } : rest;
}
