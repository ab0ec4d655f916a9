import type { FilePreviewKind, FileTextPreview } from '@obieg/contracts/files-preview';
import { PREVIEW_TEXT_CHARS, PREVIEW_UNZIPPED_BYTES } from './files-preview.constants.js';
import { decodeXmlText, formatXml, tokenizeXml, xmlAttribute } from './files-preview-xml.models.js';
import { PreviewConversionError, readZipEntry } from './files-preview-zip.models.js';

/** A UTF-8 sequence cut by the end of a truncated read is dropped, so it is not taken for 8-bit text. */
function withoutCutSequence(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}

/**
 * Text in UTF-8 (a BOM is dropped) or, when it is not valid UTF-8, in Windows-1250 (the
 * 8-bit Polish code page of older office systems). `declared`: an XML declaration's encoding,
 * used when the runtime knows it.
 */
export function decodeText(
  bytes: Uint8Array,
  { truncated, declared }: { truncated: boolean; declared?: string | null },
): { text: string; charset: 'utf-8' | 'windows-1250' | 'iso-8859-2' } {
  const body = truncated ? withoutCutSequence(bytes) : bytes;
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      const decoder = new TextDecoder(declared);
      if (decoder.encoding === 'windows-1250' || decoder.encoding === 'iso-8859-2')
        return { text: decoder.decode(bytes), charset: decoder.encoding };
    } catch {
      // An encoding the runtime does not know: detected below.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), charset: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1250').decode(bytes), charset: 'windows-1250' };
  }
}

/** At most `PREVIEW_TEXT_CHARS` characters, never splitting a surrogate pair. */
export function capText(text: string, max = PREVIEW_TEXT_CHARS): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return { text: text.slice(0, cut), truncated: true };
}

/** A table cell ends with a tab instead of its last paragraph's line break; a row with a line break. */
const endCell = (out: string[]) => {
  if (out.at(-1) === '\n') out.pop();
  out.push('\t');
};
const endRow = (out: string[]) => {
  if (out.at(-1) === '\t') out.pop();
  out.push('\n');
};
const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const tidy = (out: string[]) =>
  out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** The text of `word/document.xml`: paragraphs on lines, tabs and breaks kept, table cells tab-separated. */
export function extractDocxText(documentXml: string): string {
  const out: string[] = [];
  let inText = 0;
  let inRun = 0;
  let skip = 0;
  for (const token of tokenizeXml(documentXml)) {
    if (token.type === 'text') {
      if (inText && !skip) out.push(decodeXmlText(token.raw));
      continue;
    }
    if (token.type !== 'open' && token.type !== 'close') continue;
    const name = localName(token.name);
    const delta = token.type === 'open' ? (token.selfClosing ? 0 : 1) : -1;
    // Office writes a text box twice: as DrawingML and as a VML fallback.
    if (name === 'Fallback') skip += delta;
    else if (name === 't') inText += delta;
    else if (name === 'r') inRun += delta;
    if (!skip && token.type === 'open' && inRun > 0) {
      if (name === 'tab') out.push('\t');
      else if (name === 'br' || name === 'cr') out.push('\n');
      else if (name === 'noBreakHyphen') out.push('-');
    }
    if (token.type === 'close' && !skip) {
      if (name === 'p') out.push('\n');
      else if (name === 'tc') endCell(out);
      else if (name === 'tr') endRow(out);
    }
  }
  return tidy(out);
}

/** The text of an ODF `content.xml`: paragraphs and headings on lines, `text:s` spaces, table cells tab-separated. */
export function extractOdtText(contentXml: string): string {
  const out: string[] = [];
  let inParagraph = 0;
  let skip = 0;
  const skipped = new Set(['annotation', 'note', 'tracked-changes']);
  for (const token of tokenizeXml(contentXml)) {
    if (token.type === 'text') {
      if (inParagraph && !skip) out.push(decodeXmlText(token.raw).replace(/[ \t\r\n]+/g, ' '));
      continue;
    }
    if (token.type !== 'open' && token.type !== 'close') continue;
    const name = localName(token.name);
    const delta = token.type === 'open' ? (token.selfClosing ? 0 : 1) : -1;
    if (skipped.has(name)) skip += delta;
    else if (name === 'p' || name === 'h') inParagraph += delta;
    if (skip) continue;
    if (token.type === 'open' && inParagraph) {
      if (name === 's')
        out.push(' '.repeat(Math.min(1000, Number(xmlAttribute(token.raw, 'text:c') ?? 1) || 1)));
      else if (name === 'tab') out.push('\t');
      else if (name === 'line-break') out.push('\n');
    }
    if (token.type === 'close') {
      if (name === 'p' || name === 'h') out.push('\n');
      else if (name === 'table-cell') endCell(out);
      else if (name === 'table-row') endRow(out);
    }
  }
  return tidy(out);
}

const ZIP_TEXT_SOURCES = {
  docx: { entry: 'word/document.xml', extract: extractDocxText },
  odt: { entry: 'content.xml', extract: extractOdtText },
} as const;

/**
 * The JSON preview of a text-like file. `bytes`: the whole file for DOCX/ODT, its beginning for
 * text and XML (`truncated` when there was more).
 */
export function buildTextPreview({
  kind,
  bytes,
  truncated,
}: {
  kind: Extract<FilePreviewKind, 'text' | 'xml' | 'docx' | 'odt'>;
  bytes: Uint8Array;
  truncated: boolean;
}): FileTextPreview {
  if (kind === 'docx' || kind === 'odt') {
    const { entry, extract } = ZIP_TEXT_SOURCES[kind];
    const xml = readZipEntry(bytes, entry, { maxBytes: PREVIEW_UNZIPPED_BYTES });
    if (!xml) throw new PreviewConversionError('damaged', `The document has no ${entry}.`);
    const text = extract(new TextDecoder().decode(xml));
    return { kind: 'text', source: kind, charset: null, ...capText(text) };
  }
  if (kind === 'text') {
    const { text, charset } = decodeText(bytes, { truncated });
    const capped = capText(text);
    return {
      kind: 'text',
      source: 'text',
      charset,
      text: capped.text,
      truncated: truncated || capped.truncated,
    };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared =
    /^(?:\u00EF\u00BB\u00BF)?\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1] ??
    null;
  const source = decodeText(bytes, { truncated, declared }).text;
  const formatted = formatXml(source, { partial: truncated });
  const capped = capText(formatted.text);
  return {
    kind: 'xml',
    wellFormed: formatted.wellFormed,
    text: capped.text,
    truncated: truncated || capped.truncated,
  };
}
