import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';

const decode = (stream: PDFRawStream) => Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');

/** Glyph id → text, from the `ToUnicode` CMaps pdf-lib writes for embedded fonts (`bfchar` pairs). */
function readToUnicode(pdf: PDFDocument): Map<string, string> {
  const glyphs = new Map<string, string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const text = decode(object);
    if (!text.includes('beginbfchar')) continue;
    for (const [, id = '', unicode = ''] of text.matchAll(/<([0-9a-fA-F]{4})> <([0-9a-fA-F]+)>/g)) {
      const units = unicode.match(/.{4}/g)?.map((u) => Number.parseInt(u, 16)) ?? [];
      glyphs.set(id.toLowerCase(), String.fromCharCode(...units));
    }
  }
  return glyphs;
}

function pageContent(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
  return streams
    .map((ref) => page.doc.context.lookup(ref))
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    .map(decode)
    .join('\n');
}

/**
 * The text of each page of a PDF made by `shared/pdf` (one string per `Tj`, in drawing order),
 * decoded through the fonts' `ToUnicode` maps: what a reader would copy out of it.
 */
export async function readPdfText(bytes: Uint8Array): Promise<string[][]> {
  const pdf = await PDFDocument.load(bytes);
  const glyphs = readToUnicode(pdf);
  return pdf
    .getPages()
    .map((page) =>
      [...pageContent(page).matchAll(/<([0-9a-fA-F]*)> Tj/g)].map(([, hex = '']) =>
        (hex.match(/.{4}/g) ?? []).map((id) => glyphs.get(id.toLowerCase()) ?? '\uFFFD').join(''),
      ),
    );
}
