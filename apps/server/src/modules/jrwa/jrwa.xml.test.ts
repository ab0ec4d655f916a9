import { describe, expect, test } from 'vitest';
import { validateJrwa, type JrwaClass } from './jrwa.models.js';
import { exportJrwaXml, parseJrwaXml } from './jrwa.xml.js';

const ndapWykaz = `<?xml version="1.0" encoding="UTF-8"?>
<wykaz xmlns="http://www.mswia.gov.pl/standardy/ndap">
  <!-- <akta> in a comment does not count -->
  <akta>
    <symbol>0</symbol>
    <haslo>Zarządzanie</haslo>
  </akta>
  <akta><symbol>00</symbol><haslo>Rada &amp; komisje</haslo>
    <kategoriaMerytoryczna>B-10</kategoriaMerytoryczna>
    <kategoriaInna>BE5</kategoriaInna>
  </akta>
  <akta>
    <symbol>01</symbol>
    <haslo><![CDATA[Organizacja <urzędu>]]></haslo>
    <kategoriaMerytoryczna>A</kategoriaMerytoryczna>
  </akta>
</wykaz>
`;

const makeClass = (overrides: Partial<JrwaClass> & { symbol: string }): JrwaClass => ({
  title: `Klasa ${overrides.symbol}`,
  category: null,
  categoryOther: null,
  remarks: null,
  level: overrides.symbol.length,
  parentSymbol: overrides.symbol.length > 1 ? overrides.symbol.slice(0, -1) : null,
  final: false,
  ...overrides,
});

