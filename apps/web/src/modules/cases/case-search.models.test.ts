import { describe, expect, test } from 'vitest';
import { ApiError } from '../../app/api-error';
import { unfinishedWorkOf } from './case-errors.models';
import {
  caseYears,
  parseCaseSearch,
  parseCaseTab,
  parseOpenCaseSearch,
  toCaseListQuery,
} from './case-search.models';
import { dashboardScopes, earliestNoticeDate, parseDashboardSearch } from './dashboard.models';

const UNIT = '01900000-0000-7000-8000-0000000000b1';

describe('the addresses of the case screens', () => {
  test('the list shows my cases unless `all` is asked for; malformed filters are dropped', () => {
    expect(parseCaseSearch({})).toEqual({});
    expect(toCaseListQuery({})).toMatchObject({ mine: '1' });
    const search = parseCaseSearch({ all: '1', status: 'closed', unitId: UNIT, year: '2026', q: ' pas ' });
    expect(search).toEqual({ all: true, status: 'closed', unitId: UNIT, year: 2026, q: 'pas' });
    expect(toCaseListQuery(search)).toEqual({
      mine: undefined,
      status: 'closed',
      unitId: UNIT,
      year: 2026,
      q: 'pas',
    });
    expect(parseCaseSearch({ status: 'lost', unitId: 'GK', year: 'x', q: '  ' })).toEqual({});
  });

  test('the years offered run from this one back ten years', () => {
    expect(caseYears(2026)).toHaveLength(11);
    expect(caseYears(2026).slice(0, 2)).toEqual([2026, 2025]);
  });

  test('a case opens on its file unless another tab is asked for; the form takes an item id', () => {
    expect(parseCaseTab({ tab: 'metryka' })).toEqual({ tab: 'metryka' });
    expect(parseCaseTab({ tab: 'shares' })).toEqual({ tab: 'shares' });
    expect(parseCaseTab({ tab: 'file' })).toEqual({});
    expect(parseCaseTab({ tab: 'other' })).toEqual({});
    expect(parseOpenCaseSearch({ from: UNIT })).toEqual({ from: UNIT });
    expect(parseOpenCaseSearch({ from: '../x' })).toEqual({});
  });
});

describe('the deadline dashboard', () => {
  test('everyone sees their own cases; unit scope adds the unit, office scope the office', () => {
    expect(dashboardScopes({ grants: [{ permission: 'cases:read', scope: 'own' }] })).toEqual(['me']);
    expect(dashboardScopes({ grants: [{ permission: 'cases:read', scope: 'unit' }] })).toEqual([
      'me',
      'unit',
    ]);
    expect(dashboardScopes({ grants: [{ permission: 'cases:read', scope: 'office' }] })).toEqual([
      'me',
      'unit',
      'office',
    ]);
    expect(dashboardScopes({ grants: [{ permission: 'cases:handle', scope: 'office' }] })).toEqual(['me']);
    expect(parseDashboardSearch({ scope: 'unit' })).toEqual({ scope: 'unit' });
    expect(parseDashboardSearch({ scope: 'all' })).toEqual({});
  });

  test('a notice of delay sets a date after today and after the current term', () => {
    expect(earliestNoticeDate({ today: '2026-03-10', dueDate: '2026-03-20' })).toBe('2026-03-21');
    expect(earliestNoticeDate({ today: '2026-03-10', dueDate: '2026-03-01' })).toBe('2026-03-11');
    expect(earliestNoticeDate({ today: '2026-12-31', dueDate: null })).toBe('2027-01-01');
  });
});

describe('closing a case with unfinished work', () => {
  test('reads what is left from the 409 problem', () => {
    const error = new ApiError({
      status: 409,
      code: 'cases.unfinished_work',
      problem: { unfinished: { pendingDecrees: 2, openSubCases: 0 } },
    });
    expect(unfinishedWorkOf(error)).toEqual({ pendingDecrees: 2, openSubCases: 0 });
    expect(unfinishedWorkOf(new ApiError({ status: 409, code: 'cases.closed' }))).toBeNull();
    expect(unfinishedWorkOf(new Error('x'))).toBeNull();
  });
});
