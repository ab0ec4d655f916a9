import { describe, expect, test } from 'vitest';
import { hasFilters, parseIncomingSearch, toFilterQuery } from './incoming-search.models';

const GK = '01900000-0000-7000-8000-0000000000a1';

describe('the RPW register filters kept in the address', () => {
  test('a unit filter is read from the address and sent to the API', () => {
    const search = parseIncomingSearch({ unitId: GK, q: ' skarga ' });
    expect(search).toMatchObject({ unitId: GK });
    expect(hasFilters(search)).toBe(true);
    expect(toFilterQuery(search)).toMatchObject({ unitId: GK, q: 'skarga' });
  });

  test('malformed values in the address are dropped, not sent', () => {
    const search = parseIncomingSearch({
      unitId: 'GK',
      from: '21.11.2026',
      status: 'lost',
      lacksScan: 'yes',
    });
    expect(search).toEqual(
      expect.objectContaining({
        unitId: undefined,
        from: undefined,
        status: undefined,
        lacksScan: undefined,
      }),
    );
    expect(hasFilters(search)).toBe(false);
  });
});
