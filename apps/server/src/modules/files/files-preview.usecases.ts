import type { Readable } from 'node:stream';
import { filePreviewKind, type FilePreview } from '@obieg/contracts/files-preview';
import { loadOnce } from '../../shared/load-once.js';
import type { Context } from '../auth/auth.types.js';
import { PREVIEW_SOURCE_BYTES, PREVIEW_TEXT_BYTES } from './files-preview.constants.js';
import {
  createPreviewDamagedError,
  createPreviewPageNotFoundError,
  createPreviewTooLargeError,
  createPreviewUnavailableError,
} from './files-preview.errors.js';
import { getFile, readFileContent, type FilesDeps } from './files.usecases.js';

export type FilePreviewResult =
  | { format: 'json'; preview: FilePreview }
  | { format: 'png'; png: Uint8Array; page: number; pageCount: number };

/** Reads at most `maxBytes` of a stream, then lets it go; `truncated` when there was more. */
async function readAtMost(stream: Readable, maxBytes: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBytes) {
        truncated = true;
        break;
      }
    }
  } finally {
    stream.destroy();
  }
  return { bytes: new Uint8Array(Buffer.concat(chunks).subarray(0, maxBytes)), truncated };
}

/**
 * The converters (TIFF decoding, PNG encoding, unzipping) are loaded at the first preview that
 * needs one: heap a server never carries until then (ADR 0008).
 */
const loadConverters = loadOnce(async () => {
  const [text, tiff, zip] = await Promise.all([
    import('./files-preview.models.js'),
    import('./files-preview-tiff.models.js'),
    import('./files-preview-zip.models.js'),
  ]);
  return {
    buildTextPreview: text.buildTextPreview,
    convertTiffPageToPng: tiff.convertTiffPageToPng,
    PreviewConversionError: zip.PreviewConversionError,
  };
});

async function translateConversionError(error: unknown): Promise<never> {
  const { PreviewConversionError } = await loadConverters();
  if (!(error instanceof PreviewConversionError)) throw error;
  const extras = { detail: error.message, cause: error };
  if (error.reason === 'too_large') throw createPreviewTooLargeError(extras);
  if (error.reason === 'page_not_found') throw createPreviewPageNotFoundError(extras);
  throw createPreviewDamagedError(extras);
}

/**
 * A preview of a file for the browser. PDF and images are shown from their content URL (that
 * read is audited there); TIFF, text, XML, DOCX and ODT are converted here, each conversion being
 * a read of the content recorded as `files.content_read` with `purpose: 'preview'`.
 */
export async function previewFile({
  deps,
  ctx,
  id,
  page = 1,
}: {
  deps: FilesDeps;
  ctx: Context;
  id: string;
  page?: number;
}): Promise<FilePreviewResult> {
  const file = await getFile({ deps, ctx, id });
  const kind = filePreviewKind(file.mediaType);
  if (!kind)
    throw createPreviewUnavailableError({
      detail: `There is no preview for ${file.mediaType}; download it.`,
    });
  if (kind === 'pdf' || kind === 'image')
    return { format: 'json', preview: { kind, contentUrl: `/api/v1/files/${file.id}/content?inline=1` } };
  const whole = kind === 'tiff' || kind === 'docx' || kind === 'odt';
  if (whole && file.size > PREVIEW_SOURCE_BYTES)
    throw createPreviewTooLargeError({
      detail: `Files above ${PREVIEW_SOURCE_BYTES} bytes are only downloaded.`,
    });
  const { content } = await readFileContent({
    deps,
    ctx,
    id,
    details: { purpose: 'preview', ...(kind === 'tiff' ? { page } : {}) },
  });
  const { bytes, truncated } = await readAtMost(content, whole ? PREVIEW_SOURCE_BYTES : PREVIEW_TEXT_BYTES);
  const { buildTextPreview, convertTiffPageToPng } = await loadConverters();
  try {
    if (kind === 'tiff') {
      const { png, pageCount } = convertTiffPageToPng(bytes, { page });
      return { format: 'png', png, page, pageCount };
    }
    return { format: 'json', preview: buildTextPreview({ kind, bytes, truncated }) };
  } catch (error) {
    return translateConversionError(error);
  }
}
