import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A description list of label–value pairs that wraps on narrow screens. */
export function Facts({ children }: { children: ReactNode }) {
  return <dl style={{ margin: 0, display: 'flex', flexDirection: 'column', gap: 4 }}>{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group component="div" gap="xs" wrap="wrap" align="baseline">
      <Text component="dt" size="sm" fw={600} miw="12rem">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere', flex: '1 1 14rem' }}>
        {children}
      </Text>
    </Group>
  );
}
