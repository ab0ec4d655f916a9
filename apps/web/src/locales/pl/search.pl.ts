/** The global search: the header box and the search screen with its filters and hits. */
export const searchPl = {
  'nav.search': 'Wyszukiwanie',
  'nav.search.description':
    'Jedno wyszukiwanie w przesyłkach, sprawach, dokumentach spraw (także w treści plików) i kontaktach.',

  'search.header.label': 'Szukaj',
  'search.header.placeholder': 'Szukaj w przesyłkach, sprawach…',
  'search.header.shortcut': 'Klawisz / przenosi do pola wyszukiwania, Esc z niego wychodzi.',

  'search.page.title': 'Wyszukiwanie',

  'search.form.label': 'Wyszukiwanie',
  'search.form.words.label': 'Szukane słowa',
  'search.form.words.description':
    'Numer RPW, znak sprawy, słowa z tytułu lub treści pisma, nazwa nadawcy. Wystarczą początki słów, polskie znaki są opcjonalne.',
  'search.form.submit': 'Szukaj',
  'search.form.shortcut': 'Klawisz / przenosi do pola „Szukane słowa”.',

  'search.filters.heading': 'Zawęź wyniki',
  'search.filters.type.label': 'Rodzaj',
  'search.filters.type.all': 'Wszystko',
  'search.filters.type.incoming': 'Przesyłki wpływające',
  'search.filters.type.case': 'Sprawy',
  'search.filters.type.document': 'Dokumenty spraw',
  'search.filters.type.contact': 'Kontakty',
  'search.filters.from.label': 'Od dnia',
  'search.filters.to.label': 'Do dnia',
  'search.filters.dates.description': 'Dzień rejestracji, wszczęcia sprawy lub dodania dokumentu.',
  'search.filters.status.label': 'Stan',
  'search.filters.status.cases': 'Sprawy',
  'search.filters.status.incoming': 'Przesyłki',
  'search.filters.unit.label': 'Komórka prowadząca',
  'search.filters.unit.description': 'Tylko sprawy tej komórki i ich dokumenty.',
  'search.filters.jrwa.label': 'Klasa JRWA',
  'search.filters.jrwa.description': 'Symbol, np. 6100 — także klasy pod nią. Tylko sprawy i dokumenty.',
  'search.filters.jrwa.invalid': 'Symbol klasy to od 1 do 10 cyfr, np. 6100.',

  'search.type.incoming': 'Przesyłka',
  'search.type.case': 'Sprawa',
  'search.type.document': 'Dokument',
  'search.type.contact': 'Kontakt',

  'search.results.heading': 'Wyniki',
  'search.results.count': 'Wyniki: {count}',
  'search.results.first': 'Pokazano pierwsze wyniki ({count}). Zawęź wyszukiwanie, aby zobaczyć pozostałe.',
  'search.results.none': 'Nic nie znaleziono dla „{q}”.',
  'search.results.none_hint': 'Sprawdź pisownię, wpisz krótszy początek słowa albo usuń filtry.',
  'search.results.no_words': 'Wpisz litery lub cyfry — same znaki przestankowe nie są wyszukiwane.',
  'search.results.corrected': 'Brak wyników dla „{typed}”. Pokazano wyniki dla: {corrected}.',
  'search.results.in_content': 'Znaleziono w treści pliku',
  'search.results.list_label': 'Znalezione przesyłki, sprawy, dokumenty i kontakty',

  'search.start.heading': 'Czego szukasz?',
  'search.start.text':
    'Wpisz szukane słowa. Przeszukiwane są przesyłki wpływające, sprawy, dokumenty spraw (także tekst ich plików) i kontakty — tylko te, do których masz dostęp.',
};
