import { Group, Stack, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { consumeHeadingFocus, skipHeadingFocus } from '../../app/layout/heading-focus';
import { useDocumentTitle } from '../hooks/use-document-title';

/**
 * A screen: its only `<h1>`, the document title, optional actions beside the heading. After a
 * navigation the heading takes the focus, or `initialFocus` (the first field of a data-entry
 * screen, which then gets it on every visit).
 */
export function Page({
  title,
  documentTitle,
  actions,
  initialFocus,
  children,
}: {
  title: string;
  documentTitle?: string;
  actions?: ReactNode;
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  useDocumentTitle(documentTitle ?? title);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const field = initialFocus?.current;
    if (field) {
      skipHeadingFocus();
      field.focus();
    } else {
      consumeHeadingFocus(headingRef.current);
    }
    // Only when the screen mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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
