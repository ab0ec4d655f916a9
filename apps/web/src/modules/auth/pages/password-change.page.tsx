import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { PublicLayout } from '../../../app/layout/public-layout';
import { useT } from '../../../locales/i18n-context';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { logout } from '../auth.api';
import { meQueryOptions } from '../auth.queries';
import { PasswordChangeForm } from '../components/password-change-form';
import { useNotify } from '../../../shared/hooks/use-notify';

/** Shown right after login while the password is a temporary one set by the administrator. */
export function PasswordChangePage() {
  const t = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useDocumentTitle(t('auth.password.title'));

  return (
    <PublicLayout>
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('auth.password.title')}
        </Title>
        <Text>{t('auth.password.forced.intro')}</Text>
        <PasswordChangeForm
          onChanged={async () => {
            notify.success(t('auth.password.changed'));
            // Read the account again: the layout lets the user in only once `mustChangePassword` is false.
            await queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
            await navigate({ to: '/' });
          }}
        />
        <Anchor
          component="button"
          type="button"
          onClick={async () => {
            await logout().catch(() => undefined);
            queryClient.clear();
            await navigate({ to: '/login' });
          }}
        >
          {t('layout.user_menu.logout')}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}
