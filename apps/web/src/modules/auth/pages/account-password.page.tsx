import { Box, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../locales/i18n-context';
import { Page } from '../../../shared/ui/page';
import { meQueryKey } from '../auth.queries';
import { PasswordChangeForm } from '../components/password-change-form';
import { useNotify } from '../../../shared/hooks/use-notify';

export function AccountPasswordPage() {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return (
    <Page title={t('auth.password.title')}>
      <Box maw={460}>
        <Text mb="md">{t('auth.password.intro')}</Text>
        <PasswordChangeForm
          onChanged={() => {
            notify.success(t('auth.password.changed'));
            void queryClient.invalidateQueries({ queryKey: meQueryKey });
          }}
        />
      </Box>
    </Page>
  );
}
