import { z } from 'zod';

/**
 * How a file is previewed, told from its detected media type:
 * - `pdf`, `image`: the browser renders the content itself (`/api/v1/files/{id}/content?inline=1`);
 * - `tiff`: the server converts one page to PNG (`/api/v1/files/{id}/preview?page=N`);
 * - `text`, `xml`, `docx`, `odt`: the server answers text (`/api/v1/files/{id}/preview`).
 * `null`: no preview, only the download.
 */
export const FILE_PREVIEW_KINDS = ['pdf', 'image', 'tiff', 'text', 'xml', 'docx', 'odt'] as const;
export type FilePreviewKind = (typeof FILE_PREVIEW_KINDS)[number];

const PREVIEW_KIND_BY_MEDIA_TYPE: Readonly<Record<string, FilePreviewKind>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/gif': 'image',
  'image/svg+xml': 'image',
  'image/tiff': 'tiff',
  'text/plain': 'text',
  'text/csv': 'text',
  'text/css': 'text',
  'text/html': 'text',
  'application/xml': 'xml',
  'application/xhtml+xml': 'xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
};

export function filePreviewKind(mediaType: string): FilePreviewKind | null {
  return PREVIEW_KIND_BY_MEDIA_TYPE[mediaType] ?? null;
}

/** Headers of a TIFF page answered as `image/png`. */
export const FILE_PREVIEW_PAGE_COUNT_HEADER = 'x-page-count';
export const FILE_PREVIEW_PAGE_HEADER = 'x-page';

export const filePreviewQuerySchema = z.object({
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .optional()
    .describe('TIFF only: the page to convert (1-based, default 1).'),
});

const textFields = {
  text: z.string(),
  truncated: z.boolean().describe('Only the beginning is shown (about 1 MB of text).'),
};

export const filePreviewSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    ...textFields,
    source: z.enum(['text', 'docx', 'odt']).describe('`docx`/`odt`: text extracted from the document.'),
    charset: z
      .enum(['utf-8', 'windows-1250', 'iso-8859-2'])
      .nullable()
      .describe('How plain text was decoded; null for extracted text.'),
  }),
  z.object({
    kind: z.literal('xml'),
    ...textFields,
    wellFormed: z.boolean().describe('False: the XML is malformed and shown as it is, not pretty-printed.'),
  }),
  z.object({
    kind: z.enum(['pdf', 'image']),
    contentUrl: z.string().describe('Rendered by the browser from this URL (an audited read).'),
  }),
]);
export type FilePreview = z.infer<typeof filePreviewSchema>;
export type FileTextPreview = Extract<FilePreview, { kind: 'text' | 'xml' }>;
