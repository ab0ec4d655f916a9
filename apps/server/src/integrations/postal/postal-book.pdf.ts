import type { PDFPage } from 'pdf-lib';
import { A4_LANDSCAPE, createPdfDocument, MM, type PdfDocument } from '../../shared/pdf/pdf-document.js';
import { wrapText } from '../../shared/pdf/pdf-text.js';
import {
  addressLines,
  collapse,
  deliveryPlace,
  formatZloty,
  SPECIAL_RULES_LABEL,
  specialRulesOf,
} from './postal.models.js';
import type { PostalShipment, Sender } from './postal.types.js';
import { normalizeTrackingNumber } from './tracking-number.js';

const MARGIN = 12 * MM;
const SIZE = 7;
const LINE = SIZE * 1.15;
const ROW_HEIGHT = 2 * LINE + 3;
const HEADER_HEIGHT = 3 * (SIZE - 0.5) * 1.15 + 4;
const STAMP_HEIGHT = 22 * MM;

/** The columns of the usual paper form, widths in points (A4 landscape less margins: 774). */
const COLUMNS = [
  { title: 'Lp.', width: 26 },
  { title: 'Adresat (imię i nazwisko lub nazwa)', width: 150 },
  { title: 'Dokładne miejsce doręczenia', width: 200 },
  { title: 'Kwota zadeklarowanej wartości (zł, gr)', width: 58 },
  { title: 'Masa (g)', width: 38 },
  { title: 'Numer nadania', width: 118 },
  { title: 'Uwagi', width: 94 },
  { title: 'Opłata (zł, gr)', width: 45 },
  { title: 'Kwota pobrania (zł, gr)', width: 45 },
];
const XS = COLUMNS.map((_, i) => MARGIN + COLUMNS.slice(0, i).reduce((sum, c) => sum + c.width, 0));
const TABLE_WIDTH = COLUMNS.reduce((sum, c) => sum + c.width, 0);

const remarksOf = (shipment: PostalShipment) => {
  const rules = specialRulesOf(shipment);
  return [
    shipment.returnReceipt ? (rules ? `ZPO ${SPECIAL_RULES_LABEL[rules]}` : 'ZPO') : '',
    shipment.priority ? 'priorytet' : '',
    shipment.registerNumber,
    collapse(shipment.remarks ?? ''),
  ]
    .filter(Boolean)
    .join('; ');
};

const trackingOf = (shipment: PostalShipment) => {
  if (!shipment.trackingNumber) return '';
  const result = normalizeTrackingNumber(shipment.trackingNumber);
  return result.ok ? result.value : collapse(shipment.trackingNumber);
};

const feeOf = (shipment: PostalShipment) => shipment.feeGrosze ?? 0;

const rowOf = (shipment: PostalShipment, ordinal: number): string[] => [
  `${ordinal}.`,
  [shipment.addressee.name, shipment.addressee.name2 ?? ''].map(collapse).filter(Boolean).join(', '),
  deliveryPlace(shipment.addressee),
  '',
  shipment.massGrams ? String(shipment.massGrams) : '',
  trackingOf(shipment),
  remarksOf(shipment),
  shipment.feeGrosze === null || shipment.feeGrosze === undefined ? '' : formatZloty(shipment.feeGrosze),
  '',
];

type Frame = { doc: PdfDocument; page: PDFPage; pageHeight: number };

function drawRow(
  { doc, page }: Frame,
  cells: string[],
  {
    top,
    height,
    size,
    maxLines,
    color = 0,
  }: { top: number; height: number; size: number; maxLines: number; color?: number },
) {
  for (const [i, column] of COLUMNS.entries()) {
    const x = XS[i] ?? MARGIN;
    const lines = wrapText({
      measure: doc.measure,
      text: cells[i] ?? '',
      size,
      width: column.width - 4,
      maxLines,
    });
    lines.forEach((line, j) =>
      page.drawText(line, {
        x: x + 2,
        y: top - 2 - size - j * size * 1.15,
        size,
        font: doc.font,
        color: doc.grey(color),
      }),
    );
    page.drawLine({
      start: { x, y: top },
      end: { x, y: top - height },
      thickness: 0.4,
      color: doc.grey(0.4),
    });
  }
  const right = MARGIN + TABLE_WIDTH;
  page.drawLine({
    start: { x: right, y: top },
    end: { x: right, y: top - height },
    thickness: 0.4,
    color: doc.grey(0.4),
  });
  page.drawLine({
    start: { x: MARGIN, y: top - height },
    end: { x: right, y: top - height },
    thickness: 0.4,
    color: doc.grey(0.4),
  });
}

