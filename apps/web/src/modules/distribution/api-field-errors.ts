import { isApiError } from '../../app/api-error';
import type { Translate } from '../../locales/i18n';
import { fieldErrorsFromApi, type FieldErrors } from '../../shared/forms/validation';
import { errorMessage } from '../../shared/ui/error-message';

/**
 * The API's refusal next to the field it names: a business rule (deadline extended, assignee
 * outside the unit, unknown contact) in the words of its error code, a shape error in the generic
 * words of validation.
 */
export function apiFieldErrors(t: Translate, error: unknown): FieldErrors {
  if (!isApiError(error) || error.errors.length === 0) return {};
  if (error.code === 'validation.failed') return fieldErrorsFromApi({ error, t });
  return Object.fromEntries(error.errors.map((e) => [e.path, errorMessage(t, error)]));
}
