import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a case screen: a bordered section named by its `<h2>`. */
export function CaseSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
