import type { PDFPage } from 'pdf-lib';
import { loadOnce } from '../../shared/load-once.js';
import { A4_PORTRAIT, createPdfDocument, MM, type PdfDocument } from '../../shared/pdf/pdf-document.js';
import { addressLines, collapse, SPECIAL_RULES_LABEL, specialRulesOf } from './postal.models.js';
import type { PostalShipment, Sender } from './postal.types.js';
import { normalizeTrackingNumber } from './tracking-number.js';

/** bwip-js is loaded at the first envelope, like pdf-lib itself (ADR 0008). */
const loadBarcodes = loadOnce(async () => (await import('bwip-js')).toBuffer);

/** A Code 128 of the posting number, as a PNG. */
export const code128Png = async (text: string): Promise<Buffer> =>
  (await loadBarcodes())({ bcid: 'code128', text, scale: 3, height: 10, includetext: false });

/** The usual imprint of postage paid under a contract with Poczta Polska (in place of stamps). */
export const DEFAULT_POSTAGE_STAMP = 'OPŁATA POBRANA';

export type EnvelopeFormat = 'DL' | 'C5' | 'C4';

/** Envelope sizes (width × height, mm, landscape) and the type sizes that suit them. */
const ENVELOPES: Record<
  EnvelopeFormat,
  { width: number; height: number; small: number; sender: number; addressee: number }
> = {
  DL: { width: 220, height: 110, small: 6.5, sender: 8, addressee: 11 },
  C5: { width: 229, height: 162, small: 7, sender: 9, addressee: 12.5 },
  C4: { width: 324, height: 229, small: 8, sender: 10, addressee: 14 },
};

const senderLines = (sender: Sender) => addressLines({ ...sender.address, name: sender.name });

/** The ZPO marker's text: `ZPO` and the statute of its form (`KPA`, `OP`, `KPC`, `KPK`). */
function receiptMarker(shipment: PostalShipment): string | null {
  if (!shipment.returnReceipt) return null;
  const rules = specialRulesOf(shipment);
  return rules ? `ZPO ${SPECIAL_RULES_LABEL[rules]}` : 'ZPO';
}

function drawLines(
  page: PDFPage,
  doc: PdfDocument,
  lines: string[],
  {
    x,
    top,
    size,
    width,
    leading = 1.25,
    color,
  }: { x: number; top: number; size: number; width: number; leading?: number; color?: number },
) {
  let y = top;
  for (const line of lines) {
    y -= size;
    page.drawText(doc.fit(line, size, width), { x, y, size, font: doc.font, color: doc.grey(color ?? 0) });
    y -= size * (leading - 1);
  }
  return y;
}

function drawCentered(
  page: PDFPage,
  doc: PdfDocument,
  text: string,
  { cx, y, size }: { cx: number; y: number; size: number },
) {
  const line = doc.fit(text, size, 200 * MM);
  page.drawText(line, { x: cx - doc.measure(line, size) / 2, y, size, font: doc.font });
}

/** The registered-letter area: an "R" and the posting number as Code 128 when known. */
async function drawRegisteredArea(
  page: PDFPage,
  doc: PdfDocument,
  shipment: PostalShipment,
  { x, top, small }: { x: number; top: number; small: number },
) {
  const width = 62 * MM;
  const height = 24 * MM;
  const bottom = top - height;
  page.drawRectangle({ x, y: bottom, width, height, borderWidth: 0.8, borderColor: doc.grey(0) });
  const square = 9.5 * MM;
  page.drawRectangle({
    x,
    y: top - square,
    width: square,
    height: square,
    borderWidth: 0.8,
    borderColor: doc.grey(0),
  });
  drawCentered(page, doc, 'R', { cx: x + square / 2, y: top - square + 2.2 * MM, size: 20 });
  drawLines(page, doc, ['Przesyłka polecona'], {
    x: x + square + 2 * MM,
    top: top - 1.5 * MM,
    size: small + 0.5,
    width: width - square - 3 * MM,
  });
  const tracking = shipment.trackingNumber ? normalizeTrackingNumber(shipment.trackingNumber) : null;
  if (tracking?.ok) {
    const image = await doc.pdf.embedPng(await code128Png(tracking.value));
    // 3 mm quiet zone each side (Poczta Polska asks for at least 2.5 mm).
    page.drawImage(image, {
      x: x + 3 * MM,
      y: bottom + small + 2 * MM,
      width: width - 6 * MM,
      height: 7.5 * MM,
    });
    drawCentered(page, doc, tracking.value, { cx: x + width / 2, y: bottom + 1.5 * MM, size: small });
  } else if (shipment.trackingNumber) {
    drawCentered(page, doc, collapse(shipment.trackingNumber), {
      cx: x + width / 2,
      y: bottom + 1.5 * MM,
      size: small,
    });
  } else {
    drawLines(page, doc, ['miejsce na nalepkę R'], {
      x: x + 2 * MM,
      top: bottom + small + 3 * MM,
      size: small,
      width: width - 4 * MM,
      color: 0.45,
    });
  }
}

