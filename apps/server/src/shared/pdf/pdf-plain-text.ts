import { A4_PORTRAIT, createPdfDocument, MM } from './pdf-document.js';
import { wrapText } from './pdf-text.js';

const MARGIN = 20 * MM;
const SIZE = 10;
const LEADING = SIZE * 1.4;

/**
 * Plain text as an A4 PDF: the title in larger type, then the text's lines wrapped to the page
 * (blank lines kept), pages added as needed, "strona X z Y" at the foot. For readable renderings
 * of structured documents (an ePUAP form) kept beside the original.
 */
export async function renderPlainTextPdf({
  title,
  text,
}: {
  title: string;
  text: string;
}): Promise<Uint8Array> {
  const doc = await createPdfDocument(title);
  const [width, height] = A4_PORTRAIT;
  const usable = width - 2 * MARGIN;
  const lines = [
    ...wrapText({ measure: doc.measure, text: title, size: 14, width: usable }).map((l) => ({
      text: l,
      size: 14,
    })),
    { text: '', size: SIZE },
    ...text.split(/\r?\n/).flatMap((paragraph) =>
      paragraph.trim() === ''
        ? [{ text: '', size: SIZE }]
        : wrapText({ measure: doc.measure, text: paragraph, size: SIZE, width: usable }).map((l) => ({
            text: l,
            size: SIZE,
          })),
    ),
  ];
  let page = doc.pdf.addPage(A4_PORTRAIT);
  let y = height - MARGIN;
  for (const line of lines) {
    if (y < MARGIN + LEADING) {
      page = doc.pdf.addPage(A4_PORTRAIT);
      y = height - MARGIN;
    }
    if (line.text) page.drawText(line.text, { x: MARGIN, y, size: line.size, font: doc.font });
    y -= line.size === SIZE ? LEADING : line.size * 1.4;
  }
  const pages = doc.pdf.getPages();
  pages.forEach((p, index) =>
    p.drawText(`strona ${index + 1} z ${pages.length}`, {
      x: width - MARGIN - 60,
      y: 10 * MM,
      size: 8,
      font: doc.font,
      color: doc.grey(0.4),
    }),
  );
  return doc.pdf.save();
}
