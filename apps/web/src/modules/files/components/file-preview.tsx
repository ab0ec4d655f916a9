import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';
import { fileContentUrl, previewKindOf, type PreviewableFile } from '../file-preview.models';
import { ImagePreview, TiffPreview } from './image-preview';
import { PdfPreview } from './pdf-preview';
import { TextPreview } from './text-preview';

export type FilePreviewProps = {
  /** The file shown: a `FileDto` (or anything with its id, name, detected media type and size). */
  file: PreviewableFile;
  /** Height of the scrolling preview area (a CSS length or pixels); default `70vh`. */
  maxHeight?: number | string;
};

/**
 * A file shown in the browser, always with a download button (`Content-Disposition: attachment`
 * under the file's own name):
 * - PDF: pdf.js, page by page on a canvas, with page and zoom controls (pdf.js loads on first use);
 * - JPEG, PNG, GIF, SVG: the image itself; TIFF: each page converted to PNG by the server;
 * - text and XML (pretty-printed), DOCX and ODT (their text only): a scrollable block;
 * - anything else: "Podgląd niedostępny" and the download.
 * Each showing reads the content once, and the server records every read in the audit log.
 */
export function FilePreview({ file, maxHeight = '70vh' }: FilePreviewProps) {
  const t = useT();
  const kind = previewKindOf(file);
  const props = { file, maxHeight };
  return (
    <Stack
      gap="sm"
      role="region"
      aria-label={t('files.preview.region', { name: file.name })}
      data-testid="file-preview"
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {file.name}
        </Text>
        <Button
          component="a"
          href={fileContentUrl(file.id, { download: true })}
          download={file.name}
          variant="light"
          aria-label={t('files.preview.download_label', { name: file.name })}
        >
          {t('files.preview.download')}
        </Button>
      </Group>
      {kind === 'pdf' && <PdfPreview key={file.id} {...props} />}
      {kind === 'image' && <ImagePreview key={file.id} {...props} />}
      {kind === 'tiff' && <TiffPreview key={file.id} {...props} />}
      {(kind === 'text' || kind === 'xml' || kind === 'docx' || kind === 'odt') && (
        <TextPreview key={file.id} {...props} />
      )}
      {kind === null && (
        <Alert variant="light" color="gray" title={t('files.preview.unavailable')}>
          {t('files.preview.unavailable_hint')}
        </Alert>
      )}
    </Stack>
  );
}
