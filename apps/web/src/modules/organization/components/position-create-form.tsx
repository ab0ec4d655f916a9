import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { createPositionInputSchema, type OrgUnit, type Role } from '@obieg/contracts/organization';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { useFormState } from '../../../shared/forms/use-form-state';
import { blankToNull, validateWithSchema } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { meQueryKey } from '../../auth/auth.queries';
import { createPosition } from '../organization.api';
import { organizationKeys } from '../organization.queries';
import { UnitSelect } from './unit-select';
import { useNotify } from '../../../shared/hooks/use-notify';

const FIELDS = ['/orgUnitId', '/title', '/roleIds', '/validFrom', '/validTo'];

export function PositionCreateForm({
  userId,
  units,
  roles,
}: {
  userId: string;
  units: readonly OrgUnit[];
  roles: readonly Role[];
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useFormState({
    orgUnitId: '',
    title: '',
    roleIds: [] as string[],
    validFrom: todayInOffice(),
  });
  const mutation = useMutation({
    mutationFn: createPosition,
    onSuccess: async (position) => {
      form.reset();
      notify.success(t('organization.positions.created', { title: position.title }));
      await queryClient.invalidateQueries({ queryKey: organizationKeys.positions });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (error) => form.applyApiError(error, t),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = {
      userId,
      orgUnitId: form.values.orgUnitId,
      title: form.values.title,
      roleIds: form.values.roleIds,
      validFrom: blankToNull(form.values.validFrom) ?? undefined,
    };
    const result = validateWithSchema({ schema: createPositionInputSchema, input, t });
    if (!result.ok) return form.setErrors(result.errors);
    form.setErrors({});
    mutation.mutate(result.data);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="position-create-heading">
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} fieldPaths={FIELDS} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <UnitSelect
            label={t('organization.positions.unit.label')}
            required
            units={units.filter((unit) => unit.active)}
            emptyLabel={t('organization.positions.unit.choose')}
            {...form.textProps('orgUnitId')}
          />
          <TextInput
            label={t('organization.positions.title.label')}
            description={t('organization.positions.title.description')}
            required
            {...form.textProps('title')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('organization.positions.roles.label')}
          required
          value={form.values.roleIds}
          onChange={(value) => form.setValue('roleIds', value)}
          error={form.errors['/roleIds']}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {roles.map((role) => (
              <Checkbox key={role.id} value={role.id} label={role.name} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TextInput type="date" label={t('common.valid_from')} maw={240} {...form.textProps('validFrom')} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('organization.positions.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
