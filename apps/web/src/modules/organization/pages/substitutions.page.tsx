import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { Page } from '../../../shared/ui/page';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { SubstitutionCreateForm } from '../components/substitution-create-form';
import { revokeSubstitution } from '../organization.api';
import { organizationKeys, substitutionsQuery, userOptionsQuery } from '../organization.queries';
import { substitutionState, type SubstitutionState } from '../substitutions.models';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { useNotify } from '../../../shared/hooks/use-notify';

const STATE_COLOR: Record<SubstitutionState, string> = {
  current: 'blue',
  planned: 'grape',
  ended: 'gray',
  revoked: 'red',
};
const stateKey = (state: SubstitutionState) => `organization.substitutions.state.${state}` as const;

export function SubstitutionsPage() {
  const t = useT();
  const notify = useNotify();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const substitutions = useQuery(substitutionsQuery());
  const users = useQuery(userOptionsQuery());
  const today = todayInOffice();
  const revoke = useMutation({
    mutationFn: revokeSubstitution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.substitutions }),
    onError: (error) => notify.error(error),
  });

  return (
    <Page title={t('organization.substitutions.title')}>
      <Text>{t('organization.substitutions.intro')}</Text>
      <QueryBoundary query={substitutions}>
        {(items) => (
          <TableScroll minWidth={800} label={t('organization.substitutions.title')}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('organization.substitutions.absent.label')}</Table.Th>
                  <Table.Th scope="col">{t('organization.substitutions.substitute.label')}</Table.Th>
                  <Table.Th scope="col">{t('organization.substitutions.period')}</Table.Th>
                  <Table.Th scope="col">{t('organization.substitutions.reason.label')}</Table.Th>
                  <Table.Th scope="col">{t('organization.substitutions.state')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 && <EmptyRow colSpan={6} text={t('organization.substitutions.empty')} />}
                {items.map((substitution) => {
                  const state = substitutionState(substitution, today);
                  return (
                    <Table.Tr key={substitution.id}>
                      <Table.Th scope="row" fw={400}>
                        {substitution.absentUserDisplayName}
                      </Table.Th>
                      <Table.Td>{substitution.substituteUserDisplayName}</Table.Td>
                      <Table.Td>
                        {format.date(substitution.validFrom)} – {format.date(substitution.validTo)}
                      </Table.Td>
                      <Table.Td>{substitution.reason ?? '—'}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={STATE_COLOR[state]}>
                          {t(stateKey(state))}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {(state === 'current' || state === 'planned') && (
                          <ConfirmButton
                            size="xs"
                            aria-label={t('organization.substitutions.revoke.label', {
                              name: substitution.absentUserDisplayName,
                            })}
                            title={t('organization.substitutions.revoke.title')}
                            message={t('organization.substitutions.revoke.message', {
                              substitute: substitution.substituteUserDisplayName,
                              absent: substitution.absentUserDisplayName,
                            })}
                            confirmLabel={t('organization.substitutions.revoke.confirm')}
                            onConfirm={() => revoke.mutate(substitution.id)}
                          >
                            {t('organization.substitutions.revoke.button')}
                          </ConfirmButton>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </QueryBoundary>
      <Paper withBorder p="md" component="section" aria-labelledby="substitution-create-heading">
        <Title order={2} size="h4" mb="sm" id="substitution-create-heading">
          {t('organization.substitutions.create.heading')}
        </Title>
        <SubstitutionCreateForm users={users.data ?? []} />
      </Paper>
    </Page>
  );
}
