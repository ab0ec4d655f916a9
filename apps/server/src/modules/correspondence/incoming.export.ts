import { toCsv as toCsvTable, toXlsx as toXlsxTable } from '../../shared/export/spreadsheet.js';
import type { IncomingItemRow } from './correspondence.types.js';
import { senderDisplayName } from './correspondence.models.js';

export { neutralizeFormula } from '../../shared/export/spreadsheet.js';

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

/** CSV for Polish Excel: UTF-8 with BOM, `;` separators, CRLF lines. */
export const toCsv = (rows: string[][]) => toCsvTable({ header: EXPORT_HEADER, rows });

/** XLSX; the writer is loaded at the first export, not carried by every server. */
export const toXlsx = (rows: string[][]) => toXlsxTable({ header: EXPORT_HEADER, rows, sheet: 'RPW' });
