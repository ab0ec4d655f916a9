import type { SearchHit, SearchResult } from '@obieg/contracts/search';

export const CASE_ID = '01900000-0000-7000-8000-0000000005a1';
export const ITEM_ID = '01900000-0000-7000-8000-0000000002a1';
export const DOCUMENT_ID = '01900000-0000-7000-8000-0000000006a1';
export const CONTACT_ID = '01900000-0000-7000-8000-0000000000c1';

/** A hit as the API answers it: by default a case found by a word of its title. */
export function makeSearchHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    type: 'case',
    id: CASE_ID,
    caseId: null,
    title: 'Wniosek o zajęcie pasa drogowego',
    reference: 'GK.6100.1.2026',
    date: '2026-03-10T09:00:00.000Z',
    matchedIn: 'metadata',
    fragment: [
      { text: 'Wniosek', match: true },
      { text: ' o zajęcie pasa drogowego', match: false },
    ],
    ...overrides,
  };
}

export function makeSearchResult(overrides: Partial<SearchResult> = {}): SearchResult {
  return { items: [makeSearchHit()], words: ['wniosek'], correctedWords: null, ...overrides };
}
