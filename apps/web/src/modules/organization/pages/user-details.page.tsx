import { Paper, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { useCan } from '../../auth/auth.queries';
import { PasswordResetForm } from '../components/password-reset-form';
import { UserAccountForm } from '../components/user-account-form';
import { UserPositions } from '../components/user-positions';
import { UserStatusBadges } from '../components/user-status-badges';
import { getUser } from '../organization.api';
import { organizationKeys } from '../organization.queries';
import { AnchorLink } from '../../../shared/ui/anchor-link';

export function UserDetailsPage() {
  const t = useT();
  const can = useCan();
  const { userId } = useParams({ from: '/app/users/$userId' });
  const user = useQuery({
    queryKey: [...organizationKeys.users, 'detail', userId],
    queryFn: () => getUser(userId),
  });
  const canManage = can('users:manage');

  if (user.error || !user.data) {
    return (
      <Page title={t('organization.users.details.title')}>
        {user.error ? <ErrorAlert error={user.error} /> : <LoadingState />}
      </Page>
    );
  }
  const data = user.data;
  return (
    <Page title={data.displayName} actions={<UserStatusBadges user={data} />}>
      <AnchorLink to="/users">{t('organization.users.back')}</AnchorLink>
      <Paper withBorder p="md" component="section" aria-labelledby="user-account-heading">
        <Title order={2} size="h4" mb="sm" id="user-account-heading">
          {t('organization.users.account.heading')}
        </Title>
        <UserAccountForm key={data.id} user={data} canManage={canManage} />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="user-positions-heading">
        <Title order={2} size="h4" mb="sm" id="user-positions-heading">
          {t('organization.positions.heading')}
        </Title>
        <UserPositions userId={data.id} canManage={canManage} />
      </Paper>
      {canManage && (
        <Paper withBorder p="md" component="section" aria-labelledby="user-password-heading">
          <Title order={2} size="h4" mb="sm" id="user-password-heading">
            {t('organization.users.password_reset.heading')}
          </Title>
          <PasswordResetForm user={data} />
        </Paper>
      )}
    </Page>
  );
}
