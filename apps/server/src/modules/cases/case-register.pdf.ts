import type { CaseRegister, CaseRegisterItem } from '@obieg/contracts/cases';
import { renderTablePdf, type PdfTableColumn } from '../../shared/pdf/pdf-table.js';
import { registerHeading } from './case-register.models.js';

/** The spis spraw's columns on A4 landscape (DOMAIN.md §2.6), widths in points. */
const COLUMNS: { column: PdfTableColumn; value: (item: CaseRegisterItem) => string }[] = [
  { column: { title: 'Lp.', width: 20 }, value: (i) => String(i.ordinal) },
  { column: { title: 'Znak sprawy', width: 84, maxLines: 2 }, value: (i) => i.sign },
  { column: { title: 'Tytuł sprawy', width: 146, maxLines: 4 }, value: (i) => i.title },
  { column: { title: 'Nadawca', width: 92, maxLines: 3 }, value: (i) => i.senderName ?? '' },
  { column: { title: 'Znak pisma nadawcy', width: 64, maxLines: 2 }, value: (i) => i.senderReference ?? '' },
  { column: { title: 'Data pisma', width: 52 }, value: (i) => i.letterDate ?? '' },
  { column: { title: 'Data wszczęcia sprawy', width: 52 }, value: (i) => i.initiatedOn },
  { column: { title: 'Data ostatecznego załatwienia', width: 56 }, value: (i) => i.settledOn ?? '' },
  { column: { title: 'Prowadzący', width: 70, maxLines: 2 }, value: (i) => i.handler.displayName },
  { column: { title: 'Uwagi (sposób załatwienia)', width: 137, maxLines: 4 }, value: (i) => i.remarks },
];

/** The spis spraw, A4 landscape: the header on every page, the print date and "strona X z Y" at the foot. */
export function renderCaseRegisterPdf({
  register,
  officeName,
  printedAt,
}: {
  register: CaseRegister;
  officeName: string;
  printedAt: string;
}): Promise<Uint8Array> {
  const { header } = register;
  return renderTablePdf({
    title: `Spis spraw ${header.unit.symbol}.${header.jrwa.symbol} — ${header.year ?? `${header.from} – ${header.to}`}`,
    heading: [...registerHeading({ header, officeName }), `Data wygenerowania: ${printedAt}`],
    columns: COLUMNS.map((c) => c.column),
    rows: register.items.map((item) => COLUMNS.map((c) => c.value(item))),
    printedAt,
    emptyText: 'Brak spraw w tym spisie.',
  });
}
