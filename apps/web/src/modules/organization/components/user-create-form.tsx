import { Button, Group, Stack, TextInput } from '@mantine/core';
import { createUserInputSchema, type User } from '@obieg/contracts/organization';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormState } from '../../../shared/forms/use-form-state';
import { blankToNull, validateWithSchema } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { createUser } from '../organization.api';
import { organizationKeys } from '../organization.queries';
import { PasswordField } from '../../../shared/ui/password-field';

const FIELDS = ['/login', '/displayName', '/email', '/password'];
const MESSAGES = { '/login': 'organization.users.login.invalid' } as const;

export function UserCreateForm({
  onCreated,
  onCancel,
}: {
  onCreated: (user: User) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useFormState({ login: '', displayName: '', email: '', password: '' });
  const mutation = useMutation({
    mutationFn: createUser,
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: organizationKeys.users });
      onCreated(user);
    },
    onError: (error) => form.applyApiError(error, t, MESSAGES),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = { ...form.values, email: blankToNull(form.values.email) };
    const result = validateWithSchema({ schema: createUserInputSchema, input, t, messages: MESSAGES });
    if (!result.ok) return form.setErrors(result.errors);
    form.setErrors({});
    mutation.mutate(result.data);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} fieldPaths={FIELDS} />
        <TextInput
          label={t('organization.users.login.label')}
          description={t('organization.users.login.description')}
          required
          autoCapitalize="none"
          spellCheck={false}
          data-autofocus
          {...form.textProps('login')}
        />
        <TextInput
          label={t('organization.users.display_name.label')}
          required
          {...form.textProps('displayName')}
        />
        <TextInput type="email" label={t('organization.users.email.label')} {...form.textProps('email')} />
        <PasswordField
          label={t('organization.users.initial_password.label')}
          description={t('organization.users.initial_password.description')}
          required
          autoComplete="new-password"
          {...form.textProps('password')}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('organization.users.create.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
