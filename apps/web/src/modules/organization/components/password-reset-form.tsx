import { Button, Group, Stack, Text } from '@mantine/core';
import { resetPasswordInputSchema, type User } from '@obieg/contracts/organization';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormState } from '../../../shared/forms/use-form-state';
import { validateWithSchema } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { resetUserPassword } from '../organization.api';
import { organizationKeys } from '../organization.queries';
import { useNotify } from '../../../shared/hooks/use-notify';
import { PasswordField } from '../../../shared/ui/password-field';

export function PasswordResetForm({ user }: { user: User }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useFormState({ newPassword: '' });
  const mutation = useMutation({
    mutationFn: resetUserPassword,
    onSuccess: async () => {
      form.reset();
      notify.success(t('organization.users.password_reset.done', { name: user.displayName }));
      await queryClient.invalidateQueries({ queryKey: organizationKeys.users });
    },
    onError: (error) => form.applyApiError(error, t),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateWithSchema({ schema: resetPasswordInputSchema, input: form.values, t });
    if (!result.ok) return form.setErrors(result.errors);
    form.setErrors({});
    mutation.mutate({ id: user.id, newPassword: result.data.newPassword });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={520}>
        <Text size="sm">{t('organization.users.password_reset.intro')}</Text>
        <ErrorAlert error={mutation.error} fieldPaths={['/newPassword']} />
        <PasswordField
          label={t('organization.users.password_reset.label')}
          description={t('auth.password.new.description')}
          autoComplete="new-password"
          required
          {...form.textProps('newPassword')}
        />
        <Group>
          <Button type="submit" variant="default" loading={mutation.isPending}>
            {t('organization.users.password_reset.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
