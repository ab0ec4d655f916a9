import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { updateOrgUnitInputSchema, type OrgUnit } from '@obieg/contracts/organization';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormState } from '../../../shared/forms/use-form-state';
import { blankToNull, validateWithSchema } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { unitWithDescendants } from '../org-units.models';
import { updateOrgUnit } from '../organization.api';
import { organizationKeys, positionsQuery } from '../organization.queries';
import { UnitSelect } from './unit-select';
import { useNotify } from '../../../shared/hooks/use-notify';

const FIELDS = ['/name', '/parentId', '/headPositionId', '/validTo'];

export function OrgUnitEditForm({ unit, units }: { unit: OrgUnit; units: readonly OrgUnit[] }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const positions = useQuery(positionsQuery({ orgUnitId: unit.id }));
  const form = useFormState({
    name: unit.name,
    parentId: unit.parentId ?? '',
    headPositionId: unit.headPositionId ?? '',
    validTo: unit.validTo ?? '',
  });
  const mutation = useMutation({
    mutationFn: updateOrgUnit,
    onSuccess: async (updated) => {
      notify.success(t('organization.units.saved', { symbol: updated.symbol }));
      await queryClient.invalidateQueries({ queryKey: organizationKeys.orgUnits });
    },
    onError: (error) => form.applyApiError(error, t),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { values } = form;
    const input = {
      name: values.name.trim(),
      parentId: blankToNull(values.parentId),
      headPositionId: blankToNull(values.headPositionId),
      validTo: blankToNull(values.validTo),
    };
    const result = validateWithSchema({ schema: updateOrgUnitInputSchema, input, t });
    if (!result.ok) return form.setErrors(result.errors);
    form.setErrors({});
    mutation.mutate({ id: unit.id, input: result.data });
  };

  const headOptions = [
    { value: '', label: t('organization.units.head.none') },
    ...(positions.data ?? []).map((position) => ({
      value: position.id,
      label: `${position.title} — ${position.userDisplayName}`,
    })),
  ];

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} fieldPaths={FIELDS} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('organization.units.symbol.label')}
            value={unit.symbol}
            readOnly
            variant="filled"
          />
          <TextInput label={t('organization.units.name.label')} required {...form.textProps('name')} />
        </SimpleGrid>
        <UnitSelect
          label={t('organization.units.parent.label')}
          units={units}
          exclude={unitWithDescendants(units, unit.id)}
          emptyLabel={t('organization.units.parent.none')}
          {...form.textProps('parentId')}
        />
        <NativeSelect
          label={t('organization.units.head.label')}
          data={headOptions}
          {...form.textProps('headPositionId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('common.valid_from')}
            value={unit.validFrom}
            readOnly
            variant="filled"
          />
          <TextInput
            type="date"
            label={t('common.valid_to')}
            description={t('organization.units.valid_to.description')}
            {...form.textProps('validTo')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
