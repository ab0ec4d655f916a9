import type { PDFPage } from 'pdf-lib';
import { A4_LANDSCAPE, createPdfDocument, MM } from './pdf-document.js';
import { wrapText } from './pdf-text.js';

export type PdfTableColumn = {
  title: string;
  /** Width in points; columns wider together than the page are narrowed in proportion. */
  width: number;
  /** Lines a cell may take; longer text is cut with an ellipsis (default 1). */
  maxLines?: number;
};

export type PdfTable = {
  /** The document's title: its metadata and the first line of every page. */
  title: string;
  /** Lines under the title on every page (whose register, which period, when generated). */
  heading?: string[];
  columns: PdfTableColumn[];
  rows: string[][];
  /** Printed on every page beside its number: "Data wydruku: … · strona X z Y". */
  printedAt: string;
  /** Printed instead of rows when there are none. */
  emptyText?: string;
  pageSize?: [number, number];
  fontSize?: number;
};

const MARGIN_X = 12 * MM;
const MARGIN_TOP = 12 * MM;
const BODY_BOTTOM = 15 * MM;
const FOOTER_Y = 8 * MM;
const CELL_PADDING = 4;
const LINE_SPACING = 1.25;

type Cell = { lines: string[]; x: number };

/**
 * A table over as many pages as it takes: the title, the heading lines and the column titles
 * repeated at the top of every page, cells wrapped to their column (and cut with an ellipsis past
 * their line limit), and the print date with "strona X z Y" at the foot of every page. The
 * printouts are Polish documents, so are the fixed words.
 */
export async function renderTablePdf(table: PdfTable): Promise<Uint8Array> {
  const doc = await createPdfDocument(table.title);
  const { pdf, font, grey } = doc;
  const [pageWidth, pageHeight] = table.pageSize ?? A4_LANDSCAPE;
  const size = table.fontSize ?? 8;
  const usable = pageWidth - 2 * MARGIN_X;
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const scale = Math.min(1, usable / total);
  const columns = table.columns.map((c) => ({ ...c, width: c.width * scale }));
  const xs = columns.map((_, i) => MARGIN_X + columns.slice(0, i).reduce((sum, c) => sum + c.width, 0));
  const cellsOf = (values: string[], cellSize: number, limit?: number) =>
    columns.map<Cell>((column, i) => ({
      x: xs[i] ?? MARGIN_X,
      lines: wrapText({
        measure: doc.measure,
        text: values[i] ?? '',
        size: cellSize,
        width: column.width - CELL_PADDING,
        maxLines: limit ?? column.maxLines ?? 1,
      }),
    }));
  const headerSize = size - 0.5;
  const headerCells = cellsOf(
    columns.map((c) => c.title),
    headerSize,
    3,
  );
  const heading = (table.heading ?? []).flatMap((line) =>
    wrapText({ measure: doc.measure, text: line, size: 8.5, width: usable, maxLines: 2 }),
  );

  const pages: PDFPage[] = [];
  let page = pdf.addPage([pageWidth, pageHeight]);
  let y = 0;
  const rule = (at: number, level: number) =>
    page.drawLine({
      start: { x: MARGIN_X, y: at },
      end: { x: pageWidth - MARGIN_X, y: at },
      thickness: 0.4,
      color: grey(level),
    });
  const heightOf = (cells: Cell[], cellSize: number) =>
    Math.max(...cells.map((c) => c.lines.length)) * cellSize * LINE_SPACING + 3;
  const drawCells = (cells: Cell[], cellSize: number, color = grey(0)) => {
    for (const { x, lines } of cells)
      for (const [i, line] of lines.entries())
        if (line !== '')
          page.drawText(line, {
            x,
            y: y - cellSize - i * cellSize * LINE_SPACING,
            size: cellSize,
            font,
            color,
          });
    y -= heightOf(cells, cellSize);
  };
  const startPage = (first: boolean) => {
    if (!first) page = pdf.addPage([pageWidth, pageHeight]);
    pages.push(page);
    y = pageHeight - MARGIN_TOP;
    page.drawText(doc.fit(table.title, 11, usable), { x: MARGIN_X, y: y - 11, size: 11, font });
    y -= 17;
    for (const line of heading) {
      page.drawText(line, { x: MARGIN_X, y: y - 8.5, size: 8.5, font, color: grey(0.15) });
      y -= 11;
    }
    y -= 6;
    drawCells(headerCells, headerSize, grey(0.3));
    rule(y + 1.5, 0.3);
    y -= 2;
  };

  startPage(true);
  if (table.rows.length === 0 && table.emptyText)
    page.drawText(doc.fit(table.emptyText, size, usable), { x: MARGIN_X, y: y - size, size, font });
  for (const row of table.rows) {
    const cells = cellsOf(row, size);
    if (y - heightOf(cells, size) < BODY_BOTTOM) startPage(false);
    drawCells(cells, size);
    rule(y + 1.5, 0.85);
  }
  pages.forEach((p, i) =>
    p.drawText(`Data wydruku: ${table.printedAt}   ·   strona ${i + 1} z ${pages.length}`, {
      x: MARGIN_X,
      y: FOOTER_Y,
      size: 8,
      font,
    }),
  );
  return pdf.save();
}
