import { spawnSync } from 'node:child_process';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { MM } from '../../shared/pdf/pdf-document.js';
import { readPdfText } from '../../shared/pdf/pdf.test-utils.js';
import { renderPostalBook } from './postal-book.pdf.js';
import { renderAddressLabels, renderEnvelopes } from './postal.pdf.js';
import { makePostalAddress, makePostalShipment, makeSender } from './postal.test-utils.js';

const sender = makeSender();
const registered = makePostalShipment({
  trackingNumber: '00259007733174854852',
  addressee: makePostalAddress({ name: 'Zofia Żółć', city: 'Łódź' }),
  priority: true,
  registerNumber: 'W/12/2026',
  caseSign: 'GK.6220.12.2026',
});
const ordinary = makePostalShipment({
  kind: 'ordinary',
  returnReceipt: false,
  trackingNumber: null,
  addressee: makePostalAddress({
    name: 'Gmina Łódź-Widzew',
    street: null,
    building: '7',
    flat: null,
    city: 'Wólka',
  }),
  registerNumber: 'W/13/2026',
  caseSign: null,
});

const sizeOf = async (bytes: Uint8Array) => {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((p) => [Math.round(p.getWidth() / MM), Math.round(p.getHeight() / MM)]);
};

describe('envelopes', () => {
  test.each([
    ['DL', [220, 110]],
    ['C5', [229, 162]],
    ['C4', [324, 229]],
  ] as const)(
    'print one %s page per letter with the addressee, the office and the marks of its kind',
    async (format, size) => {
      const bytes = await renderEnvelopes({ sender, shipments: [registered, ordinary], format });
      expect(await sizeOf(bytes)).toEqual([size, size]);
      const [first = [], second = []] = await readPdfText(bytes);
      expect(first).toEqual(expect.arrayContaining(['Zofia Żółć', 'Piotrkowska 12/3', '90-001 Łódź']));
      expect(first).toEqual(
        expect.arrayContaining(['Urząd Miasta Łodzi', 'ul. Piotrkowska 104', '90-926 Łódź']),
      );
      expect(first).toEqual(expect.arrayContaining(['OPŁATA POBRANA', 'R', 'PRIORYTET', 'ZPO KPA']));
      expect(first).toEqual(
        expect.arrayContaining(['00259007733174854852', 'Nr rej.: W/12/2026', 'Znak: GK.6220.12.2026']),
      );
      expect(second).toEqual(
        expect.arrayContaining(['Gmina Łódź-Widzew', 'Wólka 7', '90-001 Wólka', 'Nr rej.: W/13/2026']),
      );
      expect(second).not.toContain('R');
      expect(second.some((t) => t.startsWith('ZPO'))).toBe(false);
    },
  );

  test('carry the postage imprint given, line by line, and leave room for the R label when the number is not known yet', async () => {
    const bytes = await renderEnvelopes({
      sender,
      shipments: [
        makePostalShipment({ trackingNumber: null, returnReceipt: true, specialRules: 'SADOWA_CYWILNA' }),
      ],
      format: 'DL',
      stamp: 'OPŁATA POBRANA\nTAXE PERÇUE – POLOGNE\nUmowa ID nr 123456/A',
    });
    const [text = []] = await readPdfText(bytes);
    expect(text).toEqual(
      expect.arrayContaining(['OPŁATA POBRANA', 'TAXE PERÇUE – POLOGNE', 'Umowa ID nr 123456/A']),
    );
    expect(text).toEqual(expect.arrayContaining(['miejsce na nalepkę R', 'ZPO KPC', 'Przesyłka polecona']));
    expect(text).not.toContain('PRIORYTET');
  });
});

