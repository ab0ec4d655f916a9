import { Button, Stack } from '@mantine/core';
import { changePasswordInputSchema } from '@obieg/contracts/auth';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { isApiError } from '../../../app/api-error';
import { useT } from '../../../locales/i18n-context';
import { useFormState } from '../../../shared/forms/use-form-state';
import { validateWithSchema } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { changePassword } from '../auth.api';
import { PasswordField } from '../../../shared/ui/password-field';

const FIELDS = ['/currentPassword', '/newPassword', '/confirmPassword'];

export function PasswordChangeForm({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const form = useFormState({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      form.reset();
      onChanged();
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'auth.wrong_current_password') {
        form.setErrors({ '/currentPassword': t('errors.auth.wrong_current_password') });
      } else {
        form.applyApiError(error, t);
      }
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { confirmPassword, ...input } = form.values;
    const result = validateWithSchema({ schema: changePasswordInputSchema, input, t });
    const errors = result.ok ? {} : { ...result.errors };
    if (confirmPassword !== input.newPassword)
      errors['/confirmPassword'] = t('auth.password.confirm.mismatch');
    if (!result.ok || Object.keys(errors).length > 0) {
      form.setErrors(errors);
      return;
    }
    form.setErrors({});
    mutation.mutate(result.data);
  };

  const showAlert =
    mutation.error && !(isApiError(mutation.error) && mutation.error.code === 'auth.wrong_current_password');

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {showAlert && <ErrorAlert error={mutation.error} fieldPaths={FIELDS} />}
        <PasswordField
          label={t('auth.password.current.label')}
          autoComplete="current-password"
          required
          {...form.textProps('currentPassword')}
        />
        <PasswordField
          label={t('auth.password.new.label')}
          description={t('auth.password.new.description')}
          autoComplete="new-password"
          required
          {...form.textProps('newPassword')}
        />
        <PasswordField
          label={t('auth.password.confirm.label')}
          autoComplete="new-password"
          required
          {...form.textProps('confirmPassword')}
        />
        <Button type="submit" loading={mutation.isPending}>
          {t('auth.password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