/** The framed postage-paid imprint (one line per `\n` of the stamp text). */
function drawPostageBox(
  page: PDFPage,
  doc: PdfDocument,
  stamp: string,
  { right, top, small }: { right: number; top: number; small: number },
) {
  const width = 44 * MM;
  const height = 18 * MM;
  const x = right - width;
  page.drawRectangle({ x, y: top - height, width, height, borderWidth: 0.8, borderColor: doc.grey(0) });
  const lines = stamp
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 4);
  const size = small + 1;
  const block = lines.length * size * 1.3;
  let y = top - height / 2 + block / 2 - size;
  for (const line of lines) {
    page.drawText(doc.fit(line, size, width - 3 * MM), {
      x: x + (width - Math.min(doc.measure(line, size), width - 3 * MM)) / 2,
      y,
      size,
      font: doc.font,
    });
    y -= size * 1.3;
  }
  return { x, bottom: top - height };
}

export type RenderEnvelopesInput = {
  sender: Sender;
  shipments: PostalShipment[];
  format: EnvelopeFormat;
  /** The postage imprint; `\n` separates its lines (e.g. the contract number). Default `OPŁATA POBRANA`. */
  stamp?: string;
};

/**
 * One page per letter, the size of the envelope (landscape): the office top left with the
 * register number and znak sprawy in small type under it, the postage-paid box top right, for a
 * registered letter the R area beside it (the posting number as Code 128 when known), a ZPO marker
 * (`ZPO KPA`) bottom left for a return receipt, and the addressee bottom right in larger type
 * (Poczta Polska's fields: address at least 40 mm from the top, 15 mm from the right and bottom).
 */
export async function renderEnvelopes({
  sender,
  shipments,
  format,
  stamp = DEFAULT_POSTAGE_STAMP,
}: RenderEnvelopesInput): Promise<Uint8Array> {
  const doc = await createPdfDocument(`Koperty ${format}`);
  const spec = ENVELOPES[format];
  const [width, height] = [spec.width * MM, spec.height * MM];
  const margin = 10 * MM;
  for (const shipment of shipments) {
    const page = doc.pdf.addPage([width, height]);
    const top = height - margin;
    const postage = drawPostageBox(page, doc, stamp, { right: width - margin, top, small: spec.small });
    let senderRight = postage.x - 4 * MM;
    if (shipment.kind === 'registered') {
      const x = postage.x - 4 * MM - 62 * MM;
      await drawRegisteredArea(page, doc, shipment, { x, top, small: spec.small });
      senderRight = x - 4 * MM;
    }
    if (shipment.priority)
      page.drawText('PRIORYTET', {
        x: postage.x,
        y: postage.bottom - spec.small - 2 * MM,
        size: spec.small + 1.5,
        font: doc.font,
      });

    const senderWidth = Math.min(senderRight - margin, 90 * MM);
    let y = drawLines(page, doc, senderLines(sender), {
      x: margin,
      top,
      size: spec.sender,
      width: senderWidth,
    });
    const reference = [
      `Nr rej.: ${shipment.registerNumber}`,
      shipment.caseSign ? `Znak: ${shipment.caseSign}` : '',
    ].filter(Boolean);
    y = drawLines(page, doc, reference, {
      x: margin,
      top: y - 1.5 * MM,
      size: spec.small,
      width: senderWidth,
      color: 0.2,
    });

    const marker = receiptMarker(shipment);
    if (marker) {
      const size = spec.addressee + 1;
      const boxWidth = doc.measure(marker, size) + 6 * MM;
      page.drawRectangle({
        x: margin,
        y: margin,
        width: boxWidth,
        height: size + 4 * MM,
        borderWidth: 1.5,
        borderColor: doc.grey(0),
      });
      page.drawText(marker, { x: margin + 3 * MM, y: margin + 2 * MM + size * 0.2, size, font: doc.font });
    }

    const size = spec.addressee;
    const maxWidth = Math.min(width - 2 * margin - (marker ? 40 * MM : 0), 125 * MM);
    const lines = addressLines(shipment.addressee).map((line) => doc.fit(line, size, maxWidth));
    const blockWidth = Math.max(...lines.map((line) => doc.measure(line, size)));
    const bottom = (format === 'C4' ? 20 : 15) * MM;
    const blockTop = bottom + lines.length * size * 1.3;
    drawLines(page, doc, lines, {
      x: width - 15 * MM - blockWidth,
      top: blockTop,
      size,
      width: maxWidth,
      leading: 1.3,
    });
  }
  if (shipments.length === 0) doc.pdf.addPage([width, height]);
  return doc.pdf.save();
}

