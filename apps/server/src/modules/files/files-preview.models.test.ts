import { decode } from 'fast-png';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { PREVIEW_UNZIPPED_BYTES } from './files-preview.constants.js';
import {
  buildTextPreview,
  capText,
  decodeText,
  extractDocxText,
  extractOdtText,
} from './files-preview.models.js';
import { convertTiffPageToPng } from './files-preview-tiff.models.js';
import { formatXml } from './files-preview-xml.models.js';
import { PreviewConversionError, readZipEntry } from './files-preview-zip.models.js';
import { G4_SCAN_TIFF, makeDocx, makeOdt, makeTiff, makeZip } from './files-preview.test-utils.js';

const POLISH = 'Zażółć gęślą jaźń';
const bytes = (text: string) => new TextEncoder().encode(text);
const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof PreviewConversionError) return error.reason;
    throw error;
  }
  return null;
};

describe('plain text', () => {
  test('UTF-8 text is shown as it is, without its byte order mark', () => {
    expect(decodeText(bytes(`\uFEFF${POLISH}`), { truncated: false })).toEqual({
      text: POLISH,
      charset: 'utf-8',
    });
    expect(buildTextPreview({ kind: 'text', bytes: bytes(`\uFEFF${POLISH}`), truncated: false })).toEqual({
      kind: 'text',
      source: 'text',
      charset: 'utf-8',
      text: POLISH,
      truncated: false,
    });
  });

  test('text that is not UTF-8 is read as Windows-1250, the Polish 8-bit code page', () => {
    const windows1250 = new Uint8Array([0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6, 0x20, 0x9c, 0x9f]); // "Zażółć śź"
    expect(decodeText(windows1250, { truncated: false })).toEqual({
      text: 'Zażółć śź',
      charset: 'windows-1250',
    });
  });

  test('a read cut in the middle of a Polish letter is still UTF-8', () => {
    const cut = bytes('gęś').subarray(0, 4); // "gę" and the first byte of "ś"
    expect(decodeText(cut, { truncated: true })).toEqual({ text: 'gę', charset: 'utf-8' });
  });

  test('long text is cut without splitting an emoji', () => {
    expect(capText('ab😀cd', 3)).toEqual({ text: 'ab', truncated: true });
    expect(capText('abc', 3)).toEqual({ text: 'abc', truncated: false });
  });
});

describe('XML', () => {
  test('XML is pretty-printed, attribute values and text kept as written', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><wniosek  xmlns="urn:x"\n   id = "a  b"><tytul>Zażółć &amp; gęślą</tytul>' +
      '<puste/><osoba><imie>Jan</imie><!-- uwaga --><![CDATA[<surowe>]]></osoba></wniosek>';
    expect(formatXml(xml, { partial: false })).toEqual({
      wellFormed: true,
      text: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<wniosek xmlns="urn:x" id="a  b">',
        '  <tytul>Zażółć &amp; gęślą</tytul>',
        '  <puste/>',
        '  <osoba>',
        '    <imie>Jan</imie>',
        '    <!-- uwaga -->',
        '    <![CDATA[<surowe>]]>',
        '  </osoba>',
        '</wniosek>',
      ].join('\n'),
    });
  });

  test('entities declared in a DOCTYPE are never expanded (billion laughs stays short)', () => {
    const laughs =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>';
    const result = formatXml(laughs, { partial: false });
    expect(result.wellFormed).toBe(true);
    expect(result.text).toContain('<lolz>&lol2;</lolz>');
    expect(result.text.length).toBeLessThan(laughs.length + 10);
  });

  test.each([
    ['unbalanced tags', '<a><b></a>'],
    ['text outside the root', 'hello <a/>'],
    ['two roots', '<a/><b/>'],
    ['a stray <', '<a>1 < 2</a>'],
    ['an unclosed element', '<a><b>'],
    ['nothing but text', 'just text'],
  ])('malformed XML (%s) is returned as it is, flagged', (_case, xml) => {
    expect(formatXml(xml, { partial: false })).toEqual({ text: xml, wellFormed: false });
  });

  test('the beginning of a long XML is still pretty-printed, elements left open', () => {
    const result = formatXml('<a><b>1</b><c x="1"', { partial: true });
    expect(result).toEqual({ wellFormed: true, text: '<a>\n  <b>1</b>\n  <c x="1"' });
  });

  test('an XML declaring windows-1250 is decoded with it', () => {
    const head = bytes('<?xml version="1.0" encoding="windows-1250"?><a>');
    const body = new Uint8Array([...head, 0xbf, 0xf3, 0xb3, 0xe6, ...bytes('</a>')]);
    expect(buildTextPreview({ kind: 'xml', bytes: body, truncated: false })).toMatchObject({
      kind: 'xml',
      wellFormed: true,
      text: '<?xml version="1.0" encoding="windows-1250"?>\n<a>żółć</a>',
    });
  });
});

