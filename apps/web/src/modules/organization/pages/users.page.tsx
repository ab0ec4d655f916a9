import { Button, Modal, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useCursorList } from '../../../shared/hooks/use-cursor-list';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadMore } from '../../../shared/ui/load-more';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { useCan } from '../../auth/auth.queries';
import { UserCreateForm } from '../components/user-create-form';
import { UserStatusBadges } from '../components/user-status-badges';
import { listUsers } from '../organization.api';
import { organizationKeys } from '../organization.queries';
import { TableScroll } from '../../../shared/ui/table-scroll';

export function UsersPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [creating, setCreating] = useState(false);
  const users = useCursorList({
    queryKey: [...organizationKeys.users, 'list', q],
    fetchPage: (cursor) => listUsers({ q: q || undefined, cursor }),
  });

  return (
    <Page
      title={t('organization.users.title')}
      actions={
        can('users:manage') && (
          <Button onClick={() => setCreating(true)}>{t('organization.users.create.button')}</Button>
        )
      }
    >
      <TextInput
        type="search"
        label={t('organization.users.search.label')}
        description={t('organization.users.search.description')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={420}
      />
      {users.error && <ErrorAlert error={users.error} />}
      {users.isPending ? (
        <LoadingState />
      ) : (
        <TableScroll minWidth={700} label={t('organization.users.title')}>
          <Table striped highlightOnHover>
            <Table.Caption aria-live="polite">
              {t('organization.users.caption', { count: users.items.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organization.users.display_name.label')}</Table.Th>
                <Table.Th scope="col">{t('organization.users.login.label')}</Table.Th>
                <Table.Th scope="col">{t('organization.users.email.label')}</Table.Th>
                <Table.Th scope="col">{t('organization.users.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.items.length === 0 && <EmptyRow colSpan={4} text={t('organization.users.empty')} />}
              {users.items.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Th scope="row" fw={400}>
                    <AnchorLink to="/users/$userId" params={{ userId: user.id }}>
                      {user.displayName}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td className="mono">{user.login}</Table.Td>
                  <Table.Td>{user.email ?? '—'}</Table.Td>
                  <Table.Td>
                    <UserStatusBadges user={user} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <LoadMore
        hasNextPage={users.hasNextPage}
        isFetchingNextPage={users.isFetchingNextPage}
        onLoadMore={() => void users.fetchNextPage()}
      />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('organization.users.create.heading')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <UserCreateForm
          onCancel={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            void navigate({ to: '/users/$userId', params: { userId: user.id } });
          }}
        />
      </Modal>
    </Page>
  );
}
