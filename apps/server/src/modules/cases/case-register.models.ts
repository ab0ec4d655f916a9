import type { CaseRegister, CaseRegisterItem, CaseRegisterQuery, CaseEnding } from '@obieg/contracts/cases';
import { endOfWarsawDay, startOfWarsawDay, toWarsawDate } from '../../shared/clock/clock.js';
import type { CaseRegisterRow } from './case-register.repository.js';

/** At most this many cases in one register (JSON, printout or export); more answer 422. */
export const MAX_REGISTER_ROWS = 10_000;

export type RegisterPeriod =
  { year: number; from: null; to: null } | { year: null; from: string; to: string };

/** The year asked for, or the date range, or else the current year. */
export function resolveRegisterPeriod(query: CaseRegisterQuery, today: string): RegisterPeriod {
  if (query.from !== undefined && query.to !== undefined)
    return { year: null, from: query.from, to: query.to };
  return { year: query.year ?? Number(today.slice(0, 4)), from: null, to: null };
}

/** The period as a filter on the cases: the znak's year, or the instants the range of days spans. */
export function periodFilter(period: RegisterPeriod) {
  if (period.year !== null) return { year: period.year };
  return {
    openedFrom: startOfWarsawDay(period.from),
    openedBefore: endOfWarsawDay(period.to),
  };
}

/** The day whose JRWA names the class (its hasło): the period's last day, or today if sooner. */
export function jrwaReferenceDay(period: RegisterPeriod, today: string): string {
  const last = period.year !== null ? `${period.year}-12-31` : period.to;
  return last < today ? last : today;
}

const SETTLEMENT_REMARKS: Record<CaseEnding, string> = {
  decision: 'Załatwiono decyzją',
  letter: 'Załatwiono pismem',
  oral_memo: 'Załatwiono ustnie (notatka służbowa)',
  no_action: 'Zakończono bez podejmowania czynności',
  transferred: 'Przekazano po reorganizacji',
};

/** Remarks on the manner of settlement: the settlement in words and the closing note. */
export function settlementRemarks({
  settlement,
  closingNote,
}: {
  settlement: CaseEnding | null;
  closingNote: string | null;
}): string {
  if (!settlement) return '';
  const words = SETTLEMENT_REMARKS[settlement];
  return closingNote ? `${words}. ${closingNote}` : words;
}

/** The sender's name as the RPW shows it: a person "surname given names", an institution its name. */
export function senderName(
  row: Pick<CaseRegisterRow, 'senderKind' | 'senderName' | 'senderSurname' | 'senderGivenNames'>,
): string | null {
  if (!row.senderKind) return null;
  const name =
    row.senderKind === 'person'
      ? `${row.senderSurname ?? ''} ${row.senderGivenNames ?? ''}`.trim()
      : (row.senderName ?? '');
  return name === '' ? null : name;
}

export function toRegisterItem(row: CaseRegisterRow, index: number): CaseRegisterItem {
  return {
    ordinal: index + 1,
    caseId: row.id,
    sign: row.sign,
    title: row.title,
    status: row.status,
    senderName: senderName(row),
    senderReference: row.senderReference,
    letterDate: row.letterDate,
    openedOn: toWarsawDate(row.openedAt),
    initiatedOn: row.initiatedOn,
    settledOn: row.settledOn,
    handler: {
      userId: row.handlerUserId,
      displayName: row.handlerName,
      positionId: row.handlerPositionId,
      positionTitle: row.handlerPositionTitle ?? null,
    },
    settlement: row.settlement,
    closingNote: row.closingNote,
    remarks: settlementRemarks(row),
  };
}

/** The period in words, as the header prints it. */
export function describePeriod(header: CaseRegister['header']): string {
  return header.year !== null
    ? `Rok: ${header.year}`
    : `Sprawy założone od ${header.from ?? ''} do ${header.to ?? ''}`;
}

/** The header lines of the printout (and of nothing else: the exports carry one row per case). */
export function registerHeading({
  header,
  officeName,
}: {
  header: CaseRegister['header'];
  officeName: string;
}) {
  const { unit, jrwa } = header;
  return [
    officeName,
    `Komórka organizacyjna: ${unit.symbol} — ${unit.name}`,
    `Symbol klasyfikacyjny JRWA: ${jrwa.symbol}${jrwa.title ? ` — ${jrwa.title}` : ''}`,
    describePeriod(header),
  ].filter((line) => line !== '');
}

/** A unit code or znak for a file name: ASCII letters, digits and single dashes (`OŚ-II` → `OS-II`). */
export const fileNamePart = (text: string) =>
  text
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `spis-spraw-GK-60-2026.pdf`: a name every browser keeps as it is. */
export function registerFileName(header: CaseRegister['header'], extension: 'pdf' | 'csv' | 'xlsx') {
  const period = header.year !== null ? String(header.year) : `${header.from}_${header.to}`;
  return `spis-spraw-${fileNamePart(header.unit.symbol)}-${header.jrwa.symbol}-${period}.${extension}`;
}

export const REGISTER_EXPORT_HEADER = [
  'Lp.',
  'Znak sprawy',
  'Tytuł sprawy',
  'Nadawca',
  'Znak pisma nadawcy',
  'Data pisma',
  'Data wszczęcia sprawy',
  'Data założenia sprawy',
  'Data ostatecznego załatwienia',
  'Prowadzący',
  'Uwagi (sposób załatwienia)',
] as const;

/** One exported row per case, in the order of REGISTER_EXPORT_HEADER. */
export const toRegisterExportRow = (item: CaseRegisterItem): string[] => [
  String(item.ordinal),
  item.sign,
  item.title,
  item.senderName ?? '',
  item.senderReference ?? '',
  item.letterDate ?? '',
  item.initiatedOn,
  item.openedOn,
  item.settledOn ?? '',
  item.handler.displayName,
  item.remarks,
];
