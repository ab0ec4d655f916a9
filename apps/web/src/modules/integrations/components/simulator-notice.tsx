import { Alert, Badge, Group, Text } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';

/** Marks a demonstration tool as such: a "Symulator" badge and a sentence saying what it does. */
export function SimulatorNotice({ children }: { children: string }) {
  const t = useT();
  return (
    <Alert variant="light" color="grape" data-testid="simulator-notice">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Badge variant="filled" color="grape" tt="none" style={{ flexShrink: 0 }}>
          {t('integrations.simulators.badge')}
        </Badge>
        <Text size="sm" c="var(--mantine-color-text)">
          {children}
        </Text>
      </Group>
    </Alert>
  );
}
