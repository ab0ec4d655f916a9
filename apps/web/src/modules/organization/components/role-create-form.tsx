import { Button, Group, Stack, TextInput } from '@mantine/core';
import { createRoleInputSchema, type Role } from '@obieg/contracts/organization';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormState } from '../../../shared/forms/use-form-state';
import { validateWithSchema } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { createRole } from '../organization.api';
import { organizationKeys } from '../organization.queries';

const MESSAGES = { '/code': 'organization.roles.code.invalid' } as const;

export function RoleCreateForm({
  onCreated,
  onCancel,
}: {
  onCreated: (role: Role) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useFormState({ code: '', name: '' });
  const mutation = useMutation({
    mutationFn: createRole,
    onSuccess: async (role) => {
      await queryClient.invalidateQueries({ queryKey: organizationKeys.roles });
      onCreated(role);
    },
    onError: (error) => form.applyApiError(error, t, MESSAGES),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateWithSchema({
      schema: createRoleInputSchema,
      input: { ...form.values, grants: [] },
      t,
      messages: MESSAGES,
    });
    if (!result.ok) return form.setErrors(result.errors);
    form.setErrors({});
    mutation.mutate(result.data);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} fieldPaths={['/code', '/name']} />
        <TextInput
          label={t('organization.roles.code.label')}
          description={t('organization.roles.code.description')}
          required
          autoCapitalize="none"
          data-autofocus
          {...form.textProps('code')}
        />
        <TextInput label={t('organization.roles.name.label')} required {...form.textProps('name')} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('organization.roles.create.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
