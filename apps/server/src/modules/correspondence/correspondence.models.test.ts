import { describe, expect, test } from 'vitest';
import { buildDocumentId, FORBIDDEN_IN_DOCUMENT_ID, formatRegistryNumber } from './correspondence.models.js';
import { neutralizeFormula, toCsv } from './incoming.export.js';

describe('correspondence models', () => {
  test('formats the RPW number from the office format', () => {
    expect(formatRegistryNumber({ format: 'RPW/{n}/{yyyy}', sequence: 42, year: 2026 })).toBe('RPW/42/2026');
    expect(formatRegistryNumber({ format: 'KP-{yyyy}-{n}', sequence: 7, year: 2025 })).toBe('KP-2025-7');
  });

  test('a document id has no whitespace and none of \\ / * ? : = , ; even from an odd office code', () => {
    const id = buildDocumentId({
      officeCode: 'um a/b;c',
      year: 2026,
      id: '0190a5e4-7b7c-7000-8000-000000000001',
    });
    expect(id).toBe('OBG-UM-A-B-C-2026-0190a5e47b7c70008000000000000001');
    expect(FORBIDDEN_IN_DOCUMENT_ID.test(id)).toBe(false);
  });

  test('CSV cells that a spreadsheet would run as formulas are neutralised and quoted when needed', () => {
    expect(neutralizeFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutralizeFormula('+48 123')).toBe(`'+48 123`);
    expect(neutralizeFormula('Kowalski')).toBe('Kowalski');
    const csv = toCsv([['a;b', '"q"', '@x', '-1', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x']]).toString(
      'utf8',
    );
    expect(csv.startsWith('\uFEFFNumer RPW;')).toBe(true);
    expect(csv).toContain(`"a;b";"""q""";'@x;'-1;`);
  });
});
