import { Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { PublicLayout } from '../../../app/layout/public-layout';
import { useT } from '../../../locales/i18n-context';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { meQueryKey } from '../auth.queries';
import { LoginForm } from '../components/login-form';

export function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { redirect } = useSearch({ from: '/login' });
  useDocumentTitle(t('auth.login.document_title'), { exact: true });

  return (
    <PublicLayout>
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('auth.login.title')}
        </Title>
        <LoginForm
          onLoggedIn={(me) => {
            queryClient.setQueryData(meQueryKey, me);
            if (me.mustChangePassword) void navigate({ to: '/password' });
            else void navigate({ href: redirect ?? '/' });
          }}
        />
      </Stack>
    </PublicLayout>
  );
}
