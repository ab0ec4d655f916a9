import type { IncomingItemRow } from './correspondence.types.js';
import { senderDisplayName } from './correspondence.models.js';

export const EXPORT_HEADER = [
  'Numer RPW',
  'Identyfikator dokumentu',
  'Data wpływu',
  'Data rejestracji',
  'Nadawcy',
  'Tytuł',
  'Znak nadawcy',
  'Data pisma',
  'Sposób doręczenia',
  'Rodzaj dokumentu',
  'Liczba załączników',
  'Pełny skan',
  'Status',
] as const;

/** One exported row per item, in the header's order (plain text; escaping is per format). */
export function toExportRow(row: IncomingItemRow): string[] {
  return [
    row.rpwNumber,
    row.documentId,
    row.receivedAt,
    row.registeredAt.toISOString(),
    row.senders.map(senderDisplayName).join('; '),
    row.title,
    row.senderReference ?? '',
    row.letterDate ?? '',
    row.deliveryMethod,
    row.documentKind ?? '',
    row.attachmentsCount === null ? '' : String(row.attachmentsCount),
    row.fullScan ? 'tak' : 'nie',
    row.status === 'cancelled' ? 'anulowana' : 'zarejestrowana',
  ];
}

/** A cell a spreadsheet would run as a formula (`= + - @`, tab, CR) gets a leading apostrophe. */
export const neutralizeFormula = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const csvCell = (value: string) => {
  const safe = neutralizeFormula(value);
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** CSV for Polish Excel: UTF-8 with BOM, `;` separators, CRLF lines. */
export function toCsv(rows: string[][]): Buffer {
  const lines = [EXPORT_HEADER as readonly string[], ...rows].map((r) => r.map(csvCell).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** XLSX; the writer is loaded at the first export, not carried by every server. */
export async function toXlsx(rows: string[][]): Promise<Buffer> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const data = [EXPORT_HEADER as readonly string[], ...rows].map((r) =>
    r.map((value) => ({ type: String, value: neutralizeFormula(value) })),
  );
  return writeXlsxFile(data, { sheet: 'RPW' }).toBuffer();
}
