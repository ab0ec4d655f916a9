import { Button, Group, Stack, TextInput } from '@mantine/core';
import { updateRoleInputSchema, type Role } from '@obieg/contracts/organization';
import type { Grant } from '@obieg/contracts/permissions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormState } from '../../../shared/forms/use-form-state';
import { validateWithSchema } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { meQueryKey } from '../../auth/auth.queries';
import { updateRole } from '../organization.api';
import { organizationKeys } from '../organization.queries';
import { GrantsMatrix } from './grants-matrix';
import { useNotify } from '../../../shared/hooks/use-notify';

export function RoleEditor({ role, canManage }: { role: Role; canManage: boolean }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useFormState({ name: role.name });
  const [grants, setGrants] = useState<Grant[]>(role.grants);
  const mutation = useMutation({
    mutationFn: updateRole,
    onSuccess: async (updated) => {
      notify.success(t('organization.roles.saved', { name: updated.name }));
      await queryClient.invalidateQueries({ queryKey: organizationKeys.roles });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (error) => form.applyApiError(error, t),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A system role keeps its name; only its grants are sent.
    const input = role.system ? { grants } : { name: form.values.name, grants };
    const result = validateWithSchema({ schema: updateRoleInputSchema, input, t });
    if (!result.ok) return form.setErrors(result.errors);
    form.setErrors({});
    mutation.mutate({ id: role.id, input: result.data });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={mutation.error} fieldPaths={['/name']} />
        <Group align="flex-start" grow>
          <TextInput
            label={t('organization.roles.code.label')}
            value={role.code}
            readOnly
            variant="filled"
            className="mono"
          />
          <TextInput
            label={t('organization.roles.name.label')}
            description={role.system ? t('organization.roles.system_locked') : undefined}
            readOnly={role.system || !canManage}
            variant={role.system ? 'filled' : 'default'}
            required
            {...form.textProps('name')}
          />
        </Group>
        <GrantsMatrix
          grants={grants}
          onChange={setGrants}
          readOnly={!canManage}
          caption={t('organization.roles.grants.caption', { name: role.name })}
        />
        {canManage && (
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('organization.roles.save')}
            </Button>
            <Button variant="default" onClick={() => setGrants(role.grants)}>
              {t('organization.roles.revert')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
