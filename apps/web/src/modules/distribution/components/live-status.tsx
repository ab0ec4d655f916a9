import { Text } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';
import { useInboxLiveStatus } from '../inbox-events';

/** Whether the inbox follows changes as they happen, in words (a dot alone would be colour only). */
export function LiveStatus() {
  const t = useT();
  const status = useInboxLiveStatus();
  if (status === 'off') return null;
  const live = status === 'live';
  return (
    <Text size="sm" c={live ? 'teal.9' : 'orange.9'} role="status" data-live={status}>
      <span aria-hidden>{live ? '● ' : '○ '}</span>
      {t(live ? 'distribution.inbox.live' : 'distribution.inbox.reconnecting')}
    </Text>
  );
}
