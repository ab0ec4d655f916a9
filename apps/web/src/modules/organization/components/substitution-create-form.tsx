import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { createSubstitutionInputSchema, type User } from '@obieg/contracts/organization';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { useFormState } from '../../../shared/forms/use-form-state';
import { blankToNull, validateWithSchema } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { createSubstitution } from '../organization.api';
import { organizationKeys } from '../organization.queries';
import { useNotify } from '../../../shared/hooks/use-notify';

const FIELDS = ['/absentUserId', '/substituteUserId', '/validFrom', '/validTo', '/reason'];

export function SubstitutionCreateForm({ users }: { users: readonly User[] }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const initial = {
    absentUserId: '',
    substituteUserId: '',
    validFrom: todayInOffice(),
    validTo: '',
    reason: '',
  };
  const form = useFormState(initial);
  const mutation = useMutation({
    mutationFn: createSubstitution,
    onSuccess: async () => {
      form.reset();
      notify.success(t('organization.substitutions.created'));
      await queryClient.invalidateQueries({ queryKey: organizationKeys.substitutions });
    },
    onError: (error) => form.applyApiError(error, t),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = { ...form.values, reason: blankToNull(form.values.reason) };
    const result = validateWithSchema({ schema: createSubstitutionInputSchema, input, t });
    const errors = result.ok ? {} : { ...result.errors };
    if (input.absentUserId !== '' && input.absentUserId === input.substituteUserId) {
      errors['/substituteUserId'] = t('organization.substitutions.same_person');
    }
    if (input.validTo !== '' && input.validTo < input.validFrom) {
      errors['/validTo'] = t('errors.organization.validity_range_invalid');
    }
    if (!result.ok || Object.keys(errors).length > 0) return form.setErrors(errors);
    form.setErrors({});
    mutation.mutate(result.data);
  };

  const people = [
    { value: '', label: t('organization.substitutions.choose_person') },
    ...users
      .filter((user) => user.active && user.kind === 'person')
      .map((user) => ({ value: user.id, label: `${user.displayName} (${user.login})` })),
  ];

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="substitution-create-heading">
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} fieldPaths={FIELDS} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('organization.substitutions.absent.label')}
            required
            data={people}
            {...form.textProps('absentUserId')}
          />
          <NativeSelect
            label={t('organization.substitutions.substitute.label')}
            required
            data={people}
            {...form.textProps('substituteUserId')}
          />
          <TextInput
            type="date"
            label={t('organization.substitutions.from.label')}
            required
            {...form.textProps('validFrom')}
          />
          <TextInput
            type="date"
            label={t('organization.substitutions.to.label')}
            required
            {...form.textProps('validTo')}
          />
        </SimpleGrid>
        <TextInput label={t('organization.substitutions.reason.label')} {...form.textProps('reason')} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('organization.substitutions.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
