import { ActionIcon, Group, Text } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden focusable="false">
      <path
        d={direction === 'left' ? 'M10 3 5 8l5 5' : 'M6 3l5 5-5 5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
    </svg>
  );
}

/** Previous / next page buttons and "page N of M", announced politely when the page changes. */
export function PageNavigation({
  page,
  pageCount,
  onChange,
}: {
  page: number;
  pageCount: number;
  onChange: (page: number) => void;
}) {
  const t = useT();
  return (
    <Group gap="xs" wrap="nowrap">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('files.preview.page_previous')}
        disabled={page <= 1}
        onClick={() => onChange(page - 1)}
      >
        <Chevron direction="left" />
      </ActionIcon>
      <Text size="sm" aria-live="polite" data-testid="preview-page-status">
        {t('files.preview.page_status', { page, count: pageCount })}
      </Text>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('files.preview.page_next')}
        disabled={page >= pageCount}
        onClick={() => onChange(page + 1)}
      >
        <Chevron direction="right" />
      </ActionIcon>
    </Group>
  );
}