/** Title, the office and the posting date; returns where the table starts. */
function drawHeading(frame: Frame, { title, sender, date }: { title: string; sender: Sender; date: string }) {
  const { doc, page, pageHeight } = frame;
  let y = pageHeight - MARGIN - 13;
  page.drawText(doc.fit(title, 13, TABLE_WIDTH), { x: MARGIN, y, size: 13, font: doc.font });
  y -= 15;
  const office = addressLines({ ...sender.address, name: sender.name }).join(', ');
  page.drawText(doc.fit(`Nadawca: ${office}`, 9, TABLE_WIDTH), { x: MARGIN, y, size: 9, font: doc.font });
  y -= 12;
  page.drawText(`Data nadania: ${date}`, { x: MARGIN, y, size: 9, font: doc.font });
  return y - 8;
}

/** The place for the post office's date stamp and signature, and for the sender's signature. */
function drawStampArea({ doc, page }: Frame, summary: string) {
  const top = MARGIN + 4 + STAMP_HEIGHT;
  page.drawText(doc.fit(summary, 8, TABLE_WIDTH / 2), { x: MARGIN, y: top - 8, size: 8, font: doc.font });
  page.drawText('Podpis nadawcy: ………………………………………', {
    x: MARGIN,
    y: top - STAMP_HEIGHT + 10,
    size: 8,
    font: doc.font,
  });
  const width = 85 * MM;
  const x = MARGIN + TABLE_WIDTH - width;
  page.drawRectangle({
    x,
    y: top - STAMP_HEIGHT,
    width,
    height: STAMP_HEIGHT,
    borderWidth: 0.6,
    borderColor: doc.grey(0.3),
  });
  page.drawText('Datownik placówki pocztowej i podpis przyjmującego', {
    x: x + 2 * MM,
    y: top - STAMP_HEIGHT + 2 * MM,
    size: 6.5,
    font: doc.font,
    color: doc.grey(0.35),
  });
}

export type RenderPostalBookInput = {
  sender: Sender;
  /** The posting date, as printed (`2026-03-10`). */
  date: string;
  shipments: PostalShipment[];
  /** Printed on every page beside its number. */
  printedAt: string;
  /**
   * Ordinary letters are not entered in the book (only registered mail is); with this flag a
   * last page sums them up by category and format (the quantity-and-weight list that goes with
   * ordinary letters posted on "opłata pobrana").
   */
  includeOrdinary?: boolean;
  /** Rows on a page (default 20). */
  rowsPerPage?: number;
};

type OrdinaryGroup = { label: string; count: number; grams: number; fee: number };

function groupOrdinary(shipments: PostalShipment[]): OrdinaryGroup[] {
  const groups = new Map<string, OrdinaryGroup>();
  for (const s of shipments) {
    const label = `${s.priority ? 'priorytetowe' : 'ekonomiczne'}${s.format ? `, format ${s.format}` : ''}`;
    const group = groups.get(label) ?? { label, count: 0, grams: 0, fee: 0 };
    group.count += 1;
    group.grams += s.massGrams ?? 0;
    group.fee += feeOf(s);
    groups.set(label, group);
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, 'pl'));
}

/**
 * The day's pocztowa książka nadawcza (A4 landscape): "Książka nadawcza przesyłek poleconych", the
 * office and the posting date, the registered letters in the columns of the paper form, a fixed
 * number of rows per page with the page's count and fees, the place for the post office's date
 * stamp and signature on every page (the stamped book is the proof of posting, art. 57 § 5 KPA),
 * and "Data wydruku: … · strona X z Y" at the foot of every page.
 */
