import { Button, Group, Stack, TextInput } from '@mantine/core';
import { updateUserInputSchema, type User } from '@obieg/contracts/organization';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormState } from '../../../shared/forms/use-form-state';
import { blankToNull, validateWithSchema } from '../../../shared/forms/validation';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { updateUser } from '../organization.api';
import { organizationKeys } from '../organization.queries';
import { useNotify } from '../../../shared/hooks/use-notify';

export function UserAccountForm({ user, canManage }: { user: User; canManage: boolean }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useFormState({ displayName: user.displayName, email: user.email ?? '' });
  const mutation = useMutation({
    mutationFn: updateUser,
    onSuccess: async (updated) => {
      queryClient.setQueryData([...organizationKeys.users, 'detail', updated.id], updated);
      notify.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: organizationKeys.users });
    },
    onError: (error) => form.applyApiError(error, t),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = { displayName: form.values.displayName, email: blankToNull(form.values.email) };
    const result = validateWithSchema({ schema: updateUserInputSchema, input, t });
    if (!result.ok) return form.setErrors(result.errors);
    form.setErrors({});
    mutation.mutate({ id: user.id, input: result.data });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={520}>
        <ErrorAlert error={mutation.error} fieldPaths={['/displayName', '/email']} />
        <TextInput label={t('organization.users.login.label')} value={user.login} readOnly variant="filled" />
        <TextInput
          label={t('organization.users.display_name.label')}
          required
          readOnly={!canManage}
          {...form.textProps('displayName')}
        />
        <TextInput
          type="email"
          label={t('organization.users.email.label')}
          readOnly={!canManage}
          {...form.textProps('email')}
        />
        {canManage && (
          <Group>
            <Button
              type="submit"
              loading={mutation.isPending && mutation.variables.input.active === undefined}
            >
              {t('common.save')}
            </Button>
            {user.active ? (
              <ConfirmButton
                title={t('organization.users.deactivate.title')}
                message={t('organization.users.deactivate.message', { name: user.displayName })}
                confirmLabel={t('organization.users.deactivate.confirm')}
                onConfirm={() => mutation.mutate({ id: user.id, input: { active: false } })}
              >
                {t('organization.users.deactivate.button')}
              </ConfirmButton>
            ) : (
              <Button
                variant="default"
                onClick={() => mutation.mutate({ id: user.id, input: { active: true } })}
              >
                {t('organization.users.activate.button')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </form>
  );
}
