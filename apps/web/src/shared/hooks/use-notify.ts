import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useT } from '../../locales/i18n-context';
import { errorMessage } from '../ui/error-message';

/** Short confirmations and failures in the corner, with a labelled close button. */
export function useNotify() {
  const t = useT();
  return useMemo(() => {
    const closeButtonProps = { 'aria-label': t('common.close') };
    return {
      success: (message: string) => notifications.show({ color: 'teal', message, closeButtonProps }),
      info: (message: string) => notifications.show({ color: 'blue', message, closeButtonProps }),
      error: (error: unknown) =>
        notifications.show({ color: 'red', message: errorMessage(t, error), closeButtonProps }),
    };
  }, [t]);
}
