import type { MetrykaEntry } from '@obieg/contracts/cases';
import { toWarsawDateTime } from '../../shared/clock/clock.js';
import { renderTablePdf } from '../../shared/pdf/pdf-table.js';

/** The person of a metryka row: name, position, and whom they stood in for. */
export function describeMetrykaPerson(actor: MetrykaEntry['actor']): string {
  const name = actor.displayName ?? '—';
  const position = actor.positionTitle ? `, ${actor.positionTitle}` : '';
  const actingFor = actor.actingFor ? ` (w zastępstwie: ${actor.actingFor.displayName ?? '—'})` : '';
  return `${name}${position}${actingFor}`;
}

/**
 * The metryka sprawy (KPA art. 66a; DOMAIN.md §2.7), A4 landscape: the znak, title and date of
 * initiation on every page; one row per action with its date, person, description and document.
 */
export function renderMetrykaPdf({
  metryka,
  initiatedOn,
  officeName,
  printedAt,
}: {
  metryka: { case: { sign: string; title: string }; items: MetrykaEntry[] };
  initiatedOn: string;
  officeName: string;
  printedAt: string;
}): Promise<Uint8Array> {
  return renderTablePdf({
    title: `Metryka sprawy ${metryka.case.sign}`,
    heading: [
      officeName,
      `Znak sprawy: ${metryka.case.sign}`,
      `Tytuł sprawy: ${metryka.case.title}`,
      `Data wszczęcia sprawy: ${initiatedOn}`,
    ].filter((line) => line !== ''),
    columns: [
      { title: 'Lp.', width: 24 },
      { title: 'Data czynności', width: 78 },
      { title: 'Osoba (imię i nazwisko, stanowisko)', width: 170, maxLines: 3 },
      { title: 'Opis czynności', width: 320, maxLines: 6 },
      { title: 'Identyfikator dokumentu', width: 180, maxLines: 2 },
    ],
    rows: metryka.items.map((entry) => [
      String(entry.ordinal),
      toWarsawDateTime(new Date(entry.at)),
      describeMetrykaPerson(entry.actor),
      entry.description,
      entry.documentId ?? '',
    ]),
    printedAt,
    emptyText: 'Brak czynności w metryce.',
  });
}
