import { Box, Text, VisuallyHidden } from '@mantine/core';
import type { DocumentDiff } from '@obieg/contracts/documents';
import { useT } from '../../../locales/i18n-context';

/** Added words: underlined on green, removed: struck through on red — never colour alone. */
const ADDED = {
  textDecoration: 'underline',
  textDecorationThickness: 2,
  background: '#d3f9d8',
  color: '#0b3d1a',
} as const;
const REMOVED = {
  textDecoration: 'line-through',
  textDecorationThickness: 2,
  background: '#ffe3e3',
  color: '#6b0f0f',
} as const;

/**
 * The changes between two versions, word by word: `<ins>` and `<del>` (announced "dodano" /
 * "usunięto" by screen readers) in the running text, with the number of words added and removed.
 */
export function DocumentDiffView({ diff }: { diff: DocumentDiff }) {
  const t = useT();
  return (
    <Box data-testid="document-diff">
      <Text size="sm" fw={600} mb="xs" data-testid="document-diff-counts">
        {t('documents.diff.counts', {
          from: diff.from,
          to: diff.to,
          added: diff.added,
          removed: diff.removed,
        })}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('documents.diff.legend')}
      </Text>
      <Box
        tabIndex={0}
        role="region"
        aria-label={t('documents.diff.region', { from: diff.from, to: diff.to })}
        p="sm"
        bd="1px solid var(--mantine-color-gray-4)"
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          maxHeight: '60vh',
          overflow: 'auto',
          lineHeight: 1.7,
        }}
      >
        {diff.parts.map((part, index) =>
          part.kind === 'same' ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === 'added' ? (
            <ins key={index} style={ADDED}>
              <VisuallyHidden>{t('documents.diff.added_start')}</VisuallyHidden>
              {part.text}
              <VisuallyHidden>{t('documents.diff.added_end')}</VisuallyHidden>
            </ins>
          ) : (
            <del key={index} style={REMOVED}>
              <VisuallyHidden>{t('documents.diff.removed_start')}</VisuallyHidden>
              {part.text}
              <VisuallyHidden>{t('documents.diff.removed_end')}</VisuallyHidden>
            </del>
          ),
        )}
      </Box>
    </Box>
  );
}
