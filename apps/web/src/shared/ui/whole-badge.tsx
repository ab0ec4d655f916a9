import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A badge read whole: a narrow table column never cuts its words to "Doręc…" (Mantine's default). */
export function WholeBadge({
  children,
  ...props
}: BadgeProps & { children: ReactNode; 'data-dispatch-status'?: string }) {
  return (
    <Badge
      {...props}
      styles={{ root: { overflow: 'visible', maxWidth: 'none' }, label: { overflow: 'visible' } }}
    >
      {children}
    </Badge>
  );
}
