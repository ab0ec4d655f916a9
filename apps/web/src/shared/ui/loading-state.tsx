import { Center, Loader } from '@mantine/core';
import { useT } from '../../locales/i18n-context';

export function LoadingState() {
  const t = useT();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden />
      <span className="visually-hidden">{t('common.loading')}</span>
    </Center>
  );
}
