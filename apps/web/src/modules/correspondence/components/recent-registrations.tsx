import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import type { Registered } from '../use-registration-form';

/** The letters registered from this screen since it was opened, newest first. */
export function RecentRegistrations({ registered }: { registered: readonly Registered[] }) {
  const t = useT();
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h5" id={headingId} mb="xs">
        {t('correspondence.recent.heading')}
      </Title>
      {registered.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('correspondence.recent.none')}
        </Text>
      ) : (
        <Stack component="ol" gap={6} className="plain-list">
          {registered.map(({ item }) => (
            <li key={item.id}>
              <AnchorLink to="/incoming/$id" params={{ id: item.id }} size="sm" fw={600} className="mono">
                {item.rpwNumber}
              </AnchorLink>
              <Text size="sm" lineClamp={1}>
                {item.senders[0]?.displayName} — {item.title}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