describe('DOCX and ODT', () => {
  test('a DOCX shows its paragraphs, with Polish letters, one per line', () => {
    const preview = buildTextPreview({
      kind: 'docx',
      bytes: makeDocx([POLISH, 'Druga linia & koniec']),
      truncated: false,
    });
    expect(preview).toEqual({
      kind: 'text',
      source: 'docx',
      charset: null,
      text: `${POLISH}\nDruga linia & koniec`,
      truncated: false,
    });
  });

  test('DOCX tabs, breaks and tables become tabs and lines; tab stops and deleted text do not', () => {
    const xml =
      '<w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="100"/></w:tabs></w:pPr>' +
      '<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t></w:r>' +
      '<w:del><w:r><w:delText>usunięte</w:delText></w:r></w:del></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>y1</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:p><w:r><w:t>x2</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>' +
      '<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>ramka</w:t></w:r></mc:Choice>' +
      '<mc:Fallback><w:r><w:t>ramka</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p></w:body>';
    expect(extractDocxText(xml)).toBe('A\tB\nC\nx1\ty1\nx2\nramka');
  });

  test('an ODT shows its paragraphs and headings, with repeated spaces and table cells', () => {
    expect(buildTextPreview({ kind: 'odt', bytes: makeOdt([POLISH, 'Koniec']), truncated: false })).toEqual({
      kind: 'text',
      source: 'odt',
      charset: null,
      text: `${POLISH}\nKoniec`,
      truncated: false,
    });
    const xml =
      '<office:text><text:h>Tytuł</text:h><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d' +
      '<office:annotation><text:p>komentarz</text:p></office:annotation></text:p>' +
      '<table:table><table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>' +
      '<table:table-cell><text:p>2</text:p></table:table-cell></table:table-row></table:table></office:text>';
    expect(extractOdtText(xml)).toBe('Tytuł\na   b\tc\nd\n1\t2');
  });

  test('a zip bomb stops at the uncompressed limit with too_large', () => {
    const bomb = Buffer.from(
      zipSync({ 'word/document.xml': [new Uint8Array(PREVIEW_UNZIPPED_BYTES + 1024), { level: 9 }] }),
    );
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(reasonOf(() => buildTextPreview({ kind: 'docx', bytes: bomb, truncated: false }))).toBe(
      'too_large',
    );
  });

  test('a ZIP lying about its sizes still stops at the limit', () => {
    const zip = zipSync({ 'content.xml': [new Uint8Array(3000), { level: 9 }] });
    expect(readZipEntry(zip, 'content.xml', { maxBytes: 3000 })?.length).toBe(3000);
    expect(reasonOf(() => readZipEntry(zip, 'content.xml', { maxBytes: 2999 }))).toBe('too_large');
  });

  test('a damaged or incomplete document is reported as damaged, not as a server error', () => {
    const docx = makeDocx([POLISH]);
    expect(
      reasonOf(() => buildTextPreview({ kind: 'docx', bytes: docx.subarray(0, 60), truncated: false })),
    ).toBe('damaged');
    const noBody = makeZip({ '[Content_Types].xml': '<Types/>', 'word/styles.xml': '<w:styles/>' });
    expect(reasonOf(() => buildTextPreview({ kind: 'docx', bytes: noBody, truncated: false }))).toBe(
      'damaged',
    );
    const garbage = Buffer.from(docx);
    garbage.fill(0x55, 40, docx.length - 200);
    expect(reasonOf(() => buildTextPreview({ kind: 'docx', bytes: garbage, truncated: false }))).toBe(
      'damaged',
    );
  });
});

