// Check-digit validation of Polish identifiers (DOMAIN.md §10). Shared by the server and the web forms.

const digitsOf = (value: string) => value.split('').map(Number);
const weightedSum = (digits: number[], weights: number[]) =>
  weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0);

/** NIP: 10 digits; separators `-` and spaces are allowed in input and stripped. */
export function normalizeNip(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export function isValidNip(value: string): boolean {
  const nip = normalizeNip(value);
  if (!/^\d{10}$/.test(nip)) return false;
  const digits = digitsOf(nip);
  const check = weightedSum(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return check !== 10 && check === digits[9];
}

/** REGON: 9 digits, or 14 digits for a local unit whose first 9 digits are the parent's REGON. */
export function isValidRegon(value: string): boolean {
  if (/^\d{9}$/.test(value)) {
    const digits = digitsOf(value);
    return (weightedSum(digits, [8, 9, 2, 3, 4, 5, 6, 7]) % 11) % 10 === digits[8];
  }
  if (/^\d{14}$/.test(value)) {
    const digits = digitsOf(value);
    return (
      isValidRegon(value.slice(0, 9)) &&
      (weightedSum(digits, [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8]) % 11) % 10 === digits[13]
    );
  }
  return false;
}

/** PESEL: 11 digits, check digit and a real birth date (months offset by century). */
export function isValidPesel(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const d = digitsOf(value);
  const check = (10 - (weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  if (check !== d[10]) return false;
  const encodedMonth = (d[2] ?? 0) * 10 + (d[3] ?? 0);
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(encodedMonth / 20)];
  if (century === undefined) return false;
  const month = encodedMonth % 20;
  const year = century + (d[0] ?? 0) * 10 + (d[1] ?? 0);
  const day = (d[4] ?? 0) * 10 + (d[5] ?? 0);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** TERYT TERC code of a gmina `WWPPGGR` (7 digits, even voivodeship 02–32, type digit 1–5, 8 or 9). */
export function isValidTerc(value: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})([1-589])$/.exec(value);
  if (!match) return false;
  const voivodeship = Number(match[1]);
  return voivodeship >= 2 && voivodeship <= 32 && voivodeship % 2 === 0 && match[2] !== '00';
}

/**
 * e-Doręczenia address (ADE), e.g. `AE:PL-12345-67890-ABCDE-12` (DOMAIN.md §6.2).
 * Only the shape is checked: the check algorithm is not published.
 */
export function isValidAde(value: string): boolean {
  return /^AE:PL-\d{5}-\d{5}-[A-Z]{5}-\d{2}$/.test(value);
}

/** ePUAP box address, e.g. `/um-przyklad/SkrytkaESP`. */
export function isValidEpuapBox(value: string): boolean {
  return /^\/[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/.test(value);
}

/** KRS number: 10 digits, zero-padded; it has no check digit (DOMAIN.md §10). */
export function isValidKrs(value: string): boolean {
  return /^\d{10}$/.test(value);
}
