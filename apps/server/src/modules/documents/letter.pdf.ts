import type { PDFImage, PDFPage } from 'pdf-lib';
import { A4_PORTRAIT, createPdfDocument, MM } from '../../shared/pdf/pdf-document.js';
import { markPdfA2b } from '../../shared/pdf/pdf-a.js';
import { cleanText, wrapText } from '../../shared/pdf/pdf-text.js';
import { paragraphs, type LetterFrame } from './letter.models.js';

const MARGIN = 25 * MM;
const SIZE = 11;
const SMALL = 9;
const LEADING = SIZE * 1.4;

export type LetterImage = { bytes: Uint8Array; mediaType: 'image/png' | 'image/jpeg' };

/**
 * The letter as an A4 PDF/A-2b with DejaVu Sans embedded (every Polish letter): header and logo top
 * left, place and date top right, znak sprawy, the addressee on the right, the body in wrapped
 * paragraphs over as many pages as it needs, the closing and the signature block on the right.
 */
export async function renderLetterPdf({
  title,
  frame,
  body,
  logo,
  at = new Date(),
}: {
  title: string;
  frame: LetterFrame;
  body: string;
  logo?: LetterImage | null;
  /** When the letter was made (the PDF's dates). */
  at?: Date;
}): Promise<Uint8Array> {
  const doc = await createPdfDocument(title);
  const { pdf, font, measure } = doc;
  const [width, height] = A4_PORTRAIT;
  const textWidth = width - 2 * MARGIN;
  let page: PDFPage = pdf.addPage(A4_PORTRAIT);
  let y = height - MARGIN;

  const newPage = () => {
    page = pdf.addPage(A4_PORTRAIT);
    y = height - MARGIN;
  };
  const ensure = (space: number) => {
    if (y - space < MARGIN) newPage();
  };
  const draw = (text: string, x: number, size = SIZE) => {
    page.drawText(text, { x, y: y - size, size, font });
  };

  // Header (left) with the logo above it; place and date (right) on the first line.
  let image: PDFImage | null = null;
  if (logo)
    image = logo.mediaType === 'image/png' ? await pdf.embedPng(logo.bytes) : await pdf.embedJpg(logo.bytes);
  if (image) {
    const scale = Math.min((18 * MM) / image.height, (40 * MM) / image.width);
    page.drawImage(image, {
      x: MARGIN,
      y: y - image.height * scale,
      width: image.width * scale,
      height: image.height * scale,
    });
    y -= image.height * scale + 3 * MM;
  }
  const headerTop = y;
  for (const line of frame.header) {
    draw(doc.fit(line, SMALL, textWidth / 2), MARGIN, SMALL);
    y -= SMALL * 1.35;
  }
  const afterHeader = y;
  y = headerTop;
  const placeDate = doc.fit(frame.placeAndDate, SIZE, textWidth / 2);
  draw(placeDate, width - MARGIN - measure(placeDate, SIZE));
  y = Math.min(afterHeader, headerTop - LEADING) - 4 * MM;

  if (frame.caseSign) {
    draw(frame.caseSign, MARGIN);
    y -= LEADING;
  }

  // The addressee, right half.
  y -= 6 * MM;
  const addresseeX = MARGIN + textWidth / 2 + 5 * MM;
  for (const line of frame.addressee) {
    for (const piece of wrapText({ measure, text: line, size: SIZE, width: width - MARGIN - addresseeX })) {
      draw(piece, addresseeX);
      y -= LEADING;
    }
  }
  y -= 10 * MM;

  // The body.
  for (const paragraph of paragraphs(body)) {
    for (const line of paragraph) {
      for (const piece of wrapText({ measure, text: line, size: SIZE, width: textWidth })) {
        ensure(LEADING);
        draw(piece, MARGIN);
        y -= LEADING;
      }
    }
    y -= LEADING * 0.6;
  }

  // Closing and signature block on the right, kept together.
  const closing = frame.closing ? [frame.closing] : [];
  const block = [...closing, '', ...frame.signature];
  ensure(block.length * LEADING + 12 * MM);
  y -= 8 * MM;
  const blockX = MARGIN + textWidth / 2 + 5 * MM;
  for (const line of block) {
    if (line) draw(doc.fit(line, SIZE, width - MARGIN - blockX), blockX);
    y -= LEADING;
  }

  // Page numbers when there is more than one page.
  const pages = pdf.getPages();
  if (pages.length > 1)
    pages.forEach((p, index) => {
      const label = `${index + 1} / ${pages.length}`;
      p.drawText(label, { x: width - MARGIN - measure(label, SMALL), y: MARGIN / 2, size: SMALL, font });
    });
  // Kept for the long term: PDF/A-2b identification (fonts are embedded above).
  await markPdfA2b(pdf, { title: cleanText(title), at });
  return pdf.save({ useObjectStreams: false });
}
