import { describe, expect, test } from 'vitest';
import { makeJrwaClass } from '../../test/builders';
import { extractClasses, foldText, searchJrwaChoices } from './jrwa-choice.models';

const classes = [
  makeJrwaClass('6101', 'Decyzje określające wysokość opłaty', 'B10'),
  makeJrwaClass('6000', 'Zezwolenia na zajęcie pasa drogowego', 'B5'),
  makeJrwaClass('600', 'Zajęcie pasa drogowego'),
  makeJrwaClass('6001', 'Uzgodnienia lokalizacji urządzeń w pasie drogowym', 'B5'),
  makeJrwaClass('0100', 'Regulamin organizacyjny urzędu', 'A'),
];

describe('choosing the JRWA class of a new case', () => {
  test('offers only end classes of the unit’s extract, in symbol order', () => {
    const extract = extractClasses(classes, ['6101', '6000', '600', '6001']);
    expect(extract.map((c) => c.symbol)).toEqual(['6000', '6001', '6101']);
  });

  test('digits match the start of a symbol', () => {
    const extract = extractClasses(classes, ['6101', '6000', '6001', '0100']);
    expect(searchJrwaChoices(extract, '60').map((c) => c.symbol)).toEqual(['6000', '6001']);
    expect(searchJrwaChoices(extract, '6101').map((c) => c.symbol)).toEqual(['6101']);
    expect(searchJrwaChoices(extract, '1')).toEqual([]);
  });

  test('words match the title in any order, with or without Polish letters', () => {
    const extract = extractClasses(classes, ['6101', '6000', '6001', '0100']);
    expect(searchJrwaChoices(extract, 'pas drog').map((c) => c.symbol)).toEqual(['6000', '6001']);
    expect(searchJrwaChoices(extract, 'drogowego zajecie').map((c) => c.symbol)).toEqual(['6000']);
    expect(searchJrwaChoices(extract, 'URZĄDZEŃ').map((c) => c.symbol)).toEqual(['6001']);
    expect(searchJrwaChoices(extract, '  ').map((c) => c.symbol)).toHaveLength(4);
  });

  test('folds Polish letters, ł included', () => {
    expect(foldText('Łąka Żółć')).toBe('laka zolc');
  });
});
