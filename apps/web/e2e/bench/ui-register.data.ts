// The letters of `npm run bench:ui-register`: who sends them, their titles, the scans.

export type Sender =
  { kind: 'person'; surname: string; givenNames: string } | { kind: 'institution'; name: string };

/** Twenty senders of a town office's post; the clerk types the first letters of the name shown. */
export const SENDERS: Sender[] = [
  { kind: 'person', surname: 'Adamczyk', givenNames: 'Barbara' },
  { kind: 'person', surname: 'Bielecki', givenNames: 'Tomasz' },
  { kind: 'person', surname: 'Cieślak', givenNames: 'Ewa' },
  { kind: 'person', surname: 'Dudek', givenNames: 'Marek' },
  { kind: 'person', surname: 'Ejsmont', givenNames: 'Anna' },
  { kind: 'person', surname: 'Filipek', givenNames: 'Jan' },
  { kind: 'person', surname: 'Gajewska', givenNames: 'Irena' },
  { kind: 'person', surname: 'Hołubowicz', givenNames: 'Piotr' },
  { kind: 'person', surname: 'Izdebski', givenNames: 'Karol' },
  { kind: 'person', surname: 'Jabłońska', givenNames: 'Zofia' },
  { kind: 'person', surname: 'Kaczmarczyk', givenNames: 'Adam' },
  { kind: 'person', surname: 'Lisowska', givenNames: 'Maria' },
  { kind: 'person', surname: 'Michalak', givenNames: 'Paweł' },
  { kind: 'person', surname: 'Nowicka', givenNames: 'Joanna' },
  { kind: 'person', surname: 'Olszewski', givenNames: 'Witold' },
  { kind: 'institution', name: 'Przedsiębiorstwo Wodociągów i Kanalizacji sp. z o.o.' },
  { kind: 'institution', name: 'Regionalna Dyrekcja Ochrony Środowiska' },
  { kind: 'institution', name: 'Spółdzielnia Mieszkaniowa „Zorza”' },
  { kind: 'institution', name: 'Tauron Dystrybucja S.A.' },
  { kind: 'institution', name: 'Urząd Skarbowy w Przykładowie' },
];
export const PREFIX_LENGTH = 4;

export const TITLES = [
  'Wniosek o wydanie zaświadczenia o przeznaczeniu działki',
  'Skarga na hałas z budowy przy ul. Długiej',
  'Podanie o przedłużenie terminu zapłaty podatku',
  'Wniosek o wycinkę drzewa na posesji',
  'Zawiadomienie o zmianie adresu',
  'Odwołanie od decyzji w sprawie opłaty za odpady',
  'Wniosek o dodatek mieszkaniowy',
  'Prośba o naprawę oświetlenia ulicznego',
  'Deklaracja o wysokości opłaty za odpady',
  'Wniosek o udostępnienie informacji publicznej',
  'Zgłoszenie zajęcia pasa drogowego',
  'Wniosek o wpis do ewidencji działalności',
  'Pismo w sprawie remontu chodnika',
  'Wniosek o ulgę w podatku od nieruchomości',
  'Uwagi do projektu planu miejscowego',
  'Informacja o planowanej przerwie w dostawie wody',
  'Postanowienie w sprawie uzgodnienia środowiskowego',
  'Zawiadomienie o walnym zgromadzeniu członków',
  'Informacja o przyłączeniu do sieci elektroenergetycznej',
  'Wezwanie do złożenia wyjaśnień podatkowych',
];

/** The post arrives sorted: ordinary letters first, then the registered ones with their list. */
export const methodOf = (index: number) => (index < 14 ? 'list_zwykly' : 'list_polecony');

export const displayName = (sender: Sender) =>
  sender.kind === 'person' ? `${sender.surname} ${sender.givenNames}` : sender.name;

/** A one-page scan: a PDF of ~300 kB (distinct content per letter, as real scans are). */
export function scanPdf(index: number): Buffer {
  const body = Buffer.alloc(300 * 1024, 32 + (index % 90));
  return Buffer.concat([Buffer.from(`%PDF-1.4\n% skan ${index}\n`), body, Buffer.from('\n%%EOF\n')]);
}
