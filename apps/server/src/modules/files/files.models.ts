import type { FileDto } from '@obieg/contracts/files';
import { EXECUTABLE_MEDIA_TYPES, MAX_FILE_NAME_LENGTH } from './files.constants.js';
import type { FileRow } from './files.types.js';

/** The bytes a type is told from: the start and the end of the content (a ZIP lists its entries at the end). */
export type ContentSample = { head: Buffer; tail: Buffer; size: number };

const OOXML = 'application/vnd.openxmlformats-officedocument';

const startsWith = (bytes: Buffer, signature: string | number[], offset = 0) => {
  const sig = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature);
  return bytes.length >= offset + sig.length && bytes.subarray(offset, offset + sig.length).equals(sig);
};
const contains = (sample: ContentSample, text: string, encoding: BufferEncoding = 'latin1') => {
  const needle = Buffer.from(text, encoding);
  return sample.head.includes(needle) || sample.tail.includes(needle);
};

/**
 * The media type of the content, from its magic bytes (never from the name). `null` when the
 * content is of no recognised kind. Executables get their own types, which are never accepted.
 */
export function sniffMediaType(sample: ContentSample): string | null {
  const h = sample.head;
  if (startsWith(h, 'MZ')) return 'application/x-msdownload';
  if (startsWith(h, [0x7f, 0x45, 0x4c, 0x46])) return 'application/x-executable';
  for (const magic of [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe])
    if (h.length >= 4 && h.readUInt32BE(0) === magic) return 'application/x-mach-binary';
  if (startsWith(h, '#!')) return 'text/x-shellscript';
  if (h.subarray(0, 1024).includes(Buffer.from('%PDF-'))) return 'application/pdf';
  if (startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(h, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(h, 'II*\0') || startsWith(h, 'MM\0*')) return 'image/tiff';
  if (startsWith(h, 'GIF87a') || startsWith(h, 'GIF89a')) return 'image/gif';
  if (startsWith(h, 'BM') && h.length >= 14 && h.readUInt32LE(2) === sample.size) return 'image/bmp';
  if (startsWith(h, [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20])) return 'image/jp2';
  if (startsWith(h, 'PK\x03\x04') || startsWith(h, 'PK\x05\x06')) return sniffZip(sample);
  if (startsWith(h, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle2(sample);
  if (startsWith(h, '{\\rtf')) return 'application/rtf';
  if (startsWith(h, [0x1f, 0x8b])) return 'application/gzip';
  if (startsWith(h, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'application/x-7z-compressed';
  if (startsWith(h, 'ustar', 257)) return 'application/x-tar';
  if (startsWith(h, 'RIFF') && startsWith(h, 'WAVE', 8)) return 'audio/wav';
  if (startsWith(h, 'RIFF') && startsWith(h, 'AVI ', 8)) return 'video/x-msvideo';
  if (startsWith(h, 'OggS')) return contains(sample, '\x80theora') ? 'video/ogg' : 'audio/ogg';
  if (startsWith(h, 'ftyp', 4)) return startsWith(h, 'M4A ', 8) ? 'audio/mp4' : 'video/mp4';
  if (startsWith(h, [0x00, 0x00, 0x01, 0xba]) || startsWith(h, [0x00, 0x00, 0x01, 0xb3])) return 'video/mpeg';
  if (startsWith(h, 'ID3') || (h.length >= 2 && h[0] === 0xff && ((h[1] ?? 0) & 0xe0) === 0xe0))
    return 'audio/mpeg';
  if (startsWith(h, 'AC10')) return 'image/vnd.dwg';
  if (startsWith(h, [0x30, 0x82])) return 'application/pkcs7-signature';
  return sniffText(sample);
}

function sniffZip(sample: ContentSample): string {
  const h = sample.head;
  // ODF and ASiC: an uncompressed first entry `mimetype` holding the media type.
  if (startsWith(h, 'mimetype', 30)) {
    const declared =
      h
        .subarray(38, 38 + 80)
        .toString('latin1')
        .match(/^[a-z0-9.+/-]+/)?.[0] ?? '';
    if (/^application\/vnd\.(oasis\.opendocument\.|etsi\.asic-[es]\+zip)/.test(declared)) return declared;
  }
  if (contains(sample, '[Content_Types].xml')) {
    if (contains(sample, 'word/')) return `${OOXML}.wordprocessingml.document`;
    if (contains(sample, 'xl/')) return `${OOXML}.spreadsheetml.sheet`;
    if (contains(sample, 'ppt/')) return `${OOXML}.presentationml.presentation`;
  }
  if (contains(sample, 'FixedDocSeq.fdseq') || contains(sample, 'FixedDocumentSequence.fdseq'))
    return 'application/vnd.ms-xpsdocument';
  return 'application/zip';
}

function sniffOle2(sample: ContentSample): string {
  if (contains(sample, 'WordDocument', 'utf16le')) return 'application/msword';
  if (contains(sample, 'Workbook', 'utf16le') || contains(sample, 'Book', 'utf16le'))
    return 'application/vnd.ms-excel';
  if (contains(sample, 'PowerPoint Document', 'utf16le')) return 'application/vnd.ms-powerpoint';
  return 'application/x-ole-storage';
}

function sniffText(sample: ContentSample): string | null {
  let bytes = sample.head;
  if (bytes.length === 0) return null;
  // A cut in the middle of a UTF-8 sequence at the end of the sample is not an error.
  if (sample.size > bytes.length) bytes = bytes.subarray(0, Math.max(0, bytes.length - 3));
  for (const byte of bytes) {
    if (byte === 0 || byte === 0x7f || (byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1a].includes(byte)))
      return null;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Legacy 8-bit text (Windows-1250, ISO-8859-2): no control characters, so still plain text.
    return 'text/plain';
  }
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^<!doctype html|^<html[\s>]/i.test(start)) return 'text/html';
  if (start.startsWith('<')) return sniffXml(start);
  return 'text/plain';
}

function sniffXml(text: string): string {
  const root = text
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/i, '')
    .trimStart()
    .match(/^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/);
  if (!root) return 'text/plain';
  const name = root[2] ?? '';
  if (name === 'svg') return 'image/svg+xml';
  if (name === 'html') return 'application/xhtml+xml';
  return 'application/xml';
}

/** Whether the office accepts this detected type (executables never). */
export function isAcceptedMediaType({
  mediaType,
  allowed,
}: {
  mediaType: string | null;
  allowed: readonly string[];
}): boolean {
  return mediaType !== null && !EXECUTABLE_MEDIA_TYPES.has(mediaType) && allowed.includes(mediaType);
}

/**
 * A file name safe to store and to show: no path (`/` or `\`), no control characters nor
 * `\ / : * ? " < > |`, no leading or trailing dots and spaces, NFC, at most 128 characters with
 * the extension kept. Polish letters stay. Nothing left → `plik`.
 */
export function sanitizeFileName(raw: string | null | undefined): string {
  const base = (raw ?? '').split(/[/\\]/).at(-1) ?? '';
  const cleaned = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f:*?"<>|]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!cleaned) return 'plik';
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_FILE_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 16 ? Array.from(cleaned.slice(dot)) : [];
  const stem = Array.from(cleaned.slice(0, dot > 0 && extension.length ? dot : cleaned.length));
  return (
    stem
      .slice(0, MAX_FILE_NAME_LENGTH - extension.length)
      .join('')
      .replace(/[\s.]+$/, '') + extension.join('')
  );
}

const ASCII_FOLD: Record<string, string> = { ł: 'l', Ł: 'L' };

/** `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266). */
export function contentDisposition({ name, inline }: { name: string; inline: boolean }): string {
  const fallback = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, (c) => ASCII_FOLD[c] ?? '_')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export const toFileDto = (row: FileRow): FileDto => ({
  id: row.id,
  sha256: row.sha256,
  size: row.size,
  mediaType: row.mediaType,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
});
