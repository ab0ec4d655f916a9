import { isApiError } from '../../app/api-error';
import { translateDynamic, type Translate } from '../../locales/i18n';

/** The user-facing text for any error: `errors.<code>` when known, otherwise a generic message. */
export function errorMessage(t: Translate, error: unknown): string {
  if (isApiError(error)) {
    return translateDynamic({
      t,
      key: `errors.${error.code}`,
      fallback: 'errors.unknown',
    });
  }
  return t('errors.unknown');
}
