import { Badge, Button, Grid, Modal, NavLink, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { Page } from '../../../shared/ui/page';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { useCan } from '../../auth/auth.queries';
import { RoleCreateForm } from '../components/role-create-form';
import { RoleEditor } from '../components/role-editor';
import { rolesQuery } from '../organization.queries';

export function RolesPage() {
  const t = useT();
  const can = useCan();
  const roles = useQuery(rolesQuery());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const canManage = can('roles:manage');

  return (
    <Page
      title={t('organization.roles.title')}
      actions={
        canManage && (
          <Button onClick={() => setCreating(true)}>{t('organization.roles.create.button')}</Button>
        )
      }
    >
      <QueryBoundary query={roles}>
        {(items) => {
          const selected = items.find((role) => role.id === selectedId) ?? items[0];
          return (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 3 }}>
                <nav aria-label={t('organization.roles.list.label')}>
                  {items.map((role) => (
                    <NavLink
                      key={role.id}
                      component="button"
                      type="button"
                      label={role.name}
                      description={role.system ? t('organization.roles.system') : undefined}
                      active={role.id === selected?.id}
                      aria-current={role.id === selected?.id ? 'true' : undefined}
                      onClick={() => setSelectedId(role.id)}
                    />
                  ))}
                </nav>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 9 }}>
                {selected ? (
                  <Paper withBorder p="md" component="section" aria-labelledby="role-editor-heading">
                    <Title order={2} size="h4" mb="sm" id="role-editor-heading">
                      {selected.name}{' '}
                      {selected.system && (
                        <Badge variant="light" color="gray" ml="xs">
                          {t('organization.roles.system')}
                        </Badge>
                      )}
                    </Title>
                    <RoleEditor key={selected.id} role={selected} canManage={canManage} />
                  </Paper>
                ) : (
                  <Text>{t('organization.roles.empty')}</Text>
                )}
              </Grid.Col>
            </Grid>
          );
        }}
      </QueryBoundary>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('organization.roles.create.heading')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <RoleCreateForm
          onCancel={() => setCreating(false)}
          onCreated={(role) => {
            setCreating(false);
            setSelectedId(role.id);
          }}
        />
      </Modal>
    </Page>
  );
}
