import { Text } from '@mantine/core';
import { Page } from '../../shared/ui/page';
import { useT } from '../../locales/i18n-context';

export function Forbidden() {
  const t = useT();
  return (
    <Page title={t('layout.forbidden.title')}>
      <Text>{t('layout.forbidden.text')}</Text>
    </Page>
  );
}
