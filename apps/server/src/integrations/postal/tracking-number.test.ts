import { describe, expect, test } from 'vitest';
import { gs1CheckDigit, normalizeTrackingNumber, s10CheckDigit } from './tracking-number.js';

describe('a Poczta Polska posting number', () => {
  test('a domestic number as printed, typed with spaces or scanned with (00) is normalised to 20 digits', () => {
    for (const input of [
      '00259007733174854852',
      '00 2590 0773 3174 8548 52',
      '(00) 259007733174854852',
      ']C1002590077331748548\u001d52',
      '259007733174854852',
    ])
      expect(normalizeTrackingNumber(input), input).toEqual({
        ok: true,
        value: '00259007733174854852',
        kind: 'domestic',
      });
    expect(normalizeTrackingNumber('00159007738100208115')).toMatchObject({ ok: true, kind: 'domestic' });
  });

  test('a domestic number with a wrong check digit or length is refused with the reason', () => {
    expect(normalizeTrackingNumber('00259007733174854853')).toEqual({
      ok: false,
      reason: 'The check digit of the domestic posting number is wrong.',
    });
    expect(normalizeTrackingNumber('0025900773317485485')).toMatchObject({ ok: false });
    expect(normalizeTrackingNumber('12259007733174854852')).toMatchObject({ ok: false });
  });

  test('an international S10 number is checked with the mod-11 digit and upper-cased', () => {
    expect(normalizeTrackingNumber('rr 123 456 785 pl')).toEqual({
      ok: true,
      value: 'RR123456785PL',
      kind: 's10',
    });
    expect(normalizeTrackingNumber('RR123456784PL')).toEqual({
      ok: false,
      reason: 'The check digit of the international (S10) posting number is wrong.',
    });
    // Check digit 10 becomes 0, 11 becomes 5.
    expect(s10CheckDigit('12345678')).toBe(5);
    expect([...'0123456789'].map((d) => s10CheckDigit(`0000000${d}`))).toEqual([
      5, 4, 8, 1, 5, 9, 2, 6, 0, 3,
    ]);
  });

  test('other numbers are taken in the shape EN allows (10–20 letters and digits), anything else is refused', () => {
    expect(normalizeTrackingNumber('px0000000013')).toEqual({
      ok: true,
      value: 'PX0000000013',
      kind: 'other',
    });
    expect(normalizeTrackingNumber('')).toMatchObject({ ok: false });
    expect(normalizeTrackingNumber('ABC')).toMatchObject({ ok: false });
    expect(normalizeTrackingNumber('PX00000000<13')).toMatchObject({ ok: false });
    expect(normalizeTrackingNumber('9'.repeat(65))).toMatchObject({ ok: false });
  });

  test('the GS1 check digit weighs digits 3,1 from the right', () => {
    expect(gs1CheckDigit('0025900773317485485')).toBe(2);
    expect(gs1CheckDigit('629104150021')).toBe(3);
  });
});
