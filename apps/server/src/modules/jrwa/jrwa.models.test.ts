import { describe, expect, test } from 'vitest';
import {
  foldForSearch,
  formatArchivalCategory,
  parseArchivalCategory,
  validateJrwa,
  type JrwaClassDraft,
} from './jrwa.models.js';

const makeDraft = (overrides: Partial<JrwaClassDraft> & { symbol: string }): JrwaClassDraft => ({
  title: `Klasa ${overrides.symbol}`,
  category: null,
  categoryOther: null,
  remarks: null,
  line: 1,
  ...overrides,
});

/** A small valid plan: 0 → 00 → {000 A, 001 B5}, 01 BE10. */
const validPlan = (): JrwaClassDraft[] => [
  makeDraft({ symbol: '0', title: 'Zarządzanie', line: 2 }),
  makeDraft({ symbol: '00', title: 'Organy kolegialne', line: 3 }),
  makeDraft({ symbol: '000', title: 'Rada gminy', category: 'A', line: 4 }),
  makeDraft({ symbol: '001', title: 'Wybory', category: 'B-5', categoryOther: 'bc', line: 5 }),
  makeDraft({ symbol: '01', title: 'Organizacja', category: 'BE10', line: 6 }),
];

describe('parseArchivalCategory', () => {
  test.each([
    ['A', { kind: 'A' }],
    ['Bc', { kind: 'Bc' }],
    ['BC', { kind: 'Bc' }],
    ['bc', { kind: 'Bc' }],
    ['B5', { kind: 'B', years: 5 }],
    ['B50', { kind: 'B', years: 50 }],
    ['BE5', { kind: 'BE', years: 5 }],
    ['BE10', { kind: 'BE', years: 10 }],
    ['B-10', { kind: 'B', years: 10 }],
    ['BE-5', { kind: 'BE', years: 5 }],
    ['B 5', { kind: 'B', years: 5 }],
    ['  B10 ', { kind: 'B', years: 10 }],
    ['B999', { kind: 'B', years: 999 }],
  ])('reads %j as an archival category', (text, expected) => {
    expect(parseArchivalCategory(text)).toEqual(expected);
  });

  test.each([
    '',
    'B',
    'BE',
    'C',
    'B0',
    'B05',
    'B1000',
    'B-',
    'AB',
    'A5',
    'Bc5',
    'BE-',
    'B--5',
    'B5a',
    'kat. A',
  ])('refuses %j, which is not an archival category', (text) => {
    expect(parseArchivalCategory(text)).toBeNull();
  });
});

describe('formatArchivalCategory', () => {
  test('writes categories without the legacy hyphen', () => {
    const normalise = (text: string) => {
      const category = parseArchivalCategory(text);
      return category && formatArchivalCategory(category);
    };
    expect(['B-10', 'BE-5', 'b 50', 'a', 'BC'].map(normalise)).toEqual(['B10', 'BE5', 'B50', 'A', 'Bc']);
  });
});

describe('foldForSearch', () => {
  test('folds Polish diacritics, case and whitespace so that searches ignore them', () => {
    expect(foldForSearch('Zażółć gęślą jaźń')).toBe('zazolc gesla jazn');
    expect(foldForSearch('  ZAŻÓŁĆ\u00a0 GĘŚLĄ\tJAŹŃ ')).toBe('zazolc gesla jazn');
    expect(foldForSearch('Łódź, Świnoujście, Ćmielów')).toBe('lodz, swinoujscie, cmielow');
  });
});

