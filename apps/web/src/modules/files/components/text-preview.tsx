import { Alert, Code, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import type { PreviewableFile } from '../file-preview.models';
import { filePreviewQuery } from '../files.queries';

/** Text, pretty-printed XML or the extracted text of a DOCX/ODT, in a scrollable, focusable block. */
export function TextPreview({ file, maxHeight }: { file: PreviewableFile; maxHeight: number | string }) {
  const t = useT();
  const query = useQuery(filePreviewQuery(file.id));
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return <LoadingState />;
  const preview = query.data;
  if (preview.kind !== 'text' && preview.kind !== 'xml') return null;
  const notices = [
    preview.kind === 'text' && preview.source !== 'text' && t('files.preview.extracted_text'),
    preview.kind === 'xml' && !preview.wellFormed && t('files.preview.xml_malformed'),
    preview.truncated && t('files.preview.truncated'),
  ].filter((notice): notice is string => Boolean(notice));
  return (
    <Stack gap="xs">
      {notices.map((notice) => (
        <Alert key={notice} variant="light" color="blue" p="xs">
          <Text size="sm">{notice}</Text>
        </Alert>
      ))}
      {preview.text.trim() === '' ? (
        <Text c="dimmed">{t('files.preview.empty_text')}</Text>
      ) : (
        <Code
          block
          tabIndex={0}
          role="region"
          aria-label={t('files.preview.text_label', { name: file.name })}
          data-testid="file-preview-text"
          style={{ maxHeight, overflow: 'auto', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {preview.text}
        </Code>
      )}
    </Stack>
  );
}
