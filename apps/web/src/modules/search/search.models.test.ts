import { describe, expect, test } from 'vitest';
import {
  SEARCH_LIMIT,
  applicableFilters,
  canSearch,
  hasSearchFilters,
  hitDay,
  hitLink,
  isShortcutIgnoredAt,
  parseGlobalSearch,
  resultCount,
  toSearchQuery,
} from './search.models';

const UNIT = '01900000-0000-7000-8000-0000000000b1';
const ID = '01900000-0000-7000-8000-0000000000c1';
const CASE = '01900000-0000-7000-8000-0000000000d1';

describe('the address of the search screen', () => {
  test('keeps the words and every filter the API understands', () => {
    const search = parseGlobalSearch({
      q: '  wniosek o dowód ',
      type: 'case',
      from: '2026-01-01',
      to: '2026-03-31',
      unitId: UNIT,
      status: 'closed',
      jrwaSymbol: '6100',
    });
    expect(search).toEqual({
      q: 'wniosek o dowód',
      type: 'case',
      from: '2026-01-01',
      to: '2026-03-31',
      unitId: UNIT,
      status: 'closed',
      jrwaSymbol: '6100',
    });
    expect(toSearchQuery(search)).toEqual({ ...search, limit: SEARCH_LIMIT });
  });

  test('drops malformed values instead of sending them to the API', () => {
    expect(
      parseGlobalSearch({
        q: '   ',
        type: 'letter',
        from: '1.03.2026',
        to: 'tomorrow',
        unitId: 'GK',
        status: 'lost',
        jrwaSymbol: '61.00',
      }),
    ).toEqual(parseGlobalSearch({}));
    expect(hasSearchFilters(parseGlobalSearch({ q: 'x', jrwaSymbol: '12345678901' }))).toBe(false);
  });

  test('words and a JRWA symbol typed as digits in the address are still text', () => {
    expect(parseGlobalSearch({ q: 2026, jrwaSymbol: 6100 })).toMatchObject({ q: '2026', jrwaSymbol: '6100' });
  });

  test('a filter that cannot apply to the chosen kind is dropped, so it cannot hide every hit', () => {
    expect(parseGlobalSearch({ type: 'incoming', status: 'registered', unitId: UNIT })).toMatchObject({
      status: 'registered',
      unitId: undefined,
    });
    expect(parseGlobalSearch({ type: 'incoming', status: 'open' }).status).toBeUndefined();
    expect(parseGlobalSearch({ type: 'document', status: 'open', jrwaSymbol: '61' })).toMatchObject({
      status: undefined,
      jrwaSymbol: '61',
    });
    expect(parseGlobalSearch({ type: 'contact', from: '2026-01-01', jrwaSymbol: '61' })).toMatchObject({
      from: undefined,
      jrwaSymbol: undefined,
    });
  });

  test('without a kind, case and item statuses are both offered; contacts have no dates or statuses', () => {
    expect(applicableFilters(undefined).statuses).toEqual({
      cases: ['open', 'suspended', 'closed'],
      incoming: ['registered', 'cancelled'],
    });
    expect(applicableFilters('contact')).toEqual({
      dates: false,
      unit: false,
      jrwa: false,
      statuses: { cases: [], incoming: [] },
    });
  });

  test('the words alone are not a filter', () => {
    expect(hasSearchFilters({ q: 'wniosek' })).toBe(false);
    expect(hasSearchFilters({ q: 'wniosek', type: 'contact' })).toBe(true);
  });
});

describe('who may search', () => {
  test('anyone who may read items, cases or contacts', () => {
    expect(canSearch(['cases:read'])).toBe(true);
    expect(canSearch(['contacts:read'])).toBe(true);
    expect(canSearch(['correspondence:read'])).toBe(true);
    expect(canSearch(['jrwa:read', 'audit:read'])).toBe(false);
  });
});

describe('a hit opens what was found', () => {
  test('an item its RPW page, a case its page, a document the case holding it, a contact its card', () => {
    expect(hitLink({ type: 'incoming', id: ID, caseId: null })).toEqual({
      to: '/incoming/$id',
      params: { id: ID },
    });
    expect(hitLink({ type: 'case', id: ID, caseId: null })).toEqual({ to: '/cases/$id', params: { id: ID } });
    expect(hitLink({ type: 'document', id: ID, caseId: CASE })).toEqual({
      to: '/cases/$id',
      params: { id: CASE },
    });
    expect(hitLink({ type: 'contact', id: ID, caseId: null })).toEqual({
      to: '/contacts/$contactId',
      params: { contactId: ID },
    });
  });

  test('a document without its case is shown but not linked', () => {
    expect(hitLink({ type: 'document', id: ID, caseId: null })).toBeNull();
  });

  test('is dated by the office day, not the UTC day', () => {
    expect(hitDay('2026-03-09T23:30:00.000Z')).toBe('2026-03-10');
    expect(hitDay(null)).toBeNull();
    expect(hitDay('not a date')).toBeNull();
  });
});

describe('the count of hits', () => {
  test('says only what was returned: a full page is "the first N", never a total', () => {
    expect(resultCount(0)).toEqual({ kind: 'none', count: 0 });
    expect(resultCount(3)).toEqual({ kind: 'some', count: 3 });
    expect(resultCount(SEARCH_LIMIT)).toEqual({ kind: 'first', count: SEARCH_LIMIT });
  });
});

describe('the "/" shortcut', () => {
  test('is left alone while typing or in a dialog, and taken anywhere else', () => {
    document.body.innerHTML = `
      <input id="text" /><textarea id="area"></textarea><select id="choice"></select>
      <div contenteditable="true"><p id="editable">x</p></div>
      <div role="dialog"><button id="in-dialog">OK</button></div>
      <button id="plain">OK</button>`;
    const at = (id: string) => document.getElementById(id);
    for (const id of ['text', 'area', 'choice', 'editable', 'in-dialog'])
      expect(isShortcutIgnoredAt(at(id)), id).toBe(true);
    expect(isShortcutIgnoredAt(at('plain'))).toBe(false);
    expect(isShortcutIgnoredAt(document.body)).toBe(false);
    expect(isShortcutIgnoredAt(null)).toBe(false);
    document.body.innerHTML = '';
  });
});
