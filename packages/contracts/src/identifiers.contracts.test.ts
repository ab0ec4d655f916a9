import { describe, expect, test } from 'vitest';
import { isValidAde, isValidNip, isValidPesel, isValidRegon, isValidTerc } from './identifiers.contracts.js';

describe('Polish identifiers', () => {
  test('accepts a NIP with a correct check digit, with or without separators', () => {
    expect(isValidNip('5250000015')).toBe(true);
    expect(isValidNip('525-000-00-15')).toBe(true);
  });

  test('rejects a NIP with a wrong check digit or whose checksum is 10', () => {
    expect(isValidNip('5250000016')).toBe(false);
    expect(isValidNip('1234567890')).toBe(false);
    expect(isValidNip('123456789')).toBe(false);
  });

  test('checks REGON-9 and REGON-14, including the parent part of a REGON-14', () => {
    expect(isValidRegon('811012343')).toBe(true);
    expect(isValidRegon('811012344')).toBe(false);
    expect(isValidRegon('81101234300016')).toBe(true);
    expect(isValidRegon('81101234300017')).toBe(false);
    expect(isValidRegon('81101234400016')).toBe(false);
  });

  test('checks the PESEL check digit and its birth date, including births after 2000', () => {
    expect(isValidPesel('44051401359')).toBe(true);
    expect(isValidPesel('02270803624')).toBe(true);
    expect(isValidPesel('44051401358')).toBe(false);
    expect(isValidPesel('44133101358')).toBe(false);
  });

  test('checks the shape of a TERC code and of an e-Doręczenia address', () => {
    expect(isValidTerc('1465011')).toBe(true);
    expect(isValidTerc('1365011')).toBe(false);
    expect(isValidTerc('1465016')).toBe(false);
    expect(isValidAde('AE:PL-28080-40239-TUSBF-26')).toBe(true);
    expect(isValidAde('AE:PL-2808-40239-TUSBF-26')).toBe(false);
  });
});
