import type { PDFPage } from 'pdf-lib';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { loadOnce } from '../../shared/load-once.js';
import { A4_LANDSCAPE, createPdfDocument, MM, type PdfDocument } from '../../shared/pdf/pdf-document.js';
import { renderTablePdf } from '../../shared/pdf/pdf-table.js';

/** bwip-js is loaded at the first label or receipt, like pdf-lib itself (ADR 0008). */
const loadBarcodes = loadOnce(async () => (await import('bwip-js')).toBuffer);

const barcodeOptions = {
  code128: { scale: 4, height: 8, includetext: false },
  qrcode: { scale: 4 },
};

const barcodePng = async (bcid: 'code128' | 'qrcode', text: string): Promise<Buffer> =>
  (await loadBarcodes())({ bcid, text, ...barcodeOptions[bcid] });

export type PrintedItem = { officeName: string; item: IncomingItem; printedAt: string };

/** 62×29 mm label for the paper original: office, RPW number, date, Code 128 and QR of the id. */
export async function renderLabelPdf({ officeName, item }: PrintedItem): Promise<Uint8Array> {
  const { pdf, font, fit } = await createPdfDocument(item.rpwNumber);
  const page = pdf.addPage([62 * MM, 29 * MM]);
  const [bar, qr] = await Promise.all([
    pdf.embedPng(await barcodePng('code128', item.documentId)),
    pdf.embedPng(await barcodePng('qrcode', item.documentId)),
  ]);
  const margin = 1.5 * MM;
  const qrSize = 13 * MM;
  const textWidth = page.getWidth() - 3 * margin - qrSize;
  const top = page.getHeight() - margin;
  page.drawImage(qr, {
    x: page.getWidth() - margin - qrSize,
    y: top - qrSize,
    width: qrSize,
    height: qrSize,
  });
  page.drawText(fit(officeName, 5.5, textWidth), { x: margin, y: top - 5.5, size: 5.5, font });
  page.drawText(fit(item.rpwNumber, 10, textWidth), { x: margin, y: top - 17, size: 10, font });
  page.drawText(fit(`wpłynęło: ${item.receivedAt}`, 6, textWidth), {
    x: margin,
    y: top - 25,
    size: 6,
    font,
  });
  const barHeight = 7 * MM;
  page.drawImage(bar, { x: margin, y: margin + 5, width: page.getWidth() - 2 * margin, height: barHeight });
  page.drawText(fit(item.documentId, 4.5, page.getWidth() - 2 * margin), {
    x: margin,
    y: margin,
    size: 4.5,
    font,
  });
  return pdf.save();
}

function drawLines(
  page: PDFPage,
  { font, fit, grey }: PdfDocument,
  lines: [string, string][],
  { x, y, width }: { x: number; y: number; width: number },
) {
  let at = y;
  for (const [label, value] of lines) {
    page.drawText(label, { x, y: at, size: 9, font, color: grey(0.35) });
    page.drawText(fit(value, 11, width - 150), { x: x + 150, y: at, size: 11, font });
    at -= 20;
  }
  return at;
}

/** Confirmation of receipt for someone delivering a letter in person (A5 portrait). */
export async function renderReceiptPdf({ officeName, item, printedAt }: PrintedItem): Promise<Uint8Array> {
  const doc = await createPdfDocument(`Potwierdzenie ${item.rpwNumber}`);
  const { pdf, font, fit } = doc;
  const page = pdf.addPage([148 * MM, 210 * MM]);
  const x = 15 * MM;
  const width = page.getWidth() - 2 * x;
  let y = page.getHeight() - 20 * MM;
  page.drawText(fit(officeName, 12, width), { x, y, size: 12, font });
  y -= 28;
  page.drawText('Potwierdzenie przyjęcia przesyłki', { x, y, size: 15, font });
  y -= 32;
  y = drawLines(
    page,
    doc,
    [
      ['Numer RPW', item.rpwNumber],
      ['Identyfikator', item.documentId],
      ['Data wpływu', item.receivedAt],
      ['Zarejestrowano', printedAt],
      ['Nadawca', item.senders.map((s) => s.displayName).join('; ')],
      ['Tytuł', item.title],
      ['Liczba załączników', item.attachmentsCount === null ? '—' : String(item.attachmentsCount)],
    ],
    { x, y, width },
  );
  const qr = await pdf.embedPng(await barcodePng('qrcode', item.documentId));
  page.drawImage(qr, { x, y: y - 25 * MM, width: 25 * MM, height: 25 * MM });
  page.drawText('Podpis osoby przyjmującej: ……………………………', { x, y: 20 * MM, size: 10, font });
  return pdf.save();
}

const COLUMNS = [
  { title: 'Numer RPW', width: 95 },
  { title: 'Data wpływu', width: 62 },
  { title: 'Nadawca', width: 170, maxLines: 2 },
  { title: 'Tytuł', width: 270, maxLines: 2 },
  { title: 'Sposób doręczenia', width: 95 },
  { title: 'Status', width: 72 },
];

/** The RPW register printout, A4 landscape, with the office, print date and page on every page. */
export function renderRegisterPdf({
  officeName,
  rows,
  printedAt,
}: {
  officeName: string;
  rows: string[][];
  printedAt: string;
}): Promise<Uint8Array> {
  return renderTablePdf({
    title: `Rejestr przesyłek wpływających — ${officeName}`,
    columns: COLUMNS,
    rows,
    printedAt,
    pageSize: A4_LANDSCAPE,
  });
}
