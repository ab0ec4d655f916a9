import { Button, Stack, Text, TextInput } from '@mantine/core';
import { loginInputSchema, type Me } from '@obieg/contracts/auth';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { isApiError } from '../../../app/api-error';
import { useT } from '../../../locales/i18n-context';
import { useFormState } from '../../../shared/forms/use-form-state';
import { validateWithSchema } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { login } from '../auth.api';
import { PasswordField } from '../../../shared/ui/password-field';

const TENANT_STORAGE_KEY = 'obieg.tenant';

function readRememberedTenant(): string {
  try {
    return window.localStorage.getItem(TENANT_STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberTenant(tenant: string): void {
  try {
    window.localStorage.setItem(TENANT_STORAGE_KEY, tenant);
  } catch {
    // Without storage the office code is simply typed again next time.
  }
}

export function LoginForm({ onLoggedIn }: { onLoggedIn: (me: Me) => void }) {
  const t = useT();
  const form = useFormState({ tenant: readRememberedTenant(), login: '', password: '' });
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (me, input) => {
      rememberTenant(input.tenant);
      onLoggedIn(me);
    },
    onError: (error) => form.applyApiError(error, t, { '/tenant': 'auth.login.tenant.invalid' }),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateWithSchema({
      schema: loginInputSchema,
      input: form.values,
      t,
      messages: { '/tenant': 'auth.login.tenant.invalid' },
    });
    if (!result.ok) {
      form.setErrors(result.errors);
      return;
    }
    form.setErrors({});
    mutation.mutate(result.data);
  };

  const retryAfter = isApiError(mutation.error) ? mutation.error.retryAfterSeconds : null;
  const hasTenant = form.values.tenant !== '';

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={mutation.error ? 'login-error' : undefined}>
      <Stack gap="md">
        {mutation.error && (
          <div id="login-error">
            <ErrorAlert error={mutation.error} fieldPaths={['/tenant', '/login', '/password']} />
            {retryAfter !== null && (
              <Text size="sm" mt="xs">
                {t('auth.login.retry_after', { seconds: retryAfter })}
              </Text>
            )}
          </div>
        )}
        <TextInput
          label={t('auth.login.tenant.label')}
          description={t('auth.login.tenant.description')}
          autoComplete="organization"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus={!hasTenant}
          {...form.textProps('tenant')}
        />
        <TextInput
          label={t('auth.login.login.label')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus={hasTenant}
          {...form.textProps('login')}
        />
        <PasswordField
          label={t('auth.login.password.label')}
          autoComplete="current-password"
          required
          {...form.textProps('password')}
        />
        <Button type="submit" loading={mutation.isPending} fullWidth>
          {t('auth.login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
