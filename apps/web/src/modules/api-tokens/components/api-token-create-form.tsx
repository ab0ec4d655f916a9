import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { createApiTokenInputSchema, type CreateApiTokenInput } from '@obieg/contracts/auth';
import { PERMISSIONS, type Permission } from '@obieg/contracts/permissions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { endOfOfficeDay } from '../../../shared/format/dates';
import { useFormState } from '../../../shared/forms/use-form-state';
import { validateWithSchema } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useMe } from '../../auth/auth.queries';
import { apiTokensKey, createApiToken } from '../api-tokens.api';

const FIELDS = ['/name', '/serviceAccountLogin', '/permissions', '/expiresAt'];
const MESSAGES = { '/serviceAccountLogin': 'organization.users.login.invalid' } as const;

export function ApiTokenCreateForm({
  onCreated,
}: {
  onCreated: (result: { name: string; token: string }) => void;
}) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const form = useFormState({
    name: '',
    serviceAccountLogin: '',
    permissions: [] as string[],
    expiresOn: '',
  });
  const mutation = useMutation({
    mutationFn: createApiToken,
    onSuccess: async (created) => {
      form.reset();
      onCreated({ name: created.name, token: created.token });
      await queryClient.invalidateQueries({ queryKey: apiTokensKey });
    },
    onError: (error) => form.applyApiError(error, t, MESSAGES),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { expiresOn, ...rest } = form.values;
    const input = { ...rest, expiresAt: expiresOn ? endOfOfficeDay(expiresOn) : undefined };
    const result = validateWithSchema({ schema: createApiTokenInputSchema, input, t, messages: MESSAGES });
    if (!result.ok) {
      const { '/expiresAt': expiresError, ...others } = result.errors;
      return form.setErrors(expiresError ? { ...others, '/expiresOn': expiresError } : others);
    }
    form.setErrors({});
    mutation.mutate(result.data as CreateApiTokenInput);
  };

  // A token can only carry permissions its creator holds.
  const grantable = PERMISSIONS.filter((permission: Permission) => me.permissions.includes(permission));

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="api-token-create-heading">
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} fieldPaths={FIELDS} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('api_tokens.name.label')}
            description={t('api_tokens.name.description')}
            required
            {...form.textProps('name')}
          />
          <TextInput
            label={t('api_tokens.service_account.label')}
            description={t('api_tokens.service_account.description')}
            required
            autoCapitalize="none"
            {...form.textProps('serviceAccountLogin')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('api_tokens.permissions.label')}
          description={t('api_tokens.permissions.description')}
          required
          value={form.values.permissions}
          onChange={(value) => form.setValue('permissions', value)}
          error={form.errors['/permissions']}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {grantable.map((permission) => (
              <Checkbox key={permission} value={permission} label={t(`permissions.${permission}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TextInput
          type="date"
          label={t('api_tokens.expires.label')}
          description={t('api_tokens.expires.description')}
          maw={260}
          {...form.textProps('expiresOn')}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('api_tokens.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
