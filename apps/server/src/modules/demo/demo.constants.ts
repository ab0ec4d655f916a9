/**
 * A DEMONSTRATION fragment of a JRWA, not the legal JRWA of any office. Rows 0–0005 are the
 * confirmed rows of the 2011 gmina JRWA (DOMAIN.md §3.3); the rest are illustrative so that the
 * demo units have end classes to work with. Offices must import their own JRWA.
 */
export const DEMO_JRWA_CSV = `symbol;haslo;kategoria;kategoria_inna;uwagi
0;ZARZĄDZANIE GMINĄ I JEJ REPREZENTACJA;;;fragment demonstracyjny
00;Organy kolegialne i jednoosobowe gminy;;;
000;Rada gminy;;;
0000;Organizacja pracy rady gminy;A;Bc;m.in. regulaminy
0001;Planowanie i sprawozdawczość z prac rady gminy;A;Bc;w tym korespondencja
0002;Sesje rady gminy;A;Bc;m.in. zawiadomienia, stenogramy, protokoły, materiały pod obrady, uchwały
0003;Wnioski i interpelacje radnych;A;Bc;w tym rejestr i odpowiedzi
0004;Przewodniczący rady gminy;A;Bc;m.in. korespondencja kierowana do i od przewodniczącego
0005;Wnioski i postulaty mieszkańców i innych podmiotów do rady gminy oraz spotkania z mieszkańcami i innymi podmiotami;A;Bc;w tym rejestr i odpowiedzi
01;Organizacja urzędu (przykład demonstracyjny);;;
010;Przepisy wewnętrzne;;;
0100;Regulamin organizacyjny urzędu;A;Bc;przykład
0101;Zarządzenia wewnętrzne;A;Bc;przykład
05;Skargi, wnioski, petycje (przykład demonstracyjny);;;
050;Skargi i wnioski;;;
0500;Skargi i wnioski załatwiane bezpośrednio;A;Bc;przykład
0501;Petycje;A;Bc;przykład
3;FINANSE (przykład demonstracyjny);;;
31;Podatki i opłaty lokalne;;;
310;Podatek od nieruchomości;;;
3100;Wymiar podatku od nieruchomości;B5;Bc;przykład
3101;Ulgi i umorzenia w podatku od nieruchomości;B5;Bc;przykład
6;GOSPODARKA KOMUNALNA (przykład demonstracyjny);;;
60;Drogi gminne;;;
600;Zajęcie pasa drogowego;;;
6000;Zezwolenia na zajęcie pasa drogowego;B5;Bc;przykład
6001;Uzgodnienia lokalizacji urządzeń w pasie drogowym;B5;Bc;przykład
61;Gospodarka odpadami;;;
610;Deklaracje o wysokości opłaty za gospodarowanie odpadami;;;
6100;Deklaracje i ich korekty;BE10;Bc;przykład
6101;Decyzje określające wysokość opłaty;B10;Bc;przykład
`;

/** The demonstration units' JRWA extracts (the end classes each registers cases in). */
export const DEMO_EXTRACTS: Record<string, string[]> = {
  OR: ['0100', '0101', '0500', '0501'],
  BR: ['0000', '0001', '0002', '0003', '0004', '0005'],
  FN: ['3100', '3101'],
  GK: ['6000', '6001', '6100', '6101'],
};

export const DEMO_UNITS = [
  { symbol: 'OR', name: 'Wydział Organizacyjny' },
  { symbol: 'FN', name: 'Wydział Finansowy' },
  { symbol: 'GK', name: 'Wydział Gospodarki Komunalnej' },
  { symbol: 'USC', name: 'Urząd Stanu Cywilnego' },
  { symbol: 'SO', name: 'Wydział Spraw Obywatelskich' },
  { symbol: 'BR', name: 'Biuro Rady Miejskiej' },
] as const;

export const DEMO_PEOPLE = [
  {
    login: 'kancelaria',
    displayName: 'Katarzyna Kancelaryjna',
    unit: 'OR',
    title: 'Referent ds. kancelaryjnych',
    role: 'kancelaria',
  },
  {
    login: 'sekretarz',
    displayName: 'Stanisław Sekretarski',
    unit: 'OR',
    title: 'Sekretarz Miasta',
    role: 'sekretarz',
    head: true,
  },
  {
    login: 'kierownik.gk',
    displayName: 'Krystyna Kierownicza',
    unit: 'GK',
    title: 'Naczelnik Wydziału',
    role: 'kierownik',
    head: true,
  },
  {
    login: 'referent.gk',
    displayName: 'Robert Referencki',
    unit: 'GK',
    title: 'Inspektor',
    role: 'referent',
  },
  {
    login: 'archiwista',
    displayName: 'Anna Archiwalna',
    unit: 'OR',
    title: 'Archiwista zakładowy',
    role: 'archiwista',
  },
] as const;
