import { Table, Title } from '@mantine/core';
import type { Position } from '@obieg/contracts/organization';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { updatePosition } from '../organization.api';
import { organizationKeys, orgUnitsQuery, positionsQuery, rolesQuery } from '../organization.queries';
import { PositionCreateForm } from './position-create-form';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { useNotify } from '../../../shared/hooks/use-notify';

export function UserPositions({ userId, canManage }: { userId: string; canManage: boolean }) {
  const t = useT();
  const notify = useNotify();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const positions = useQuery(positionsQuery({ userId }));
  const roles = useQuery(rolesQuery());
  const units = useQuery(orgUnitsQuery());
  const end = useMutation({
    mutationFn: (position: Position) =>
      updatePosition({ id: position.id, input: { validTo: todayInOffice() } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.positions }),
    onError: (error) => notify.error(error),
  });
  const roleName = (id: string) => roles.data?.find((role) => role.id === id)?.name ?? id;

  return (
    <>
      <QueryBoundary query={positions}>
        {(items) => (
          <TableScroll minWidth={700} label={t('organization.positions.heading')}>
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('organization.positions.title.label')}</Table.Th>
                  <Table.Th scope="col">{t('organization.positions.unit.label')}</Table.Th>
                  <Table.Th scope="col">{t('organization.positions.roles.label')}</Table.Th>
                  <Table.Th scope="col">{t('organization.positions.validity')}</Table.Th>
                  {canManage && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 && (
                  <EmptyRow colSpan={canManage ? 5 : 4} text={t('organization.positions.empty')} />
                )}
                {items.map((position) => (
                  <Table.Tr key={position.id}>
                    <Table.Th scope="row" fw={400}>
                      {position.title}
                    </Table.Th>
                    <Table.Td>{position.orgUnitSymbol}</Table.Td>
                    <Table.Td>{position.roleIds.map(roleName).join(', ')}</Table.Td>
                    <Table.Td>
                      {format.date(position.validFrom)} –{' '}
                      {position.validTo ? format.date(position.validTo) : '…'}
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        {position.validTo === null && (
                          <ConfirmButton
                            size="xs"
                            aria-label={t('organization.positions.end.label', { title: position.title })}
                            title={t('organization.positions.end.title')}
                            message={t('organization.positions.end.message', { title: position.title })}
                            confirmLabel={t('organization.positions.end.confirm')}
                            onConfirm={() => end.mutate(position)}
                          >
                            {t('organization.positions.end.button')}
                          </ConfirmButton>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </QueryBoundary>
      {canManage && roles.data && units.data && (
        <>
          <Title order={3} size="h5" mt="md" mb="xs" id="position-create-heading">
            {t('organization.positions.create.heading')}
          </Title>
          <PositionCreateForm userId={userId} units={units.data} roles={roles.data} />
        </>
      )}
    </>
  );
}
