import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { loadOnce } from '../../shared/load-once.js';

const MM = 72 / 25.4;
const require = createRequire(import.meta.url);
let fontBytes: Promise<Buffer> | null = null;

/** DejaVu Sans from the `dejavu-fonts-ttf` package (Polish letters; no system fonts needed). */
const loadFontBytes = () => (fontBytes ??= readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));

/**
 * pdf-lib, fontkit and bwip-js are loaded at the first print: about 12 MB of heap that a server
 * which never prints does not carry, and that every full garbage collection would otherwise mark
 * (ADR 0008).
 */
const loadTools = loadOnce(async () => {
  const [pdfLib, fontkit, bwip] = await Promise.all([
    import('pdf-lib'),
    import('@pdf-lib/fontkit'),
    import('bwip-js'),
  ]);
  return {
    PDFDocument: pdfLib.PDFDocument,
    rgb: pdfLib.rgb,
    fontkit: fontkit.default,
    toBuffer: bwip.toBuffer,
  };
});

/** User text is drawn as text, never interpreted; control characters become spaces. */
const clean = (text: string) => text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ');

/** The text cut with an ellipsis to fit `width` points. */
function fit(font: PDFFont, text: string, size: number, width: number) {
  let value = clean(text);
  if (font.widthOfTextAtSize(value, size) <= width) return value;
  while (value.length > 1 && font.widthOfTextAtSize(`${value}…`, size) > width) value = value.slice(0, -1);
  return `${value}…`;
}

async function newDocument(title: string) {
  const { PDFDocument, fontkit, rgb } = await loadTools();
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(await loadFontBytes(), { subset: true });
  pdf.setTitle(clean(title));
  pdf.setCreator('Obieg');
  pdf.setProducer('Obieg');
  return { pdf, font, grey: (level: number) => rgb(level, level, level) };
}

const barcodeOptions = {
  code128: { scale: 4, height: 8, includetext: false },
  qrcode: { scale: 4 },
};

const barcodePng = async (bcid: 'code128' | 'qrcode', text: string): Promise<Buffer> =>
  (await loadTools()).toBuffer({ bcid, text, ...barcodeOptions[bcid] });

export type PrintedItem = { officeName: string; item: IncomingItem; printedAt: string };

/** 62×29 mm label for the paper original: office, RPW number, date, Code 128 and QR of the id. */
export async function renderLabelPdf({ officeName, item }: PrintedItem): Promise<Uint8Array> {
  const { pdf, font } = await newDocument(item.rpwNumber);
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
  page.drawText(fit(font, officeName, 5.5, textWidth), { x: margin, y: top - 5.5, size: 5.5, font });
  page.drawText(fit(font, item.rpwNumber, 10, textWidth), { x: margin, y: top - 17, size: 10, font });
  page.drawText(fit(font, `wpłynęło: ${item.receivedAt}`, 6, textWidth), {
    x: margin,
    y: top - 25,
    size: 6,
    font,
  });
  const barHeight = 7 * MM;
  page.drawImage(bar, { x: margin, y: margin + 5, width: page.getWidth() - 2 * margin, height: barHeight });
  page.drawText(fit(font, item.documentId, 4.5, page.getWidth() - 2 * margin), {
    x: margin,
    y: margin,
    size: 4.5,
    font,
  });
  return pdf.save();
}

function drawLines(
  page: PDFPage,
  { font, grey }: { font: PDFFont; grey: (level: number) => Color },
  lines: [string, string][],
  { x, y, width }: { x: number; y: number; width: number },
) {
  let at = y;
  for (const [label, value] of lines) {
    page.drawText(label, { x, y: at, size: 9, font, color: grey(0.35) });
    page.drawText(fit(font, value, 11, width - 150), { x: x + 150, y: at, size: 11, font });
    at -= 20;
  }
  return at;
}

/** Confirmation of receipt for someone delivering a letter in person (A5 portrait). */
export async function renderReceiptPdf({ officeName, item, printedAt }: PrintedItem): Promise<Uint8Array> {
  const { pdf, font, grey } = await newDocument(`Potwierdzenie ${item.rpwNumber}`);
  const page = pdf.addPage([148 * MM, 210 * MM]);
  const x = 15 * MM;
  const width = page.getWidth() - 2 * x;
  let y = page.getHeight() - 20 * MM;
  page.drawText(fit(font, officeName, 12, width), { x, y, size: 12, font });
  y -= 28;
  page.drawText('Potwierdzenie przyjęcia przesyłki', { x, y, size: 15, font });
  y -= 32;
  y = drawLines(
    page,
    { font, grey },
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
  ['Numer RPW', 95],
  ['Data wpływu', 62],
  ['Nadawca', 170],
  ['Tytuł', 250],
  ['Sposób doręczenia', 95],
  ['Status', 60],
] as const;

/** The RPW register printout, A4 landscape, with the office, print date and page on every page. */
export async function renderRegisterPdf({
  officeName,
  rows,
  printedAt,
}: {
  officeName: string;
  rows: string[][];
  printedAt: string;
}): Promise<Uint8Array> {
  const { pdf, font, grey } = await newDocument(`Rejestr przesyłek wpływających — ${officeName}`);
  const size = 8;
  const pages: PDFPage[] = [];
  let page: PDFPage | null = null;
  let y = 0;
  const startPage = () => {
    page = pdf.addPage([297 * MM, 210 * MM]);
    pages.push(page);
    y = page.getHeight() - 15 * MM;
    page.drawText(fit(font, `Rejestr przesyłek wpływających — ${officeName}`, 11, 200 * MM), {
      x: 12 * MM,
      y,
      size: 11,
      font,
    });
    y -= 20;
    let x = 12 * MM;
    for (const [title, width] of COLUMNS) {
      page.drawText(title, { x, y, size, font, color: grey(0.3) });
      x += width;
    }
    y -= 14;
    return page;
  };
  let current = startPage();
  for (const row of rows) {
    if (y < 18 * MM) current = startPage();
    let x = 12 * MM;
    COLUMNS.forEach(([, width], i) => {
      current.drawText(fit(font, row[i] ?? '', size, width - 6), { x, y, size, font });
      x += width;
    });
    y -= 12;
  }
  pages.forEach((p, i) =>
    p.drawText(`Data wydruku: ${printedAt}   ·   strona ${i + 1} z ${pages.length}`, {
      x: 12 * MM,
      y: 8 * MM,
      size: 8,
      font,
    }),
  );
  return pdf.save();
}
