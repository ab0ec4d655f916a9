import { describe, expect, test } from 'vitest';
import {
  formatLetterDate,
  parseCaseRegisterSearch,
  parseCooperationSearch,
  registerValueErrors,
  registerValues,
  toCaseRegisterQuery,
  toCaseRegisterSearch,
} from './case-register.models';

const UNIT = '01900000-0000-7000-8000-0000000000b1';

describe('the spis spraw’s address and form', () => {
  test('a date range wins over a year, and what the API would refuse is dropped', () => {
    expect(
      parseCaseRegisterSearch({
        unitId: UNIT,
        jrwaSymbol: '60',
        year: 2026,
        from: '2026-01-01',
        to: '2026-03-31',
      }),
    ).toEqual({ unitId: UNIT, jrwaSymbol: '60', from: '2026-01-01', to: '2026-03-31' });
    expect(
      parseCaseRegisterSearch({
        unitId: 'x',
        jrwaSymbol: '6a',
        year: '1800',
        from: '2026-04-01',
        to: '2026-03-01',
      }),
    ).toEqual({
      unitId: undefined,
      jrwaSymbol: undefined,
      year: undefined,
    });
  });

  test('the register is asked for only with a unit and a class; without a period the API takes this year', () => {
    expect(toCaseRegisterQuery({ unitId: UNIT })).toBeNull();
    expect(toCaseRegisterQuery({ unitId: UNIT, jrwaSymbol: '60' })).toEqual({
      unitId: UNIT,
      jrwaSymbol: '60',
    });
    expect(toCaseRegisterQuery({ unitId: UNIT, jrwaSymbol: '60', year: 2025 })).toEqual({
      unitId: UNIT,
      jrwaSymbol: '60',
      year: 2025,
    });
  });

  test('the form starts in the officer’s unit and this year, and a range needs both ends in order', () => {
    const values = registerValues({}, { unitId: UNIT, year: 2026 });
    expect(values).toMatchObject({ unitId: UNIT, period: 'year', year: '2026', jrwaSymbol: '' });
    expect(registerValueErrors(values)).toEqual({ jrwaSymbol: 'jrwa_required' });

    const range = {
      ...values,
      jrwaSymbol: '60',
      period: 'range' as const,
      from: '2026-03-01',
      to: '2026-02-01',
    };
    expect(registerValueErrors(range)).toEqual({ to: 'to_before_from' });
    expect(toCaseRegisterSearch({ ...range, to: '2026-03-31' })).toEqual({
      unitId: UNIT,
      jrwaSymbol: '60',
      from: '2026-03-01',
      to: '2026-03-31',
    });
  });

  test('the date on a letter is shown as precisely as it was written', () => {
    const day = (iso: string) => `day ${iso}`;
    expect(formatLetterDate('2026-03-02', day)).toBe('day 2026-03-02');
    expect(formatLetterDate('2026-03', day)).toBe('03.2026');
    expect(formatLetterDate('2026', day)).toBe('2026');
  });

  test('the cooperation report’s period drops an end before its start', () => {
    expect(parseCooperationSearch({ from: '2026-01-01', to: '2026-03-31' })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(parseCooperationSearch({ from: '2026-04-01', to: '2026-03-31' })).toEqual({ from: '2026-04-01' });
    expect(parseCooperationSearch({ from: 'soon' })).toEqual({ from: undefined, to: undefined });
  });
});
