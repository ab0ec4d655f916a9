import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { createOrgUnitInputSchema, type OrgUnit } from '@obieg/contracts/organization';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { useFormState } from '../../../shared/forms/use-form-state';
import { blankToNull, validateWithSchema } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { createOrgUnit } from '../organization.api';
import { organizationKeys } from '../organization.queries';
import { UnitSelect } from './unit-select';
import { useNotify } from '../../../shared/hooks/use-notify';

const FIELDS = ['/symbol', '/name', '/parentId', '/validFrom', '/validTo'];
const MESSAGES = { '/symbol': 'organization.units.symbol.invalid' } as const;

export function OrgUnitCreateForm({
  units,
  defaultParentId,
  onCreated,
  onCancel,
}: {
  units: readonly OrgUnit[];
  defaultParentId: string | null;
  onCreated: (unit: OrgUnit) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useFormState({
    symbol: '',
    name: '',
    parentId: defaultParentId ?? '',
    validFrom: todayInOffice(),
    validTo: '',
  });
  const mutation = useMutation({
    mutationFn: createOrgUnit,
    onSuccess: async (unit) => {
      notify.success(t('organization.units.created', { symbol: unit.symbol }));
      await queryClient.invalidateQueries({ queryKey: organizationKeys.orgUnits });
      onCreated(unit);
    },
    onError: (error) => form.applyApiError(error, t, MESSAGES),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { values } = form;
    const input = {
      symbol: values.symbol.trim(),
      name: values.name.trim(),
      parentId: blankToNull(values.parentId),
      validFrom: blankToNull(values.validFrom) ?? undefined,
      validTo: blankToNull(values.validTo),
    };
    const result = validateWithSchema({ schema: createOrgUnitInputSchema, input, t, messages: MESSAGES });
    if (!result.ok) return form.setErrors(result.errors);
    form.setErrors({});
    mutation.mutate(result.data);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="org-unit-create-heading">
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} fieldPaths={FIELDS} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('organization.units.symbol.label')}
            description={t('organization.units.symbol.description')}
            required
            data-autofocus
            {...form.textProps('symbol')}
          />
          <TextInput label={t('organization.units.name.label')} required {...form.textProps('name')} />
        </SimpleGrid>
        <UnitSelect
          label={t('organization.units.parent.label')}
          units={units}
          emptyLabel={t('organization.units.parent.none')}
          {...form.textProps('parentId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('common.valid_from')} required {...form.textProps('validFrom')} />
          <TextInput
            type="date"
            label={t('common.valid_to')}
            description={t('common.valid_to.description')}
            {...form.textProps('validTo')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('organization.units.create.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
