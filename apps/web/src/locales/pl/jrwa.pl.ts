import type { JrwaIssueCode } from '../../modules/jrwa/jrwa.constants';

/** One message per import issue code; `{symbol}`, `{parent}`, `{value}`, `{firstLine}`, `{childCount}`… */
export const jrwaIssuesPl: Record<`jrwa.issue.${JrwaIssueCode}` | 'jrwa.issue.unknown', string> = {
  'jrwa.issue.unknown': 'Problem w pliku:',
  'jrwa.issue.jrwa.row.symbol_invalid': 'Symbol „{symbol}” jest nieprawidłowy: symbol to od 1 do 10 cyfr.',
  'jrwa.issue.jrwa.row.symbol_duplicate':
    'Symbol {symbol} się powtarza — wystąpił już w wierszu {firstLine}.',
  'jrwa.issue.jrwa.row.parent_missing':
    'Brak klasy nadrzędnej {parent} dla klasy {symbol}. Dodaj ją do pliku albo popraw symbol.',
  'jrwa.issue.jrwa.row.title_missing': 'Klasa {symbol} nie ma hasła klasyfikacyjnego.',
  'jrwa.issue.jrwa.row.title_too_long':
    'Hasło klasy {symbol} jest za długie (dopuszczalna liczba znaków: {maxLength}).',
  'jrwa.issue.jrwa.row.category_invalid':
    'Kategoria archiwalna „{value}” jest nieprawidłowa. Dozwolone: A, Bc oraz B lub BE z liczbą lat, np. B5, BE10.',
  'jrwa.issue.jrwa.row.category_other_invalid':
    'Kategoria dla innych komórek „{value}” jest nieprawidłowa. Dozwolone: A, Bc oraz B lub BE z liczbą lat, np. B5, BE10.',
  'jrwa.issue.jrwa.row.end_class_without_category': 'Klasa końcowa {symbol} nie ma kategorii archiwalnej.',
  'jrwa.issue.jrwa.row.category_on_non_end_class':
    'Klasa {symbol} ma podklasy, więc nie może mieć kategorii archiwalnej — kategorię podaje się tylko w klasach końcowych.',
  'jrwa.issue.jrwa.row.too_many_fields':
    'Wiersz ma więcej pól niż nagłówek. Czy średnik w haśle lub uwagach nie został ujęty w cudzysłów?',
  'jrwa.issue.jrwa.row.single_child':
    'Klasa {symbol} ma tylko jedną podklasę; przepisy przewidują od 2 do 10.',
  'jrwa.issue.jrwa.row.too_many_children':
    'Klasa {symbol} ma za dużo podklas (liczba podklas: {childCount}); przepisy przewidują od 2 do 10.',
  'jrwa.issue.jrwa.file.empty': 'Plik jest pusty albo zawiera tylko nagłówek.',
  'jrwa.issue.jrwa.file.header_unknown':
    'Nieznany nagłówek pliku. Pierwszy wiersz musi mieć postać: symbol;haslo;kategoria;kategoria_inna;uwagi.',
  'jrwa.issue.jrwa.file.malformed':
    'Plik jest uszkodzony albo ma nieprawidłowy format (np. niezamknięty cudzysłów).',
  'jrwa.issue.jrwa.file.doctype_forbidden':
    'Plik XML zawiera deklarację DOCTYPE, której ze względów bezpieczeństwa nie przyjmujemy. Usuń ją z pliku.',
};

