import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { renderTablePdf } from './pdf-table.js';
import { readPdfText } from './pdf.test-utils.js';

describe('a table printout', () => {
  test('repeats the title, heading and column titles on every page and numbers the pages "strona X z Y"', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), `Sprawa nr ${i + 1} — żółć`]);
    const bytes = await renderTablePdf({
      title: 'Spis spraw',
      heading: ['Komórka: GK — Wydział Gospodarki Komunalnej'],
      columns: [
        { title: 'Lp.', width: 30 },
        { title: 'Tytuł sprawy', width: 300, maxLines: 2 },
      ],
      rows,
      printedAt: '2026-03-10 09:00',
    });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Spis spraw');
    expect(pdf.getPage(0).getWidth()).toBeGreaterThan(pdf.getPage(0).getHeight());
    const pages = await readPdfText(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text.slice(0, 4)).toEqual([
        'Spis spraw',
        'Komórka: GK — Wydział Gospodarki Komunalnej',
        'Lp.',
        'Tytuł sprawy',
      ]);
      expect(text).toContain(`Data wydruku: 2026-03-10 09:00   ·   strona ${i + 1} z ${pages.length}`);
    });
    const cells = pages.flat();
    expect(cells).toContain('Sprawa nr 1 — żółć');
    expect(cells).toContain('Sprawa nr 120 — żółć');
  });

  test('an empty table says so instead of printing no rows', async () => {
    const bytes = await renderTablePdf({
      title: 'Spis spraw',
      columns: [{ title: 'Lp.', width: 30 }],
      rows: [],
      printedAt: '2026-03-10 09:00',
      emptyText: 'Brak spraw.',
    });
    expect((await readPdfText(bytes)).flat()).toContain('Brak spraw.');
  });
});
