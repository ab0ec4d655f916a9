import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildElektronicznyNadawcaExport, EN_NAMESPACE, toEnGuid } from './en-export.js';
import { isPostalError } from './postal.errors.js';
import { makePostalAddress, makePostalShipment, makeSender } from './postal.test-utils.js';
import type { PostalShipment } from './postal.types.js';

const WSDL = fileURLToPath(
  new URL('../../../../../../shared/data/poczta-polska-en/en.wsdl', import.meta.url),
);
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

const sender = makeSender();
const DATE = '2026-03-10';

const batch = (): PostalShipment[] => [
  makePostalShipment({
    id: '0190f3a2-7c1e-7d4b-8a3f-1c2d3e4f5a6b',
    trackingNumber: '00259007733174854852',
    addressee: makePostalAddress({ name: 'Zażółć Gęślą Jaźń & Syn <sp. j.> "Łódź"' }),
    priority: true,
    massGrams: 45,
  }),
  makePostalShipment({ returnReceipt: false, specialRules: undefined, format: 'M', caseSign: null }),
  makePostalShipment({ returnReceipt: true, specialRules: 'PODATKOWA' }),
  makePostalShipment({ kind: 'ordinary', returnReceipt: false, format: 'L', massGrams: 300 }),
  makePostalShipment({ kind: 'ordinary', returnReceipt: false, format: undefined, massGrams: null }),
  makePostalShipment({
    trackingNumber: 'RR123456785PL',
    addressee: makePostalAddress({
      name: 'Hans Müller',
      street: 'Hauptstraße',
      postalCode: '10115',
      city: 'Berlin',
      country: 'Niemcy',
    }),
  }),
];

/** The `addShipment` element alone, with the namespaces it uses declared on it. */
function addShipmentDocument(xml: string): string {
  const element = /<en:addShipment>[\s\S]*<\/en:addShipment>/u.exec(xml)?.[0] ?? '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element.replace(
    '<en:addShipment>',
    `<en:addShipment xmlns:en="${EN_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
  )}`;
}

type Przesylka = Record<string, string | Record<string, string>>;
function parse(xml: string): Przesylka[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (name) => name === 'przesylki',
  });
  const document = parser.parse(xml) as Record<
    string,
    Record<string, Record<string, Record<string, Przesylka[]>>>
  >;
  return document['soapenv:Envelope']?.['soapenv:Body']?.['en:addShipment']?.przesylki ?? [];
}

