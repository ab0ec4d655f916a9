import { describe, expect, test } from 'vitest';
import {
  jrwaReferenceDay,
  periodFilter,
  registerFileName,
  resolveRegisterPeriod,
  senderName,
  settlementRemarks,
} from './case-register.models.js';

const query = { unitId: '0190a5e4-7b7c-7000-8000-000000000000', jrwaSymbol: '60' };

describe('the spis spraw, pure parts', () => {
  test('without a year or a range the register is of the current year', () => {
    expect(resolveRegisterPeriod(query, '2026-04-01')).toEqual({ year: 2026, from: null, to: null });
    expect(resolveRegisterPeriod({ ...query, from: '2026-03-01', to: '2026-03-31' }, '2026-04-01')).toEqual({
      year: null,
      from: '2026-03-01',
      to: '2026-03-31',
    });
  });

  test('a range of days spans Polish midnights, also across the change to summer time', () => {
    // 29 March 2026: clocks go forward; midnight that day is still CET, the next one CEST.
    expect(periodFilter({ year: null, from: '2026-03-29', to: '2026-03-29' })).toEqual({
      openedFrom: new Date('2026-03-28T23:00:00Z'),
      openedBefore: new Date('2026-03-29T22:00:00Z'),
    });
    expect(periodFilter({ year: 2026, from: null, to: null })).toEqual({ year: 2026 });
  });

  test('the class is named from the JRWA in force at the end of the period, or today if that is sooner', () => {
    expect(jrwaReferenceDay({ year: 2025, from: null, to: null }, '2026-04-01')).toBe('2025-12-31');
    expect(jrwaReferenceDay({ year: 2026, from: null, to: null }, '2026-04-01')).toBe('2026-04-01');
    expect(jrwaReferenceDay({ year: null, from: '2026-01-01', to: '2026-02-28' }, '2026-04-01')).toBe(
      '2026-02-28',
    );
  });

  test('remarks name the manner of settlement in Polish with the closing note; an open case has none', () => {
    expect(settlementRemarks({ settlement: 'letter', closingNote: null })).toBe('Załatwiono pismem');
    expect(settlementRemarks({ settlement: 'oral_memo', closingNote: 'Wyjaśniono' })).toBe(
      'Załatwiono ustnie (notatka służbowa). Wyjaśniono',
    );
    expect(settlementRemarks({ settlement: null, closingNote: null })).toBe('');
  });

  test('the sender is named as in the RPW: a person by surname and given names, an institution by its name', () => {
    const none = { senderName: null, senderSurname: null, senderGivenNames: null };
    expect(
      senderName({
        ...none,
        senderKind: 'person',
        senderSurname: 'Żółkiewski',
        senderGivenNames: 'Stanisław',
      }),
    ).toBe('Żółkiewski Stanisław');
    expect(senderName({ ...none, senderKind: 'institution', senderName: 'PWiK Sp. z o.o.' })).toBe(
      'PWiK Sp. z o.o.',
    );
    expect(senderName({ ...none, senderKind: null })).toBeNull();
  });

  test('file names keep only ASCII letters, digits and single dashes of the unit code', () => {
    const header = {
      year: null,
      from: '2026-03-01',
      to: '2026-03-31',
      generatedAt: '2026-04-01T08:00:00.000Z',
      unit: { id: query.unitId, symbol: 'OŚ-II "x"', name: 'Ochrona Środowiska' },
      jrwa: { symbol: '60', title: null },
    };
    expect(registerFileName(header, 'csv')).toBe('spis-spraw-OS-II-x-60-2026-03-01_2026-03-31.csv');
  });
});
