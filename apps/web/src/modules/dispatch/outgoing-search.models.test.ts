import { describe, expect, test } from 'vitest';
import { nextSort, parseOutgoingSearch, sortSearch, toRegisterQuery } from './outgoing-search.models';

describe('outgoing register in the address', () => {
  test('reads the tab, filters, sorting and page, dropping what is malformed', () => {
    expect(
      parseOutgoingSearch({
        tab: 'register',
        year: '2026',
        from: '2026-01-01',
        to: 'yesterday',
        channel: 'post',
        state: 'lost',
        q: '  Kowalski ',
        sort: 'addressee',
        order: 'asc',
        page: '3',
      }),
    ).toEqual({
      tab: 'register',
      year: 2026,
      from: '2026-01-01',
      to: undefined,
      channel: 'post',
      state: undefined,
      q: 'Kowalski',
      sort: 'addressee',
      order: 'asc',
      page: 3,
      date: undefined,
    });
    expect(parseOutgoingSearch({ tab: 'queue', sort: 'number', order: 'desc', page: '1' })).toMatchObject({
      tab: undefined,
      sort: undefined,
      order: undefined,
      page: undefined,
    });
  });

  test('asks the API for one page of 50 with the status filter under its API name', () => {
    expect(toRegisterQuery({ state: 'sent', page: 2, sort: 'postedOn', order: 'asc' })).toEqual({
      year: undefined,
      from: undefined,
      to: undefined,
      channel: undefined,
      status: 'sent',
      q: undefined,
      sort: 'postedOn',
      order: 'asc',
      limit: 50,
      offset: 50,
    });
  });

  test('a column sorts newest first for number and date, alphabetically otherwise; again reverses', () => {
    expect(nextSort({ sort: 'number', order: 'desc', column: 'addressee' })).toEqual({
      sort: 'addressee',
      order: 'asc',
    });
    expect(nextSort({ sort: 'addressee', order: 'asc', column: 'postedOn' })).toEqual({
      sort: 'postedOn',
      order: 'desc',
    });
    expect(nextSort({ sort: 'number', order: 'desc', column: 'number' })).toEqual({
      sort: 'number',
      order: 'asc',
    });
    expect(sortSearch({ sort: 'number', order: 'desc' })).toEqual({ sort: undefined, order: undefined });
    expect(sortSearch({ sort: 'number', order: 'asc' })).toEqual({ sort: undefined, order: 'asc' });
  });
});