export const jrwaPl = {
  'jrwa.browser.title': 'Jednolity rzeczowy wykaz akt',
  'jrwa.browser.version.label': 'Wersja JRWA',
  'jrwa.browser.version.current': 'Obowiązująca dziś',
  'jrwa.browser.version.summary': '{name}, obowiązuje od {validFrom}, liczba klas: {count}',
  'jrwa.browser.no_version.title': 'Brak wykazu akt',
  'jrwa.demo.title': 'To jest fragment demonstracyjny, a nie wykaz akt urzędu',
  'jrwa.demo.text':
    'Pokazany wykaz służy tylko do pokazu i nauki. Oficjalny JRWA dla gmin z 2011 r. nie jest dostępny w postaci danych, dlatego administrator musi zaimportować wykaz akt własnego urzędu (z zarządzenia lub instrukcji kancelaryjnej).',
  'jrwa.demo.import_link': 'Importuj JRWA urzędu',
  'jrwa.search.label': 'Szukaj klasy',
  'jrwa.search.description': 'Symbol (np. 01) albo słowa hasła; polskie znaki nie są wymagane.',
  'jrwa.search.results': 'Wyniki wyszukiwania',
  'jrwa.search.count': 'Znalezione klasy: {count}',
  'jrwa.search.none': 'Nie znaleziono klas.',
  'jrwa.tree.label': 'Klasy JRWA',
  'jrwa.tree.keyboard_hint':
    'Klawiatura: strzałki w górę i w dół przechodzą między klasami, w prawo rozwija, w lewo zwija, Home i End skaczą na początek i koniec.',
  'jrwa.details.hint': 'Wybierz klasę w drzewie albo w wynikach wyszukiwania, aby zobaczyć szczegóły.',
  'jrwa.details.symbol': 'Symbol',
  'jrwa.details.title': 'Hasło klasyfikacyjne',
  'jrwa.details.level': 'Poziom',
  'jrwa.details.parent': 'Klasa nadrzędna',
  'jrwa.details.parent.none': '(klasa pierwszego rzędu)',
  'jrwa.details.final': 'Klasa końcowa',
  'jrwa.details.final.yes': 'Tak — w tej klasie zakłada się sprawy',
  'jrwa.details.final.no': 'Nie — klasa ma podklasy',
  'jrwa.details.category': 'Kategoria archiwalna w komórce merytorycznej',
  'jrwa.details.category_other': 'Kategoria archiwalna w innych komórkach',
  'jrwa.details.remarks': 'Uwagi',
  'jrwa.category.A': 'materiały archiwalne, przechowywane wieczyście',
  'jrwa.category.Bc': 'dokumentacja niearchiwalna o krótkotrwałym znaczeniu praktycznym',
  'jrwa.category.B': 'dokumentacja niearchiwalna; okres przechowywania w latach: {years}',
  'jrwa.category.BE': 'dokumentacja niearchiwalna; po {years} latach ekspertyza archiwum państwowego',
  'jrwa.category.none': 'brak',
  'jrwa.export.csv': 'Pobierz CSV',
  'jrwa.export.xml': 'Pobierz XML',

  'jrwa.import.button': 'Importuj JRWA',
  'jrwa.import.title': 'Import wykazu akt (JRWA)',
  'jrwa.import.back': '← Wróć do JRWA',
  'jrwa.import.file.label': 'Plik CSV lub XML',
  'jrwa.import.file.description': 'Cały wykaz akt; plik jest sprawdzany w całości przed zapisaniem.',
  'jrwa.import.file.required': 'Wybierz plik do importu.',
  'jrwa.import.name.label': 'Nazwa wersji',
  'jrwa.import.name.description': 'Np. „JRWA — zarządzenie nr 12/2025”. Puste pole — nazwa pliku.',
  'jrwa.import.valid_from.label': 'Obowiązuje od',
  'jrwa.import.valid_from.description': 'Puste pole — od dziś.',
  'jrwa.import.submit': 'Importuj',
  'jrwa.import.result.label': 'Wynik importu',
  'jrwa.import.success.title': 'Zaimportowano wykaz akt',
  'jrwa.import.success.text':
    'Liczba zaimportowanych klas: {count}. Wersja „{name}” obowiązuje od {validFrom}.',
  'jrwa.import.success.browse': 'Przeglądaj JRWA',
  'jrwa.import.warnings.caption': 'Ostrzeżenia (plik przyjęto): {count}',
  'jrwa.import.issues.caption': 'Błędy w pliku: {count}',
  'jrwa.import.issues.missing': 'Serwer nie przekazał listy błędów.',
  'jrwa.issues.line': 'Wiersz',
  'jrwa.issues.symbol': 'Symbol',
  'jrwa.issues.problem': 'Problem',
  'jrwa.import.help.heading': 'Format pliku CSV',
  'jrwa.import.help.intro':
    'Każdy wiersz to jedna klasa. Kolumny: symbol;haslo;kategoria;kategoria_inna;uwagi.',
  'jrwa.import.help.encoding': 'Kodowanie UTF-8, separator — średnik (;).',
  'jrwa.import.help.header':
    'Pierwszy wiersz to nagłówek: symbol;haslo;kategoria;kategoria_inna;uwagi (przyjmujemy też układ kolumn I;II;III;IV;V).',
  'jrwa.import.help.symbol':
    'Symbol to od 1 do 10 cyfr; każdy kolejny poziom dopisuje jedną cyfrę do symbolu klasy nadrzędnej.',
  'jrwa.import.help.category':
    'Kategorię archiwalną (A, B5, BE10, Bc…) podaje się tylko w klasach końcowych, czyli bez podklas.',
  'jrwa.import.help.category_other': 'Kategoria w innych komórkach jest opcjonalna; domyślnie Bc.',
  'jrwa.import.help.children': 'Klasa, która ma podklasy, powinna mieć ich od 2 do 10.',
  'jrwa.import.help.quotes': 'Tekst zawierający średnik lub cudzysłów ujmij w cudzysłów "…".',
  'jrwa.import.help.xml': 'Można też zaimportować plik XML wyeksportowany z Obiegu.',
  'jrwa.import.help.example': 'Przykład:',

  'jrwa.extracts.button': 'Wyciągi dla komórek',
  'jrwa.extracts.title': 'Wyciągi z JRWA dla komórek',
  'jrwa.extracts.intro':
    'Wyciąg to klasy końcowe, z których korzysta komórka organizacyjna. Przy zakładaniu spraw komórka zobaczy tylko te klasy.',
  'jrwa.extracts.unit.label': 'Komórka organizacyjna',
  'jrwa.extracts.filter.label': 'Zawęź listę (symbol lub słowa)',
  'jrwa.extracts.legend': 'Klasy końcowe w wyciągu',
  'jrwa.extracts.chosen': 'Wybrane klasy: {count} z {total}',
  'jrwa.extracts.save': 'Zapisz wyciąg',
  'jrwa.extracts.saved': 'Zapisano wyciąg (liczba klas: {count}).',
};
