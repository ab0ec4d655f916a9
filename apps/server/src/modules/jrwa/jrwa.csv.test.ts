import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { exportJrwaCsv, parseJrwaCsv } from './jrwa.csv.js';
import { validateJrwa } from './jrwa.models.js';

const ourFormat = [
  'symbol;haslo;kategoria;kategoria_inna;uwagi',
  '0;Zarządzanie;;;',
  '00;Organy kolegialne;;;',
  '000;Rada gminy;A;Bc;m.in. regulaminy',
  '001;Wybory;B-5;;',
].join('\n');

describe('parseJrwaCsv', () => {
  test('reads our documented format with the line number of every row', () => {
    const { drafts, errors } = parseJrwaCsv(ourFormat);

    expect(errors).toEqual([]);
    expect(drafts).toEqual([
      { symbol: '0', title: 'Zarządzanie', category: null, categoryOther: null, remarks: null, line: 2 },
      {
        symbol: '00',
        title: 'Organy kolegialne',
        category: null,
        categoryOther: null,
        remarks: null,
        line: 3,
      },
      {
        symbol: '000',
        title: 'Rada gminy',
        category: 'A',
        categoryOther: 'Bc',
        remarks: 'm.in. regulaminy',
        line: 4,
      },
      { symbol: '001', title: 'Wybory', category: 'B-5', categoryOther: null, remarks: null, line: 5 },
    ]);
  });

  test('ignores a byte order mark, CRLF line endings and blank lines', () => {
    const text = '\uFEFFsymbol;hasło;kategoria\r\n\r\n0;Zarządzanie;\r\n;;\r\n00;Rada;A\r\n';
    const { drafts, errors } = parseJrwaCsv(text);

    expect(errors).toEqual([]);
    expect(drafts.map(({ symbol, line }) => [symbol, line])).toEqual([
      ['0', 3],
      ['00', 5],
    ]);
  });

  test('keeps line numbers right after quoted fields with delimiters, quotes and newlines', () => {
    const text = [
      'symbol;haslo;kategoria;kategoria_inna;uwagi',
      '0;"Zarządzanie; organy";;;',
      '00;"Wyjazdy (""zielone szkoły"")";A;Bc;"pierwsza linia',
      'druga linia',
      'trzecia linia"',
      '01;Organizacja;B5;Bc;',
    ].join('\n');
    const { drafts, errors } = parseJrwaCsv(text);

    expect(errors).toEqual([]);
    expect(drafts.map(({ symbol, title, line }) => [symbol, title, line])).toEqual([
      ['0', 'Zarządzanie; organy', 2],
      ['00', 'Wyjazdy ("zielone szkoły")', 3],
      ['01', 'Organizacja', 6],
    ]);
    expect(drafts[1]?.remarks).toBe('pierwsza linia\ndruga linia\ntrzecia linia');
  });

  test('accepts a comma as the delimiter when the header uses it', () => {
    const text = 'Symbol,Title,Category,Category_Other,Remarks\n0,"Zarządzanie, organy",A,,\n';
    const { drafts, errors } = parseJrwaCsv(text);

    expect(errors).toEqual([]);
    expect(drafts).toEqual([
      {
        symbol: '0',
        title: 'Zarządzanie, organy',
        category: 'A',
        categoryOther: null,
        remarks: null,
        line: 2,
      },
    ]);
  });

  test('reads the legacy I–V layout, taking the deepest filled level as the symbol', () => {
    const text = [
      'I;II;III;IV;V;Hasła\u00a0klasyfikacyjne;KA km;KA ki;Uwagi',
      '0;;;;;ORGANY;;;',
      '0;00;;;;PRZEPISY PRAWNE;B-10;Bc;',
      '0;00;002;0020;;Wybory do Sejmu;B-5;Bc;Odrębne przepisy',
    ].join('\n');
    const { drafts, errors } = parseJrwaCsv(text);

    expect(errors).toEqual([]);
    expect(drafts).toEqual([
      { symbol: '0', title: 'ORGANY', category: null, categoryOther: null, remarks: null, line: 2 },
      {
        symbol: '00',
        title: 'PRZEPISY PRAWNE',
        category: 'B-10',
        categoryOther: 'Bc',
        remarks: null,
        line: 3,
      },
      {
        symbol: '0020',
        title: 'Wybory do Sejmu',
        category: 'B-5',
        categoryOther: 'Bc',
        remarks: 'Odrębne przepisy',
        line: 4,
      },
    ]);
  });

  test('refuses a file whose header it does not know', () => {
    expect(parseJrwaCsv('kod;nazwa\n0;Zarządzanie\n').errors).toEqual([
      expect.objectContaining({ line: 1, code: 'jrwa.file.header_unknown' }),
    ]);
    expect(parseJrwaCsv('symbol;haslo;kategoria;kolor\n0;Zarządzanie;A;red\n').errors).toEqual([
      expect.objectContaining({ line: 1, code: 'jrwa.file.header_unknown', params: { column: 'kolor' } }),
    ]);
  });

  test('refuses an empty file and a file with a header only', () => {
    expect(parseJrwaCsv('').errors).toEqual([expect.objectContaining({ code: 'jrwa.file.empty' })]);
    expect(parseJrwaCsv('\uFEFF\n\n').errors).toEqual([expect.objectContaining({ code: 'jrwa.file.empty' })]);
    expect(parseJrwaCsv('symbol;haslo;kategoria\n').errors).toEqual([
      expect.objectContaining({ code: 'jrwa.file.empty' }),
    ]);
  });

  test('reports an unterminated quote on the line where the field started', () => {
    const text = 'symbol;haslo;kategoria\n0;Zarządzanie;A\n1;"Kadry;A\n2;Finanse;A\n';
    const { drafts, errors } = parseJrwaCsv(text);

    expect(drafts).toEqual([]);
    expect(errors).toEqual([
      expect.objectContaining({
        line: 3,
        code: 'jrwa.file.malformed',
        params: { reason: 'unterminated_quote' },
      }),
    ]);
  });

  test('reports text after a closing quote as malformed', () => {
    const { errors } = parseJrwaCsv('symbol;haslo;kategoria\n0;"Zarządzanie"x;A\n');

    expect(errors).toEqual([expect.objectContaining({ line: 2, code: 'jrwa.file.malformed' })]);
  });

  test('reports a row with more fields than the header, as from an unquoted delimiter', () => {
    const { errors } = parseJrwaCsv('symbol;haslo;kategoria\n0;Zarządzanie;organy;A\n');

    expect(errors).toEqual([
      expect.objectContaining({
        line: 2,
        symbol: '0',
        code: 'jrwa.row.too_many_fields',
        params: { fields: 4, columns: 3 },
      }),
    ]);
  });
});

