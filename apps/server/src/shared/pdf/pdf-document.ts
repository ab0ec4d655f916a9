import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Color, PDFDocument, PDFFont } from 'pdf-lib';
import { loadOnce } from '../load-once.js';
import { cleanText, createTextMeasure, fitText, type TextMeasure } from './pdf-text.js';

/** Points per millimetre. */
export const MM = 72 / 25.4;
export const A4_PORTRAIT: [number, number] = [210 * MM, 297 * MM];
export const A4_LANDSCAPE: [number, number] = [297 * MM, 210 * MM];

const require = createRequire(import.meta.url);

/** DejaVu Sans from the `dejavu-fonts-ttf` package (Polish letters; no system fonts needed). */
const loadFontBytes = loadOnce(() => readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));

/**
 * pdf-lib and fontkit are loaded at the first print: heap that a server which never prints does
 * not carry, and that every full garbage collection would otherwise mark (ADR 0008).
 */
export const loadPdfLib = loadOnce(async () => {
  const [pdfLib, fontkit] = await Promise.all([import('pdf-lib'), import('@pdf-lib/fontkit')]);
  return { PDFDocument: pdfLib.PDFDocument, rgb: pdfLib.rgb, fontkit: fontkit.default };
});

/** A new PDF with DejaVu Sans embedded (subset) and the helpers to measure and cut text in it. */
export type PdfDocument = {
  pdf: PDFDocument;
  font: PDFFont;
  measure: TextMeasure;
  /** The text cut with an ellipsis to fit `width` points at `size`. */
  fit: (text: string, size: number, width: number) => string;
  grey: (level: number) => Color;
};

export async function createPdfDocument(title: string): Promise<PdfDocument> {
  const { PDFDocument, fontkit, rgb } = await loadPdfLib();
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(await loadFontBytes(), { subset: true });
  pdf.setTitle(cleanText(title));
  pdf.setCreator('Obieg');
  pdf.setProducer('Obieg');
  const measure = createTextMeasure(font);
  return {
    pdf,
    font,
    measure,
    fit: (text, size, width) => fitText({ measure, text, size, width }),
    grey: (level) => rgb(level, level, level),
  };
}
