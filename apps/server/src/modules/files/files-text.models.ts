import { filePreviewKind } from '@obieg/contracts/files-preview';
import { loadOnce } from '../../shared/load-once.js';
import { FILE_TEXT_MAX_CHARS, FILE_TEXT_MAX_PDF_PAGES } from './files.constants.js';

export type ExtractedText = {
  method: 'pdf' | 'docx' | 'odt' | 'text' | 'xml' | 'none';
  text: string;
  truncated: boolean;
};

/** Whether text can be read from content of this type (PDF, DOCX, ODT, plain text, XML). */
export function isTextExtractable(mediaType: string): boolean {
  const kind = filePreviewKind(mediaType);
  return kind === 'pdf' || kind === 'docx' || kind === 'odt' || kind === 'text' || kind === 'xml';
}

/** The preview's readers of DOCX, ODT, text and XML (and their unzip library), loaded on first use (ADR 0008). */
const loadPreviewModels = loadOnce(() => import('./files-preview.models.js'));

/** pdf.js (legacy build, for Node), loaded at the first PDF (ADR 0008). */
const loadPdfJs = loadOnce(() => import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Whitespace runs folded to one space or newline; at most FILE_TEXT_MAX_CHARS kept. */
function normalize(text: string, truncated = false): { text: string; truncated: boolean } {
  const folded = text
    // Control characters (a PDF's glyph codes without a Unicode map come out as U+0000…U+001F)
    // are not text, and PostgreSQL cannot store U+0000 in text at all.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]+/g, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
  return folded.length > FILE_TEXT_MAX_CHARS
    ? { text: folded.slice(0, FILE_TEXT_MAX_CHARS), truncated: true }
    : { text: folded, truncated };
}

async function extractPdfText(bytes: Uint8Array): Promise<{ text: string; truncated: boolean }> {
  const pdfjs = await loadPdfJs();
  const document = await pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    let length = 0;
    const last = Math.min(document.numPages, FILE_TEXT_MAX_PDF_PAGES);
    for (let number = 1; number <= last && length <= FILE_TEXT_MAX_CHARS; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
        .join('');
      pages.push(text);
      length += text.length;
      page.cleanup();
    }
    return normalize(pages.join('\n'), document.numPages > last);
  } finally {
    await document.destroy();
  }
}

/**
 * The text of a document for search. DOCX, ODT, plain text and XML are read as the preview reads
 * them (XML without its markup); PDF with pdf.js. Scans (images, PDFs without a text layer) give
 * an empty text: OCR is for later.
 */
export async function extractText({
  mediaType,
  bytes,
}: {
  mediaType: string;
  bytes: Uint8Array;
}): Promise<ExtractedText> {
  const kind = filePreviewKind(mediaType);
  if (kind === 'pdf') return { method: 'pdf', ...(await extractPdfText(bytes)) };
  if (kind === 'docx' || kind === 'odt' || kind === 'text' || kind === 'xml') {
    const { buildTextPreview } = await loadPreviewModels();
    if (kind !== 'xml') {
      const preview = buildTextPreview({ kind, bytes, truncated: false });
      return { method: kind, ...normalize(preview.text, preview.truncated) };
    }
    const preview = buildTextPreview({ kind, bytes, truncated: false });
    const text = preview.text
      .replace(/<[^>]*>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    return { method: 'xml', ...normalize(text, preview.truncated) };
  }
  return { method: 'none', text: '', truncated: false };
}