describe('exportJrwaCsv', () => {
  test('writes our format with normalised categories, quoting only where needed', () => {
    const { classes } = validateJrwa(parseJrwaCsv(ourFormat).drafts);
    const tricky = classes.map((jrwaClass) =>
      jrwaClass.symbol === '001'
        ? { ...jrwaClass, title: 'Wybory; "referenda"', remarks: 'linia 1\nlinia 2' }
        : jrwaClass,
    );

    expect(exportJrwaCsv(tricky)).toBe(
      [
        'symbol;haslo;kategoria;kategoria_inna;uwagi',
        '0;Zarządzanie;;;',
        '00;Organy kolegialne;;;',
        '000;Rada gminy;A;Bc;m.in. regulaminy',
        '001;"Wybory; ""referenda""";B5;Bc;"linia 1\nlinia 2"',
        '',
      ].join('\n'),
    );
  });

  test('gives back the same classes after export and import', () => {
    const original = validateJrwa(parseJrwaCsv(ourFormat).drafts).classes.map((jrwaClass) =>
      jrwaClass.symbol === '000'
        ? { ...jrwaClass, title: 'Rada "gminy"; sesje', remarks: 'a\nb, c' }
        : jrwaClass,
    );

    const reparsed = parseJrwaCsv(exportJrwaCsv(original));
    const { classes, errors } = validateJrwa(reparsed.drafts);

    expect([...reparsed.errors, ...errors]).toEqual([]);
    expect(classes).toEqual(original);
  });
});

const repositoryRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const fixture = path.resolve(repositoryRoot, '../shared/data/jrwa/jrwa-um-swinoujscie-pre2011-OBSOLETE.csv');
const fixturePresent = existsSync(fixture);
if (!fixturePresent) {
  console.info(
    `Skipping the Świnoujście JRWA fixture test: ${fixture} is absent (../shared/data is not checked out).`,
  );
}

describe.skipIf(!fixturePresent)('the obsolete Świnoujście JRWA (legacy CSV fixture)', () => {
  const load = () => parseJrwaCsv(readFileSync(fixture, 'utf8'));

  test('parses every one of its 1594 data rows without file errors', () => {
    const { drafts, errors } = load();

    expect(errors).toEqual([]);
    expect(drafts).toHaveLength(1594);
    // Titles keep the file's no-break spaces (U+00A0); only search folding collapses them.
    expect(drafts[0]).toMatchObject({
      symbol: '0',
      title: 'ORGANY JEDNOOSOBOWE\u00a0I\u00a0KOLEGIALNE',
      line: 2,
    });
    expect(drafts.at(-1)).toMatchObject({ symbol: '9121', title: 'Hotele robotnicze', line: 1595 });
  });

  test('normalises its hyphenated categories such as B-10 to B10', () => {
    const { classes } = validateJrwa(load().drafts);

    expect(classes.find(({ symbol }) => symbol === '0020')).toMatchObject({
      category: 'B5',
      categoryOther: 'Bc',
    });
    expect(classes.find(({ symbol }) => symbol === '0040')).toMatchObject({ category: 'BE5' });
    expect(classes.find(({ symbol }) => symbol === '080')).toMatchObject({ category: 'B10' });
    expect(classes.some(({ category }) => category?.includes('-'))).toBe(false);
  });

  test('reports the duplicated symbols with the line of their first occurrence', () => {
    const { errors } = validateJrwa(load().drafts);
    const duplicates = errors.filter(({ code }) => code === 'jrwa.row.symbol_duplicate');

    expect(
      duplicates
        .filter(({ symbol }) => symbol === '0050')
        .map(({ line, params }) => [line, params?.['firstLine']]),
    ).toEqual([
      [23, 22],
      [24, 22],
      [25, 22],
    ]);
    expect(duplicates.map(({ symbol, line }) => `${symbol}@${line}`)).toEqual([
      '0050@23',
      '0050@24',
      '0050@25',
      '064@201',
      '0704@211',
      '0704@212',
      '404@663',
    ]);
  });

  test('reports the legacy breaches of the tree rules instead of importing them silently', () => {
    const { errors } = validateJrwa(load().drafts);

    expect(errors).toContainEqual(
      expect.objectContaining({ line: 3, symbol: '00', code: 'jrwa.row.category_on_non_end_class' }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        line: 235,
        symbol: '0810',
        code: 'jrwa.row.parent_missing',
        params: { symbol: '0810', parentSymbol: '081' },
      }),
    );
  });
});