describe('address labels', () => {
  test('fill an A4 sheet of 3×8 labels and go on to the next sheet', async () => {
    const shipments = Array.from({ length: 25 }, (_, i) =>
      makePostalShipment({ addressee: makePostalAddress({ name: `Adresat ${i + 1} Żółć` }) }),
    );
    const bytes = await renderAddressLabels({ shipments, sender, layout: 'A4-3x8' });
    expect(await sizeOf(bytes)).toEqual([
      [210, 297],
      [210, 297],
    ]);
    const [first = [], second = []] = await readPdfText(bytes);
    expect(first).toContain('Adresat 24 Żółć');
    expect(first).not.toContain('Adresat 25 Żółć');
    expect(second).toContain('Adresat 25 Żółć');
    expect(first).toContain('90-001 Łódź');
  });

  test('2×7 labels show the posting number and the ZPO marker of a registered letter', async () => {
    const bytes = await renderAddressLabels({ shipments: [registered, ordinary], sender, layout: 'A4-2x7' });
    const [text = []] = await readPdfText(bytes);
    expect(
      text.some(
        (t) => t.includes('R 00259007733174854852') && t.includes('ZPO KPA') && t.includes('W/12/2026'),
      ),
    ).toBe(true);
    expect(text).toEqual(expect.arrayContaining(['Zofia Żółć', 'Gmina Łódź-Widzew', 'Wólka 7']));
  });
});

describe('the postal dispatch book (książka nadawcza)', () => {
  const many = Array.from({ length: 60 }, (_, i) =>
    makePostalShipment({
      addressee: makePostalAddress({ name: `Łucja Żółć ${i + 1}`, city: 'Łódź' }),
      trackingNumber: i === 0 ? '00259007733174854852' : null,
      feeGrosze: 1000,
    }),
  );

  test('lists 60 registered letters on 3 A4 landscape pages numbered "strona X z Y" with the print date', async () => {
    const bytes = await renderPostalBook({
      sender,
      date: '2026-03-10',
      shipments: many,
      printedAt: '2026-03-10 14:05',
    });
    expect(await sizeOf(bytes)).toEqual([
      [297, 210],
      [297, 210],
      [297, 210],
    ]);
    const pages = await readPdfText(bytes);
    pages.forEach((text, i) => {
      expect(text).toContain('Książka nadawcza przesyłek poleconych');
      expect(text).toContain('Data nadania: 2026-03-10');
      expect(text).toContain(`Data wydruku: 2026-03-10 14:05   ·   strona ${i + 1} z 3`);
      expect(text).toContain('Datownik placówki pocztowej i podpis przyjmującego');
      expect(text).toEqual(expect.arrayContaining(['Lp.', 'Numer nadania', 'Uwagi']));
    });
    const [first = [], , last = []] = pages;
    expect(first).toEqual(
      expect.arrayContaining([
        '1.',
        'Łucja Żółć 1',
        'Piotrkowska 12/3, 90-001 Łódź',
        '00259007733174854852',
        '10,00',
      ]),
    );
    expect(first.some((t) => t.startsWith('ZPO KPA; W/'))).toBe(true);
    expect(first.some((t) => t.startsWith('Nadawca: Urząd Miasta Łodzi'))).toBe(true);
    expect(last).toContain('Łucja Żółć 60');
    // What a standard tool copies out of it, where poppler's pdftotext is installed.
    const extracted = spawnSync('pdftotext', ['-layout', '-', '-'], { input: bytes, encoding: 'utf8' });
    if (extracted.status === 0) {
      expect(extracted.stdout).toContain('Książka nadawcza przesyłek poleconych');
      expect(extracted.stdout).toContain('Łucja Żółć 42');
      expect(extracted.stdout).toContain('strona 3 z 3');
    }
    expect(last.some((t) => t.includes('Razem: 60 przesyłek, opłata 600,00 zł'))).toBe(true);
  });

  test('leaves ordinary letters out, or sums them up on a last page when asked', async () => {
    const input = {
      sender,
      date: '2026-03-10',
      shipments: [registered, ordinary],
      printedAt: '2026-03-10 14:05',
    };
    const without = await readPdfText(await renderPostalBook(input));
    expect(without).toHaveLength(1);
    expect(without.flat()).not.toContain('Gmina Łódź-Widzew');

    const withOrdinary = await readPdfText(await renderPostalBook({ ...input, includeOrdinary: true }));
    expect(withOrdinary).toHaveLength(2);
    expect(withOrdinary[1]).toEqual(
      expect.arrayContaining([
        'Zestawienie przesyłek nierejestrowanych (listy zwykłe)',
        'Listy zwykłe ekonomiczne, format S',
        'Data wydruku: 2026-03-10 14:05   ·   strona 2 z 2',
      ]),
    );
  });

  test('says so when no registered letter was posted', async () => {
    const pages = await readPdfText(
      await renderPostalBook({ sender, date: '2026-03-10', shipments: [], printedAt: 'x' }),
    );
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Brak przesyłek poleconych.');
  });
});