describe('validateJrwa', () => {
  test('accepts a consistent plan and builds the tree with levels, parents and end classes', () => {
    const { classes, errors, warnings } = validateJrwa(validPlan());

    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    const tree = classes.map((c) => [
      c.symbol,
      c.level,
      c.parentSymbol,
      c.final,
      c.category,
      c.categoryOther,
    ]);
    expect(tree).toEqual([
      ['0', 1, null, false, null, null],
      ['00', 2, '0', false, null, null],
      ['000', 3, '00', true, 'A', 'Bc'],
      ['001', 3, '00', true, 'B5', 'Bc'],
      ['01', 2, '0', true, 'BE10', 'Bc'],
    ]);
    expect(classes[2]).toEqual({
      symbol: '000',
      title: 'Rada gminy',
      category: 'A',
      categoryOther: 'Bc',
      remarks: null,
      level: 3,
      parentSymbol: '00',
      final: true,
    });
  });

  test('stores categories normalised and keeps an explicit category for other units', () => {
    const { classes } = validateJrwa([
      makeDraft({ symbol: '1', category: 'B-10', categoryOther: 'BE-5' }),
      makeDraft({ symbol: '2', category: 'a', categoryOther: ' b 2 ' }),
    ]);

    expect(classes.map(({ category, categoryOther }) => [category, categoryOther])).toEqual([
      ['B10', 'BE5'],
      ['A', 'B2'],
    ]);
  });

  test('orders classes in tree order whatever the order of the file', () => {
    const drafts = validPlan().reverse();
    const { classes } = validateJrwa(drafts);

    expect(classes.map(({ symbol }) => symbol)).toEqual(['0', '00', '000', '001', '01']);
  });

  test('refuses symbols that are not 1 to 10 digits', () => {
    const { errors } = validateJrwa([
      makeDraft({ symbol: '0', category: 'A', line: 2 }),
      makeDraft({ symbol: '1a', category: 'A', line: 3 }),
      makeDraft({ symbol: '', category: 'A', line: 4 }),
      makeDraft({ symbol: '12345678901', category: 'A', line: 5 }),
      makeDraft({ symbol: '0.1', category: 'A', line: 6 }),
    ]);

    expect(errors.map(({ line, code }) => [line, code])).toEqual([
      [3, 'jrwa.row.symbol_invalid'],
      [4, 'jrwa.row.symbol_invalid'],
      [5, 'jrwa.row.symbol_invalid'],
      [6, 'jrwa.row.symbol_invalid'],
    ]);
  });

  test('reports every duplicated symbol with the line of its first occurrence', () => {
    const { errors, classes } = validateJrwa([
      makeDraft({ symbol: '0', category: 'A', line: 2 }),
      makeDraft({ symbol: '0', title: 'Druga', category: 'A', line: 3 }),
      makeDraft({ symbol: '0', title: 'Trzecia', category: 'B5', line: 7 }),
    ]);

    expect(errors).toEqual([
      expect.objectContaining({
        line: 3,
        code: 'jrwa.row.symbol_duplicate',
        params: { symbol: '0', firstLine: 2 },
      }),
      expect.objectContaining({
        line: 7,
        code: 'jrwa.row.symbol_duplicate',
        params: { symbol: '0', firstLine: 2 },
      }),
    ]);
    expect(classes).toHaveLength(1);
  });

  test('reports a class whose parent is not in the file', () => {
    const { errors } = validateJrwa([
      makeDraft({ symbol: '0', line: 2 }),
      makeDraft({ symbol: '00', category: 'A', line: 3 }),
      makeDraft({ symbol: '0123', category: 'A', line: 4 }),
    ]);

    expect(errors).toEqual([
      expect.objectContaining({
        line: 4,
        symbol: '0123',
        code: 'jrwa.row.parent_missing',
        params: { symbol: '0123', parentSymbol: '012' },
      }),
    ]);
  });

  test('requires a title and limits it to 1000 characters', () => {
    const { errors } = validateJrwa([
      makeDraft({ symbol: '0', title: '   ', category: 'A', line: 2 }),
      makeDraft({ symbol: '1', title: 'x'.repeat(1001), category: 'A', line: 3 }),
      makeDraft({ symbol: '2', title: 'x'.repeat(1000), category: 'A', line: 4 }),
    ]);

    expect(errors.map(({ line, code }) => [line, code])).toEqual([
      [2, 'jrwa.row.title_missing'],
      [3, 'jrwa.row.title_too_long'],
    ]);
    expect(errors[1]?.params).toMatchObject({ length: 1001, maxLength: 1000 });
  });

  test('refuses values that are not archival categories, naming the value', () => {
    const { errors } = validateJrwa([
      makeDraft({ symbol: '0', category: 'C5', line: 2 }),
      makeDraft({ symbol: '1', category: 'A', categoryOther: 'B-0', line: 3 }),
    ]);

    expect(errors).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'jrwa.row.category_invalid',
        params: { symbol: '0', category: 'C5' },
      }),
      expect.objectContaining({
        line: 3,
        code: 'jrwa.row.category_other_invalid',
        params: { symbol: '1', category: 'B-0' },
      }),
    ]);
  });

  test('requires an archival category on a class without subclasses', () => {
    const { errors } = validateJrwa([
      makeDraft({ symbol: '0', line: 2 }),
      makeDraft({ symbol: '00', category: 'A', line: 3 }),
      makeDraft({ symbol: '01', categoryOther: 'Bc', line: 4 }),
    ]);

    expect(errors).toEqual([
      expect.objectContaining({ line: 4, symbol: '01', code: 'jrwa.row.end_class_without_category' }),
    ]);
  });

  test('refuses an archival category on a class that has subclasses', () => {
    const { errors, classes } = validateJrwa([
      makeDraft({ symbol: '0', category: 'B-10', line: 2 }),
      makeDraft({ symbol: '00', category: 'A', line: 3 }),
      makeDraft({ symbol: '01', category: 'A', line: 4 }),
      makeDraft({ symbol: '1', categoryOther: 'Bc', line: 5 }),
      makeDraft({ symbol: '10', category: 'A', line: 6 }),
      makeDraft({ symbol: '11', category: 'A', line: 7 }),
    ]);

    expect(errors).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'jrwa.row.category_on_non_end_class',
        params: expect.objectContaining({ childCount: 2 }),
      }),
      expect.objectContaining({ line: 5, code: 'jrwa.row.category_on_non_end_class' }),
    ]);
    expect(classes.find(({ symbol }) => symbol === '0')).toMatchObject({ final: false, category: null });
  });

  test('reports every bad row in one pass, in file order', () => {
    const { errors } = validateJrwa([
      makeDraft({ symbol: '0', line: 2 }),
      makeDraft({ symbol: '00', title: '', category: 'A', line: 3 }),
      makeDraft({ symbol: '01', category: 'X', line: 4 }),
      makeDraft({ symbol: '01', category: 'A', line: 5 }),
      makeDraft({ symbol: '0x', category: 'A', line: 6 }),
      makeDraft({ symbol: '020', category: 'A', line: 7 }),
      makeDraft({ symbol: '3', line: 8 }),
    ]);

    expect(errors.map(({ line, code }) => [line, code])).toEqual([
      [3, 'jrwa.row.title_missing'],
      [4, 'jrwa.row.category_invalid'],
      [5, 'jrwa.row.symbol_duplicate'],
      [6, 'jrwa.row.symbol_invalid'],
      [7, 'jrwa.row.parent_missing'],
      [8, 'jrwa.row.end_class_without_category'],
    ]);
  });

  test('warns, without failing, when a class has a single subclass', () => {
    const { errors, warnings } = validateJrwa([
      makeDraft({ symbol: '0', line: 2 }),
      makeDraft({ symbol: '00', category: 'A', line: 3 }),
    ]);

    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({
        line: 2,
        symbol: '0',
        code: 'jrwa.row.single_child',
        params: { symbol: '0', childCount: 1 },
      }),
    ]);
  });

  test('gives every issue an English message naming the offending value', () => {
    const { errors } = validateJrwa([
      makeDraft({ symbol: '0', category: 'A', line: 2 }),
      makeDraft({ symbol: '0', category: 'A', line: 9 }),
    ]);

    expect(errors[0]?.message).toBe('Symbol "0" is already used on line 2.');
  });

  test('keeps remarks, trimmed, and drops blank ones', () => {
    const { classes } = validateJrwa([
      makeDraft({ symbol: '0', category: 'A', remarks: '  w tym rejestr  ' }),
      makeDraft({ symbol: '1', category: 'A', remarks: '   ' }),
    ]);

    expect(classes.map(({ remarks }) => remarks)).toEqual(['w tym rejestr', null]);
  });
});
