import { Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { updateTenantInputSchema, type Tenant } from '@obieg/contracts/tenants';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormState } from '../../../shared/forms/use-form-state';
import { validateWithSchema } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { meQueryKey } from '../../auth/auth.queries';
import { tenantQueryKey, updateTenant } from '../tenants.api';
import {
  TENANT_FIELD_MESSAGES,
  TENANT_FIELD_PATHS,
  toTenantFormValues,
  toUpdateTenantInput,
} from '../tenant-form.models';
import { useNotify } from '../../../shared/hooks/use-notify';

export function TenantSettingsForm({ tenant }: { tenant: Tenant }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useFormState(toTenantFormValues(tenant));
  const mutation = useMutation({
    mutationFn: updateTenant,
    onSuccess: async (updated) => {
      queryClient.setQueryData(tenantQueryKey, updated);
      form.reset(toTenantFormValues(updated));
      notify.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (error) => form.applyApiError(error, t, TENANT_FIELD_MESSAGES),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateWithSchema({
      schema: updateTenantInputSchema,
      input: toUpdateTenantInput(form.values),
      t,
      messages: TENANT_FIELD_MESSAGES,
    });
    if (!result.ok) {
      form.setErrors(result.errors);
      return;
    }
    form.setErrors({});
    mutation.mutate(result.data);
  };

  const address = (name: 'street' | 'building' | 'flat' | 'postalCode' | 'city' | 'country') =>
    form.textProps(name, `/address/${name}`);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg" maw={900}>
        <ErrorAlert error={mutation.error} fieldPaths={TENANT_FIELD_PATHS} />
        <Fieldset legend={t('tenants.settings.section.identity')}>
          <Stack gap="sm">
            <TextInput label={t('tenants.settings.name.label')} required {...form.textProps('name')} />
            <TextInput
              label={t('tenants.settings.code.label')}
              value={tenant.code}
              readOnly
              variant="filled"
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('tenants.settings.nip.label')}
                inputMode="numeric"
                {...form.textProps('nip')}
              />
              <TextInput
                label={t('tenants.settings.regon.label')}
                inputMode="numeric"
                {...form.textProps('regon')}
              />
              <TextInput
                label={t('tenants.settings.teryt.label')}
                description={t('tenants.settings.teryt.description')}
                inputMode="numeric"
                {...form.textProps('teryt')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('tenants.settings.section.address')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('tenants.settings.street.label')}
                autoComplete="address-line1"
                {...address('street')}
              />
              <TextInput label={t('tenants.settings.building.label')} {...address('building')} />
              <TextInput label={t('tenants.settings.flat.label')} {...address('flat')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('tenants.settings.postal_code.label')}
                description={t('tenants.settings.postal_code.description')}
                autoComplete="postal-code"
                {...address('postalCode')}
              />
              <TextInput
                label={t('tenants.settings.city.label')}
                autoComplete="address-level2"
                {...address('city')}
              />
              <TextInput
                label={t('tenants.settings.country.label')}
                description={t('tenants.settings.country.description')}
                maxLength={2}
                {...address('country')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('tenants.settings.section.electronic')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('tenants.settings.epuap_box.label')}
              description={t('tenants.settings.epuap_box.description')}
              {...form.textProps('epuapBox')}
            />
            <TextInput
              label={t('tenants.settings.edelivery_address.label')}
              description={t('tenants.settings.edelivery_address.description')}
              {...form.textProps('edeliveryAddress')}
            />
          </SimpleGrid>
        </Fieldset>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
