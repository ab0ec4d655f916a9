import { Group, Stack, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { consumeHeadingFocus } from '../../app/layout/heading-focus';
import { useDocumentTitle } from '../hooks/use-document-title';

/** A screen: its only `<h1>`, the document title, optional actions beside the heading. */
export function Page({
  title,
  documentTitle,
  actions,
  children,
}: {
  title: string;
  documentTitle?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(documentTitle ?? title);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => consumeHeadingFocus(headingRef.current), []);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={1} size="h2" tabIndex={-1} ref={headingRef} data-page-heading>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
