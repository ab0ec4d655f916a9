import { Alert, List } from '@mantine/core';
import { isApiError } from '../../app/api-error';
import { useT } from '../../locales/i18n-context';
import { fieldErrorsFromApi } from '../forms/validation';
import { errorMessage } from './error-message';

/**
 * Shows why an operation failed, translated by error code. Field errors whose path matches no field
 * of the form (`fieldPaths`) are listed too, translated, so nothing the server said is hidden;
 * `listFieldErrors={false}` leaves them out where the screen shows them its own way.
 */
export function ErrorAlert({
  error,
  fieldPaths = [],
  listFieldErrors = true,
}: {
  error: unknown;
  fieldPaths?: string[];
  listFieldErrors?: boolean;
}) {
  const t = useT();
  if (!error) return null;
  const unmatched =
    listFieldErrors && isApiError(error)
      ? Object.entries(fieldErrorsFromApi({ error, t })).filter(([path]) => !fieldPaths.includes(path))
      : [];
  return (
    <Alert color="red" variant="light" role="alert" title={t('common.error_title')}>
      {errorMessage(t, error)}
      {unmatched.length > 0 && (
        <List size="sm" mt="xs">
          {unmatched.map(([path, message]) => (
            <List.Item key={path}>
              <code>{path || '/'}</code>: {message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
