/**
 * Poczta Polska posting numbers (numer nadania) as typed by a clerk or read by a barcode scanner.
 *
 * - Domestic registered mail: 20 digits, `00` (the GS1 application identifier of an SSCC) and an
 *   18-digit SSCC: extension digit, GS1 prefix 590, Poczta Polska's 0773, serial, and a GS1 mod-10
 *   check digit (weights 3,1 from the right) — e.g. `00259007733174854852`.
 * - International mail: UPU S10, `RR123456785PL`: two letters, 8 digits, the S10 mod-11 check digit
 *   (weights 8 6 4 2 3 5 9 7), the country code.
 * - Anything else (Pocztex `PX…` and the like) only as EN's `numerNadaniaType` allows it: 10–20
 *   characters, taken here as upper-case letters and digits.
 */
export type TrackingNumberKind = 'domestic' | 's10' | 'other';

export type TrackingNumberResult =
  { ok: true; value: string; kind: TrackingNumberKind } | { ok: false; reason: string };

const MAX_INPUT = 64;

/** The GS1 mod-10 check digit of `digits` (the digits before the check digit). */
export function gs1CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** The UPU S10 check digit of an 8-digit serial number. */
export function s10CheckDigit(serial: string): number {
  const sum = S10_WEIGHTS.reduce((total, weight, i) => total + weight * Number(serial[i]), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/**
 * Strips what a scanner or a printed label adds around the number: white space, hyphens, the
 * parentheses of `(00)`, a `]C1` symbology identifier and FNC1 group separators; upper case.
 */
const clean = (input: string) =>
  input
    .replace(/^\s*\][A-Za-z]\d/u, '')
    .replace(/[\s\p{Cc}()-]+/gu, '')
    .toUpperCase();

/** The posting number normalised (`ok`), or why it is not one. */
export function normalizeTrackingNumber(input: string): TrackingNumberResult {
  if (input.length > MAX_INPUT) return { ok: false, reason: 'The posting number is too long.' };
  let value = clean(input);
  if (value === '') return { ok: false, reason: 'The posting number is empty.' };

  if (/^\d+$/u.test(value)) {
    // An SSCC read without its application identifier.
    if (value.length === 18) value = `00${value}`;
    if (value.length !== 20 || !value.startsWith('00'))
      return { ok: false, reason: 'A domestic posting number has 20 digits and starts with 00.' };
    if (gs1CheckDigit(value.slice(0, 19)) !== Number(value[19]))
      return { ok: false, reason: 'The check digit of the domestic posting number is wrong.' };
    return { ok: true, value, kind: 'domestic' };
  }

  const s10 = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/u.exec(value);
  if (s10) {
    const [, serial = '', check = ''] = s10;
    if (s10CheckDigit(serial) !== Number(check))
      return { ok: false, reason: 'The check digit of the international (S10) posting number is wrong.' };
    return { ok: true, value, kind: 's10' };
  }

  if (/^[A-Z0-9]{10,20}$/u.test(value)) return { ok: true, value, kind: 'other' };
  return {
    ok: false,
    reason:
      'A posting number has 10–20 letters and digits (domestic: 20 digits; abroad: e.g. RR123456785PL).',
  };
}