describe('TIFF', () => {
  test('each page of a multi-page TIFF becomes a PNG of its size; thumbnails are not pages', () => {
    const tiff = new Uint8Array(
      makeTiff([
        { width: 7, height: 5, rgba: [200, 30, 30] },
        { width: 2, height: 2, thumbnail: true },
        { width: 3, height: 9, rgba: [10, 20, 30] },
      ]),
    );
    const first = convertTiffPageToPng(tiff, { page: 1 });
    expect(first).toMatchObject({ pageCount: 2, width: 7, height: 5 });
    const png = decode(first.png);
    expect([png.width, png.height, png.channels]).toEqual([7, 5, 4]);
    expect(Array.from(png.data.subarray(0, 4))).toEqual([200, 30, 30, 255]);
    const second = decode(convertTiffPageToPng(tiff, { page: 2 }).png);
    expect([second.width, second.height]).toEqual([3, 9]);
    expect(Array.from(second.data.subarray(0, 4))).toEqual([10, 20, 30, 255]);
    expect(reasonOf(() => convertTiffPageToPng(tiff, { page: 3 }))).toBe('page_not_found');
  });

  test('a black-and-white CCITT G4 scan becomes a 1-bit PNG', () => {
    const result = convertTiffPageToPng(new Uint8Array(G4_SCAN_TIFF), { page: 1 });
    expect(result).toMatchObject({ pageCount: 2, width: 40, height: 20 });
    const png = decode(result.png);
    expect([png.channels, png.depth]).toEqual([1, 1]);
    // Row 0: ten black pixels (0 bits), then white.
    expect(Array.from(png.data.subarray(0, 5))).toEqual([0x00, 0x3f, 0xff, 0xff, 0xff]);
  });

  test('a TIFF whose page chain loops back is damaged, not an endless loop', () => {
    const tiff = makeTiff([{ width: 2, height: 2 }]);
    const firstIfd = tiff.readUInt32BE(4);
    const entries = tiff.readUInt16BE(firstIfd);
    tiff.writeUInt32BE(firstIfd, firstIfd + 2 + entries * 12);
    expect(reasonOf(() => convertTiffPageToPng(new Uint8Array(tiff), { page: 1 }))).toBe('damaged');
  });

  test('a page claiming a huge size is refused before any pixel is decoded', () => {
    const tiff = makeTiff([{ width: 2, height: 2 }]);
    const firstIfd = tiff.readUInt32BE(4);
    for (let e = firstIfd + 2; e < firstIfd + 2 + tiff.readUInt16BE(firstIfd) * 12; e += 12)
      if (tiff.readUInt16BE(e) === 256 || tiff.readUInt16BE(e) === 257) {
        tiff.writeUInt16BE(4, e + 2); // LONG
        tiff.writeUInt32BE(100_000, e + 8);
      }
    expect(reasonOf(() => convertTiffPageToPng(new Uint8Array(tiff), { page: 1 }))).toBe('too_large');
    expect(reasonOf(() => convertTiffPageToPng(new Uint8Array(tiff.subarray(0, 30)), { page: 1 }))).toBe(
      'damaged',
    );
  });
});