export async function renderPostalBook({
  sender,
  date,
  shipments,
  printedAt,
  includeOrdinary = false,
  rowsPerPage = 20,
}: RenderPostalBookInput): Promise<Uint8Array> {
  const title = 'Książka nadawcza przesyłek poleconych';
  const doc = await createPdfDocument(`${title} ${date}`);
  const [pageWidth, pageHeight] = A4_LANDSCAPE;
  const registered = shipments.filter((s) => s.kind === 'registered');
  const ordinary = shipments.filter((s) => s.kind === 'ordinary');
  const perPage = Math.max(1, Math.floor(rowsPerPage));
  const pages: PDFPage[] = [];
  const newFrame = (): Frame => {
    const page = doc.pdf.addPage([pageWidth, pageHeight]);
    pages.push(page);
    return { doc, page, pageHeight };
  };
  const totalFee = registered.reduce((sum, s) => sum + feeOf(s), 0);

  const chunks = Array.from({ length: Math.max(1, Math.ceil(registered.length / perPage)) }, (_, i) =>
    registered.slice(i * perPage, (i + 1) * perPage),
  );
  for (const [index, chunk] of chunks.entries()) {
    const frame = newFrame();
    let y = drawHeading(frame, { title, sender, date });
    frame.page.drawLine({
      start: { x: MARGIN, y },
      end: { x: MARGIN + TABLE_WIDTH, y },
      thickness: 0.4,
      color: doc.grey(0.4),
    });
    drawRow(
      frame,
      COLUMNS.map((c) => c.title),
      { top: y, height: HEADER_HEIGHT, size: SIZE - 0.5, maxLines: 3, color: 0.25 },
    );
    y -= HEADER_HEIGHT;
    if (chunk.length === 0)
      frame.page.drawText('Brak przesyłek poleconych.', {
        x: MARGIN + 2,
        y: y - SIZE - 4,
        size: SIZE + 1,
        font: doc.font,
      });
    for (const [i, shipment] of chunk.entries()) {
      drawRow(frame, rowOf(shipment, index * perPage + i + 1), {
        top: y,
        height: ROW_HEIGHT,
        size: SIZE,
        maxLines: 2,
      });
      y -= ROW_HEIGHT;
    }
    const pageFee = chunk.reduce((sum, s) => sum + feeOf(s), 0);
    const last = index === chunks.length - 1;
    const summary = [
      `Na stronie: ${chunk.length} przesyłek, opłata ${formatZloty(pageFee)} zł`,
      last ? `Razem: ${registered.length} przesyłek, opłata ${formatZloty(totalFee)} zł` : '',
    ];
    drawStampArea(frame, summary.filter(Boolean).join('   ·   '));
  }

  if (includeOrdinary && ordinary.length > 0) {
    const frame = newFrame();
    let y = drawHeading(frame, {
      title: 'Zestawienie przesyłek nierejestrowanych (listy zwykłe)',
      sender,
      date,
    });
    const widths = [200, 80, 100, 100];
    const headers = ['Rodzaj', 'Liczba (szt.)', 'Masa łączna (g)', 'Opłata (zł, gr)'];
    const groups = groupOrdinary(ordinary);
    const rows = [
      ...groups.map((g) => [`Listy zwykłe ${g.label}`, String(g.count), String(g.grams), formatZloty(g.fee)]),
      [
        'Razem',
        String(ordinary.length),
        String(groups.reduce((s, g) => s + g.grams, 0)),
        formatZloty(groups.reduce((s, g) => s + g.fee, 0)),
      ],
    ];
    for (const [r, row] of [headers, ...rows].entries()) {
      let x = MARGIN;
      for (const [i, cell] of row.entries()) {
        frame.page.drawText(doc.fit(cell, SIZE + 1, (widths[i] ?? 80) - 4), {
          x: x + 2,
          y: y - SIZE - 3,
          size: SIZE + 1,
          font: doc.font,
          color: doc.grey(r === 0 ? 0.25 : 0),
        });
        x += widths[i] ?? 80;
      }
      y -= 14;
      frame.page.drawLine({ start: { x: MARGIN, y }, end: { x, y }, thickness: 0.4, color: doc.grey(0.4) });
    }
    drawStampArea(frame, `Listy zwykłe: ${ordinary.length} szt.`);
  }

  pages.forEach((page, i) =>
    page.drawText(`Data wydruku: ${printedAt}   ·   strona ${i + 1} z ${pages.length}`, {
      x: MARGIN,
      y: 5 * MM,
      size: 7.5,
      font: doc.font,
    }),
  );
  return doc.pdf.save();
}
