import { loadOnce } from '../load-once.js';

/** A table to export: column titles and rows of plain text (escaping is per format). */
export type SpreadsheetTable = {
  header: readonly string[];
  rows: readonly (readonly string[])[];
};

/** A cell a spreadsheet would run as a formula (`= + - @`, tab, CR) gets a leading apostrophe. */
export const neutralizeFormula = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const csvCell = (value: string) => {
  const safe = neutralizeFormula(value);
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** CSV for Polish Excel: UTF-8 with BOM, `;` separators, CRLF lines. */
export function toCsv({ header, rows }: SpreadsheetTable): Buffer {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The XLSX writer, loaded at the first export rather than carried by every server (ADR 0008). */
const loadXlsxWriter = loadOnce(async () => (await import('write-excel-file/node')).default);

/** XLSX with one sheet: a bold header row kept in view, every cell text (formulas neutralised). */
export async function toXlsx({
  header,
  rows,
  sheet,
  widths,
}: SpreadsheetTable & { sheet: string; widths?: readonly number[] }): Promise<Buffer> {
  const writeXlsxFile = await loadXlsxWriter();
  const data = [
    header.map((value) => ({ type: String, value: neutralizeFormula(value), fontWeight: 'bold' as const })),
    ...rows.map((r) => r.map((value) => ({ type: String, value: neutralizeFormula(value) }))),
  ];
  return writeXlsxFile(data, {
    sheet,
    stickyRowsCount: 1,
    ...(widths ? { columns: widths.map((width) => ({ width })) } : {}),
  }).toBuffer();
}
