import { Badge, Button, Group, NativeSelect, Stack, Switch, Table, TextInput } from '@mantine/core';
import { createOrganInputSchema, organKindSchema, type Organ } from '@obieg/contracts/organization';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormState } from '../../../shared/forms/use-form-state';
import { validateWithSchema } from '../../../shared/forms/validation';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { useCan } from '../../auth/auth.queries';
import { createOrgan, updateOrgan } from '../organization.api';
import { organizationKeys, organsQuery } from '../organization.queries';
import { useNotify } from '../../../shared/hooks/use-notify';

const kindKey = (kind: Organ['kind']) => `organization.organs.kind.${kind}` as const;

/** Organs (wójt, rada gminy…): who items are addressed to and who signs letters. */
export function OrgansPanel() {
  const t = useT();
  const notify = useNotify();
  const can = useCan();
  const queryClient = useQueryClient();
  const organs = useQuery(organsQuery());
  const form = useFormState({ name: '', kind: 'executive' as string });
  const invalidate = () => queryClient.invalidateQueries({ queryKey: organizationKeys.organs });
  const create = useMutation({
    mutationFn: createOrgan,
    onSuccess: async () => {
      form.reset();
      await invalidate();
    },
    onError: (error) => form.applyApiError(error, t),
  });
  const toggle = useMutation({
    mutationFn: updateOrgan,
    onSuccess: invalidate,
    onError: (error) => notify.error(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateWithSchema({ schema: createOrganInputSchema, input: form.values, t });
    if (!result.ok) return form.setErrors(result.errors);
    create.mutate(result.data);
  };

  const kinds = organKindSchema.options.map((kind) => ({ value: kind, label: t(kindKey(kind)) }));

  return (
    <Stack gap="md">
      <QueryBoundary query={organs}>
        {(items) => (
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organization.organs.name.label')}</Table.Th>
                <Table.Th scope="col">{t('organization.organs.kind.label')}</Table.Th>
                <Table.Th scope="col">{t('organization.organs.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 && <EmptyRow colSpan={3} text={t('organization.organs.empty')} />}
              {items.map((organ) => (
                <Table.Tr key={organ.id}>
                  <Table.Th scope="row" fw={400}>
                    {organ.name}
                  </Table.Th>
                  <Table.Td>{t(kindKey(organ.kind))}</Table.Td>
                  <Table.Td>
                    {can('organization:manage') ? (
                      <Switch
                        label={t('organization.organs.active.label', { name: organ.name })}
                        checked={organ.active}
                        onChange={(event) =>
                          toggle.mutate({ id: organ.id, input: { active: event.currentTarget.checked } })
                        }
                      />
                    ) : (
                      <Badge variant="light" color={organ.active ? 'blue' : 'gray'}>
                        {organ.active ? t('common.active') : t('common.inactive')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryBoundary>
      {can('organization:manage') && (
        <form onSubmit={onSubmit} noValidate aria-label={t('organization.organs.create.heading')}>
          <ErrorAlert error={create.error} fieldPaths={['/name', '/kind']} />
          <Group align="flex-start" mt="xs">
            <TextInput label={t('organization.organs.name.label')} required {...form.textProps('name')} />
            <NativeSelect
              label={t('organization.organs.kind.label')}
              data={kinds}
              {...form.textProps('kind')}
            />
            <Button type="submit" mt={25} loading={create.isPending}>
              {t('organization.organs.create.submit')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
