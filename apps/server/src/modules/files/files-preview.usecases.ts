import type { Readable } from 'node:stream';
import { filePreviewKind, type FilePreview, type FilePreviewKind } from '@obieg/contracts/files-preview';
import { withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { PREVIEW_SOURCE_BYTES, PREVIEW_TEXT_BYTES } from './files-preview.constants.js';
import {
  createPreviewDamagedError,
  createPreviewPageNotFoundError,
  createPreviewTooLargeError,
  createPreviewUnavailableError,
} from './files-preview.errors.js';
import { buildTextPreview } from './files-preview.models.js';
import { convertTiffPageToPng } from './files-preview-tiff.models.js';
import { PreviewConversionError } from './files-preview-zip.models.js';
import { createFileNotFoundError } from './files.errors.js';
import { createFilesRepository } from './files.repository.js';
import type { FilesDeps } from './files.usecases.js';

type Converted = Exclude<FilePreviewKind, 'pdf' | 'image'>;
type Opened = { preview: FilePreview } | { kind: Converted; whole: boolean; content: Readable };

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

function translateConversionError(error: unknown): never {
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
  const opened = await withAuditedTenant({ deps, ctx }, async (tx, audit): Promise<Opened> => {
    const row = await createFilesRepository({ db: tx }).findFileById({ tenantId: ctx.actor.tenantId, id });
    if (!row) throw createFileNotFoundError();
    const kind = filePreviewKind(row.mediaType);
    if (!kind)
      throw createPreviewUnavailableError({
        detail: `There is no preview for ${row.mediaType}; download it.`,
      });
    if (kind === 'pdf' || kind === 'image')
      return { preview: { kind, contentUrl: `/api/v1/files/${row.id}/content?inline=1` } };
    const whole = kind === 'tiff' || kind === 'docx' || kind === 'odt';
    if (whole && row.size > PREVIEW_SOURCE_BYTES)
      throw createPreviewTooLargeError({
        detail: `Files above ${PREVIEW_SOURCE_BYTES} bytes are only downloaded.`,
      });
    const content = await deps.fileStore.open(row.storageKey);
    try {
      await audit({
        action: 'files.content_read',
        subjectType: 'file',
        subjectId: row.id,
        details: {
          name: row.name,
          sha256: row.sha256,
          purpose: 'preview',
          ...(kind === 'tiff' ? { page } : {}),
        },
      });
    } catch (error) {
      content.destroy();
      throw error;
    }
    return { kind, whole, content };
  });
  if ('preview' in opened) return { format: 'json', preview: opened.preview };

  const { bytes, truncated } = await readAtMost(
    opened.content,
    opened.whole ? PREVIEW_SOURCE_BYTES : PREVIEW_TEXT_BYTES,
  );
  try {
    if (opened.kind === 'tiff') {
      const { png, pageCount } = convertTiffPageToPng(bytes, { page });
      return { format: 'png', png, page, pageCount };
    }
    return { format: 'json', preview: buildTextPreview({ kind: opened.kind, bytes, truncated }) };
  } catch (error) {
    return translateConversionError(error);
  }
}