describe('the Elektroniczny Nadawca export', () => {
  test('writes a SOAP addShipment with one przesylki per letter, typed by kind and destination', () => {
    const xml = buildElektronicznyNadawcaExport({ sender, shipments: batch(), date: DATE, bufferId: 42 });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const items = parse(xml);
    expect(items.map((p) => p['xsi:type'])).toEqual([
      'en:przesylkaPoleconaKrajowaType',
      'en:przesylkaPoleconaKrajowaType',
      'en:przesylkaPoleconaKrajowaType',
      'en:listZwyklyType',
      'en:listZwyklyType',
      'en:przesylkaPoleconaZagranicznaType',
    ]);
    expect(xml).toContain('<idBufor>42</idBufor>');
    const [first, second, third, ordinary, , abroad] = items;
    expect(first).toMatchObject({
      guid: '0190F3A27C1E7D4B8A3F1C2D3E4F5A6B',
      numerPrzesylkiKlienta: '0190f3a2-7c1e-7d4b-8a3f-1c2d3e4f5a6b',
      numerNadania: '00259007733174854852',
      sygnatura: 'GK.6220.12.2026',
      kategoria: 'PRIORYTETOWA',
      format: 'S',
      masa: '45',
      iloscPotwierdzenOdbioru: '1',
      zasadySpecjalne: 'ADMINISTRACYJNA',
      planowanaDataNadania: DATE,
    });
    expect(first?.adres).toMatchObject({
      ulica: 'Piotrkowska',
      numerDomu: '12',
      numerLokalu: '3',
      miejscowosc: 'Łódź',
      kodPocztowy: '90001',
      kraj: 'Polska',
    });
    expect(first?.nadawca).toMatchObject({
      nazwa: 'Urząd Miasta Łodzi',
      ulica: 'ul. Piotrkowska',
      kodPocztowy: '90926',
    });
    // No ZPO: no special rules, no receipts; no znak sprawy: the register number is the sygnatura.
    expect(second).toMatchObject({
      iloscPotwierdzenOdbioru: '0',
      kategoria: 'EKONOMICZNA',
      format: 'M',
      sygnatura: second?.opis,
    });
    expect(second).not.toHaveProperty('zasadySpecjalne');
    expect(second).not.toHaveProperty('numerNadania');
    expect(third).toMatchObject({ zasadySpecjalne: 'PODATKOWA', iloscPotwierdzenOdbioru: '1' });
    expect(ordinary).toMatchObject({
      ilosc: '1',
      kategoria: 'EKONOMICZNA',
      gabaryt: 'GABARYT_B',
      masa: '300',
    });
    expect(ordinary).not.toHaveProperty('adres');
    expect(String(ordinary?.opis)).toContain('Jan Żółć');
    expect(abroad).toMatchObject({
      numerNadania: 'RR123456785PL',
      iloscPotwierdzenOdbioru: '1',
      zawartosc: 'KORESPONDENCJA',
    });
    expect(abroad?.adres).toMatchObject({
      miejscowosc: 'Berlin',
      kodPocztowy: '10115',
      kraj: 'Niemcy',
      ulica: 'Hauptstraße',
    });
    expect(items.filter((p) => p.iloscPotwierdzenOdbioru === '1')).toHaveLength(3);
  });

  test('keeps Polish letters and escapes &, <, > and " in attribute values', () => {
    const xml = buildElektronicznyNadawcaExport({ sender, shipments: batch().slice(0, 1), date: DATE });
    expect(xml).toContain('nazwa="Zażółć Gęślą Jaźń &amp; Syn &lt;sp. j.&gt; &quot;Łódź&quot;"');
    expect(parse(xml)[0]?.adres).toMatchObject({ nazwa: 'Zażółć Gęślą Jaźń & Syn <sp. j.> "Łódź"' });
    expect(xml).not.toContain('idBufor');
  });

  test('derives the EN guid from our UUID and refuses what is not one', () => {
    expect(toEnGuid('0190f3a2-7c1e-7d4b-8a3f-1c2d3e4f5a6b')).toBe('0190F3A27C1E7D4B8A3F1C2D3E4F5A6B');
    expect(() => toEnGuid('W/12/2026')).toThrow(expect.objectContaining({ code: 'postal.invalid_id' }));
  });

  test('a long addressee name is carried over to nazwa2; fields the schema cannot take are refused with the shipment named', () => {
    const long = 'Stowarzyszenie Przyjaciół Ziemi Łódzkiej i Okolic imienia Władysława Reymonta';
    const xml = buildElektronicznyNadawcaExport({
      sender,
      shipments: [makePostalShipment({ addressee: makePostalAddress({ name: long }) })],
      date: DATE,
    });
    const adres = parse(xml)[0]?.adres as Record<string, string>;
    expect(`${adres.nazwa} ${adres.nazwa2}`).toBe(long);
    expect(adres.nazwa?.length).toBeLessThanOrEqual(60);

    const bad = makePostalShipment({ addressee: makePostalAddress({ building: '123456789012' }) });
    const error = (() => {
      try {
        buildElektronicznyNadawcaExport({ sender, shipments: [bad], date: DATE });
      } catch (e) {
        return e;
      }
    })();
    expect(
      isPostalError(error) && error.code === 'postal.invalid_shipment' && error.shipmentId === bad.id,
    ).toBe(true);
    expect(() =>
      buildElektronicznyNadawcaExport({
        sender,
        shipments: [makePostalShipment({ trackingNumber: '00259007733174854853' })],
        date: DATE,
      }),
    ).toThrow(expect.objectContaining({ code: 'postal.invalid_shipment' }));
  });

  test('refuses an empty batch, more than 500 letters, a bad date and a letter listed twice', () => {
    const one = makePostalShipment();
    const cases = [
      { shipments: [], date: DATE },
      { shipments: Array.from({ length: 501 }, () => makePostalShipment()), date: DATE },
      { shipments: [one], date: '2026-02-30' },
      { shipments: [one, one], date: DATE },
    ];
    for (const input of cases)
      expect(() => buildElektronicznyNadawcaExport({ sender, ...input })).toThrow(
        expect.objectContaining({ code: 'postal.invalid_batch' }),
      );
  });
});

describe.skipIf(!existsSync(WSDL))(
  'the export against the EN WSDL schema (skipped: ../shared is absent)',
  () => {
    let dir = '';
    let schema = '';
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'obieg-en-xsd-'));
      const wsdl = readFileSync(WSDL, 'utf8');
      const start = wsdl.indexOf('<xsd:schema');
      const end = wsdl.indexOf('</xsd:schema>') + '</xsd:schema>'.length;
      schema = path.join(dir, 'en.xsd');
      writeFileSync(
        schema,
        wsdl
          .slice(start, end)
          .replace(
            '<xsd:schema',
            `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="${EN_NAMESPACE}"`,
          ),
      );
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const validate = (document: string) => {
      const file = path.join(dir, `doc-${Math.random().toString(36).slice(2)}.xml`);
      writeFileSync(file, document);
      return spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
    };

    test.skipIf(!hasXmllint)(
      'the addShipment element is valid against the XSD in the WSDL (skipped: no xmllint, apt-get install libxml2-utils)',
      () => {
        const xml = buildElektronicznyNadawcaExport({ sender, shipments: batch(), date: DATE, bufferId: 7 });
        const result = validate(addShipmentDocument(xml));
        expect(result.stderr).toContain('validates');
        expect(result.status).toBe(0);
        // The validation really checks: a category outside the enumeration fails.
        const broken = validate(
          addShipmentDocument(xml).replace('kategoria="EKONOMICZNA"', 'kategoria="ZWYKLA"'),
        );
        expect(broken.status).not.toBe(0);
      },
    );

    test.skipIf(!hasXmllint)('the whole SOAP envelope is well-formed XML', () => {
      const xml = buildElektronicznyNadawcaExport({ sender, shipments: batch(), date: DATE });
      const file = path.join(dir, 'envelope.xml');
      writeFileSync(file, xml);
      expect(() => execFileSync('xmllint', ['--noout', '--nonet', file])).not.toThrow();
    });
  },
);
