import type { PDFDocument, PDFPage, PDFRef } from 'pdf-lib';
import { createTextMeasure, fitText } from '../../../shared/pdf/pdf-text.js';
import { type PdfLibraries, loadSignatureFont } from './pdf.libraries.js';

export type VisibleSignature = {
  /** 1-based page number; default the last page. */
  page?: number;
  /** [x, y, width, height] in points from the page's lower-left corner (of its crop box). */
  rect?: [number, number, number, number];
  lines: string[];
};

const FONT_SIZE = 8.5;
const LINE_HEIGHT = 11;
const PADDING = 6;
const DEFAULT_WIDTH = 240;

/**
 * The appearance of a visible signature: a framed block with one line of text each, in DejaVu
 * Sans (embedded as a subset with a ToUnicode map, so the text can be selected and extracted).
 * Returns the widget rectangle (page coordinates) and the appearance stream's reference.
 */
export async function buildSignatureAppearance(
  { fontkit }: Pick<PdfLibraries, 'fontkit'>,
  { pdf, page, visible }: { pdf: PDFDocument; page: PDFPage; visible: VisibleSignature },
): Promise<{ rect: [number, number, number, number]; appearance: PDFRef }> {
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(await loadSignatureFont(), { subset: true });
  const box = page.getCropBox();
  const height = visible.rect?.[3] ?? visible.lines.length * LINE_HEIGHT + 2 * PADDING;
  const width = visible.rect?.[2] ?? Math.min(DEFAULT_WIDTH, box.width - 72);
  const x = box.x + (visible.rect?.[0] ?? 36);
  const y = box.y + (visible.rect?.[1] ?? 36);

  const measure = createTextMeasure(font);
  const size = Math.min(FONT_SIZE, (height - 2 * PADDING) / Math.max(1, visible.lines.length) / 1.25);
  const leading = size * 1.3;
  const text = visible.lines.map((line, index) => {
    const fitted = fitText({ measure, text: line, size, width: width - 2 * PADDING });
    const baseline = height - PADDING - size - index * leading;
    return `BT /F1 ${size.toFixed(2)} Tf 1 0 0 1 ${PADDING} ${baseline.toFixed(2)} Tm ${font.encodeText(fitted).toString()} Tj ET`;
  });
  const content = [
    'q 0.96 0.97 1 rg 0 0 ' + `${width.toFixed(2)} ${height.toFixed(2)} re f Q`,
    `q 0.15 0.3 0.6 RG 0.8 w 0.4 0.4 ${(width - 0.8).toFixed(2)} ${(height - 0.8).toFixed(2)} re S Q`,
    'q 0.1 0.1 0.1 rg',
    ...text,
    'Q',
  ].join('\n');
  await font.embed();

  const { context } = pdf;
  const stream = context.flateStream(content, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, width, height],
    Resources: { Font: { F1: font.ref } },
  });
  return { rect: [x, y, x + width, y + height], appearance: context.register(stream) };
}
