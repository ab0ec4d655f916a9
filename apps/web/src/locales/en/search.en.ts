import type { searchPl } from '../pl/search.pl';

export const searchEn: Record<keyof typeof searchPl, string> = {
  'nav.search': 'Search',
  'nav.search.description':
    'One search across incoming items, cases, case documents (including the text of their files) and contacts.',

  'search.header.label': 'Search',
  'search.header.placeholder': 'Search items, cases…',
  'search.header.shortcut': 'The / key moves to the search box, Esc leaves it.',

  'search.page.title': 'Search',

  'search.form.label': 'Search',
  'search.form.words.label': 'Words to find',
  'search.form.words.description':
    'RPW number, case mark, words of a title or of a letter’s text, a sender’s name. Beginnings of words are enough; Polish letters are optional.',
  'search.form.submit': 'Search',
  'search.form.shortcut': 'The / key moves to the “Words to find” box.',

  'search.filters.heading': 'Narrow the results',
  'search.filters.type.label': 'Kind',
  'search.filters.type.all': 'Everything',
  'search.filters.type.incoming': 'Incoming items',
  'search.filters.type.case': 'Cases',
  'search.filters.type.document': 'Case documents',
  'search.filters.type.contact': 'Contacts',
  'search.filters.from.label': 'From',
  'search.filters.to.label': 'To',
  'search.filters.dates.description': 'Day of registration, of opening the case or of adding the document.',
  'search.filters.status.label': 'Status',
  'search.filters.status.cases': 'Cases',
  'search.filters.status.incoming': 'Incoming items',
  'search.filters.unit.label': 'Leading unit',
  'search.filters.unit.description': 'Only cases of this unit and their documents.',
  'search.filters.jrwa.label': 'JRWA class',
  'search.filters.jrwa.description': 'Symbol, e.g. 6100 — classes under it too. Only cases and documents.',
  'search.filters.jrwa.invalid': 'A class symbol is 1 to 10 digits, e.g. 6100.',

  'search.type.incoming': 'Incoming item',
  'search.type.case': 'Case',
  'search.type.document': 'Document',
  'search.type.contact': 'Contact',

  'search.results.heading': 'Results',
  'search.results.count': 'Results: {count}',
  'search.results.first': 'Showing the first results ({count}). Narrow the search to see the others.',
  'search.results.none': 'Nothing found for “{q}”.',
  'search.results.none_hint': 'Check the spelling, type a shorter beginning of a word, or clear the filters.',
  'search.results.no_words': 'Type letters or digits — punctuation alone is not searched for.',
  'search.results.corrected': 'No results for “{typed}”. Showing results for: {corrected}.',
  'search.results.in_content': 'Found in the text of a file',
  'search.results.list_label': 'Incoming items, cases, documents and contacts found',

  'search.start.heading': 'What are you looking for?',
  'search.start.text':
    'Type the words to find. Incoming items, cases, case documents (including the text of their files) and contacts are searched — only those you have access to.',
};