export type LabelLayout = 'A4-3x8' | 'A4-2x7';

const LAYOUTS: Record<LabelLayout, { columns: number; rows: number; size: number }> = {
  'A4-3x8': { columns: 3, rows: 8, size: 8.5 },
  'A4-2x7': { columns: 2, rows: 7, size: 10 },
};

/**
 * Address labels on A4 sheets without margins (3×8: 70×37 mm; 2×7: 105×42.4 mm), in the order
 * given: the office in small type at the top, then for a registered letter `R`, the posting
 * number and the ZPO marker, the register number, and the addressee.
 */
export async function renderAddressLabels({
  shipments,
  sender,
  layout,
}: {
  shipments: PostalShipment[];
  sender: Sender;
  layout: LabelLayout;
}): Promise<Uint8Array> {
  const doc = await createPdfDocument('Etykiety adresowe');
  const { columns, rows, size } = LAYOUTS[layout];
  const [pageWidth, pageHeight] = A4_PORTRAIT;
  const [labelWidth, labelHeight] = [pageWidth / columns, pageHeight / rows];
  const padding = 5 * MM;
  const small = size - 3;
  const returnLine = `Nadawca: ${senderLines(sender).join(', ')}`;
  let page: PDFPage | null = null;
  for (const [i, shipment] of shipments.entries()) {
    const slot = i % (columns * rows);
    if (slot === 0 || page === null) page = doc.pdf.addPage(A4_PORTRAIT);
    const x = (slot % columns) * labelWidth + padding;
    const top = pageHeight - Math.floor(slot / columns) * labelHeight - 3.5 * MM;
    const width = labelWidth - 2 * padding;
    let y = drawLines(page, doc, [returnLine], { x, top, size: small, width, color: 0.35 });
    const marker = receiptMarker(shipment);
    const kind = [
      shipment.kind === 'registered' ? `R ${shipment.trackingNumber ?? ''}`.trim() : '',
      marker ?? '',
      shipment.priority ? 'PRIORYTET' : '',
    ]
      .filter(Boolean)
      .join('  ·  ');
    y = drawLines(page, doc, [[kind, shipment.registerNumber].filter(Boolean).join('   ')], {
      x,
      top: y - 0.5 * MM,
      size: small,
      width,
    });
    const room = Math.floor((y - 1 * MM - (top - labelHeight + 2.5 * MM)) / (size * 1.2));
    // Too many lines for the label: the name and the last lines (street, town, country) stay.
    const lines = addressLines(shipment.addressee);
    const kept =
      lines.length > room ? [lines[0] ?? '', ...lines.slice(lines.length - Math.max(room - 1, 1))] : lines;
    drawLines(page, doc, kept, {
      x,
      top: y - 1 * MM,
      size,
      width,
      leading: 1.2,
    });
  }
  if (shipments.length === 0) doc.pdf.addPage(A4_PORTRAIT);
  return doc.pdf.save();
}