describe('parseJrwaXml', () => {
  test('reads NDAP WykazAkt entries with the line of each <akta> start tag', () => {
    const { drafts, errors } = parseJrwaXml(ndapWykaz);

    expect(errors).toEqual([]);
    expect(drafts).toEqual([
      { symbol: '0', title: 'Zarządzanie', category: null, categoryOther: null, remarks: null, line: 4 },
      {
        symbol: '00',
        title: 'Rada & komisje',
        category: 'B-10',
        categoryOther: 'BE5',
        remarks: null,
        line: 8,
      },
      {
        symbol: '01',
        title: 'Organizacja <urzędu>',
        category: 'A',
        categoryOther: null,
        remarks: null,
        line: 12,
      },
    ]);
  });

  test('keeps leading zeros of symbols instead of reading them as numbers', () => {
    const { drafts } = parseJrwaXml('<wykaz><akta><symbol>0050</symbol><haslo>Rada</haslo></akta></wykaz>');

    expect(drafts[0]?.symbol).toBe('0050');
  });

  test('accepts any namespace prefix, a byte order mark and CRLF line endings', () => {
    const text =
      '\uFEFF<?xml version="1.0"?>\r\n<ndap:wykaz xmlns:ndap="http://www.mswia.gov.pl/standardy/ndap">\r\n' +
      '  <ndap:akta>\r\n    <ndap:symbol>0</ndap:symbol>\r\n    <ndap:haslo>Zarządzanie</ndap:haslo>\r\n' +
      '    <ndap:kategoriaMerytoryczna>A</ndap:kategoriaMerytoryczna>\r\n  </ndap:akta>\r\n' +
      '  <ndap:akta><ndap:symbol>1</ndap:symbol><ndap:haslo>Kadry</ndap:haslo></ndap:akta>\r\n</ndap:wykaz>\r\n';
    const { drafts, errors } = parseJrwaXml(text);

    expect(errors).toEqual([]);
    expect(drafts.map(({ symbol, category, line }) => [symbol, category, line])).toEqual([
      ['0', 'A', 3],
      ['1', null, 8],
    ]);
  });

  test('refuses a DOCTYPE so that no entity expansion can happen', () => {
    const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE wykaz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<wykaz><akta><symbol>0</symbol><haslo>&lol2;</haslo></akta></wykaz>`;
    const { drafts, errors } = parseJrwaXml(billionLaughs);

    expect(drafts).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ line: 2, code: 'jrwa.file.doctype_forbidden' })]);
  });

  test('reports malformed XML with the line where the parser found the fault', () => {
    const text =
      '<wykaz>\n  <akta>\n    <symbol>0</symbol>\n    <haslo>Zarządzanie</hasło>\n  </akta>\n</wykaz>';
    const { drafts, errors } = parseJrwaXml(text);

    expect(drafts).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ line: 4, code: 'jrwa.file.malformed' })]);
  });

  test('refuses a document whose root is not wykaz', () => {
    const { errors } = parseJrwaXml('<SpisZdawczoOdbiorczy><Sprawa/></SpisZdawczoOdbiorczy>');

    expect(errors).toEqual([
      expect.objectContaining({ code: 'jrwa.file.header_unknown', params: { root: 'SpisZdawczoOdbiorczy' } }),
    ]);
  });

  test('refuses an empty document and a wykaz without akta', () => {
    expect(parseJrwaXml('  ').errors).toEqual([expect.objectContaining({ code: 'jrwa.file.empty' })]);
    expect(parseJrwaXml('<wykaz xmlns="http://www.mswia.gov.pl/standardy/ndap"/>').errors).toEqual([
      expect.objectContaining({ code: 'jrwa.file.empty' }),
    ]);
  });

  test('passes missing elements on as empty values for validation to report', () => {
    const { drafts } = parseJrwaXml('<wykaz>\n<akta><haslo>Bez symbolu</haslo></akta>\n<akta/>\n</wykaz>');
    const { errors } = validateJrwa(drafts);

    expect(drafts.map(({ symbol, title, line }) => [symbol, title, line])).toEqual([
      ['', 'Bez symbolu', 2],
      ['', '', 3],
    ]);
    expect(errors.map(({ line, code }) => [line, code])).toEqual([
      [2, 'jrwa.row.symbol_invalid'],
      [3, 'jrwa.row.symbol_invalid'],
      [3, 'jrwa.row.title_missing'],
    ]);
  });
});

describe('exportJrwaXml', () => {
  test('writes a pretty-printed NDAP document with escaped text and without remarks', () => {
    const xml = exportJrwaXml([
      makeClass({ symbol: '0', title: 'Zarządzanie' }),
      makeClass({
        symbol: '00',
        title: 'Rada & <komisje> "stałe"',
        category: 'B10',
        categoryOther: 'Bc',
        remarks: 'uwaga',
        final: true,
      }),
    ]);

    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<wykaz xmlns="http://www.mswia.gov.pl/standardy/ndap">
  <akta>
    <symbol>0</symbol>
    <haslo>Zarządzanie</haslo>
  </akta>
  <akta>
    <symbol>00</symbol>
    <haslo>Rada &amp; &lt;komisje&gt; &quot;stałe&quot;</haslo>
    <kategoriaMerytoryczna>B10</kategoriaMerytoryczna>
    <kategoriaInna>Bc</kategoriaInna>
  </akta>
</wykaz>
`);
  });

  test('gives back the same classes after export and import', () => {
    const { classes: original } = validateJrwa(
      parseJrwaXml(ndapWykaz)
        .drafts.map((draft) =>
          draft.symbol === '00' ? { ...draft, category: null, categoryOther: null } : draft,
        )
        .concat([
          {
            symbol: '000',
            title: "Sesje 'nadzwyczajne' & zwyczajne",
            category: 'be-10',
            categoryOther: null,
            remarks: null,
            line: 99,
          },
          {
            symbol: '001',
            title: 'Komisje\nstałe',
            category: 'A',
            categoryOther: 'B-5',
            remarks: null,
            line: 100,
          },
        ]),
    );

    const reparsed = parseJrwaXml(exportJrwaXml(original));
    const { classes, errors } = validateJrwa(reparsed.drafts);

    expect([...reparsed.errors, ...errors]).toEqual([]);
    expect(classes).toEqual(original);
  });
});
