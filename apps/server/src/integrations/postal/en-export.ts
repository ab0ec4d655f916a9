import { PostalError } from './postal.errors.js';
import { collapse, isDomestic, specialRulesOf } from './postal.models.js';
import type { PostalAddress, PostalShipment, Sender } from './postal.types.js';
import { normalizeTrackingNumber } from './tracking-number.js';

/**
 * The Elektroniczny Nadawca (EN) `addShipment` request: the file a registry clerk imports into
 * Poczta Polska's EN, or the body sent to its SOAP API. Names, order and enumerations follow the
 * XSD inside the EN WSDL (`shared/data/poczta-polska-en/en.wsdl`):
 *
 * - The schema has no `elementFormDefault`, so only the global `addShipment` is in the EN
 *   namespace; `przesylki`, `idBufor`, `adres` and `nadawca` are unqualified, as are attributes.
 * - Domestic registered letter → `przesylkaPoleconaKrajowaType`; abroad → `przesylkaPoleconaZagranicznaType`.
 *   Both extend `przesylkaRejestrowanaType`, whose `adres` and `nadawca` (the office) come first.
 * - Domestic ordinary letter → `listZwyklyType` (one per letter, `ilosc="1"`): the plain unregistered
 *   letter posted at a post office. `listZwyklyFirmowyType` and `przesylkaFirmowaPoleconaType` are
 *   the types of Poczta Polska's "Poczta firmowa" collection service (their own book,
 *   `getFirmowaPocztaBook`), not of an office posting at the counter. `listZwyklyType` carries no
 *   address: the register number and addressee go into `opis`. Abroad → `przesylkaZagranicznaType`.
 */

export const EN_NAMESPACE = 'http://e-nadawca.poczta-polska.pl';
/** `addShipment` takes 1–500 `przesylki`. */
export const EN_MAX_SHIPMENTS = 500;

const SOAP_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** Our UUID as EN's `guidType`: its 32 hex digits, upper case. */
export function toEnGuid(uuid: string, shipmentId?: string): string {
  if (!UUID.test(uuid.trim()))
    throw new PostalError({
      code: 'postal.invalid_id',
      message: `Not a UUID: "${uuid.slice(0, 60)}".`,
      shipmentId,
    });
  return uuid.trim().replaceAll('-', '').toUpperCase();
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Text as an XML 1.0 attribute value (double-quoted). */
const escapeXml = (value: string) =>
  value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\uFFFE\uFFFF]/gu, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

type Attribute = [name: string, value: string | number | boolean | null | undefined];

const attributes = (list: Attribute[]) =>
  list
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

const length = (value: string) => [...value].length;

/** Splits a name longer than `max` between two lines at a space (EN: `nazwa`, `nazwa2`, 60 each). */
function splitName(name: string, max: number): [string, string] | null {
  const words = name.split(' ');
  for (let i = words.length - 1; i > 0; i--) {
    const first = words.slice(0, i).join(' ');
    const second = words.slice(i).join(' ');
    if (length(first) <= max && length(second) <= max) return [first, second];
  }
  return null;
}

function buildAddress(element: 'adres' | 'nadawca', address: PostalAddress, shipmentId: string): string {
  const invalid = (message: string) =>
    new PostalError({ code: 'postal.invalid_shipment', message: `${element}: ${message}`, shipmentId });
  const field = (value: string | null | undefined, max: number, name: string) => {
    const text = collapse(value ?? '');
    if (length(text) > max) throw invalid(`${name} is longer than ${max} characters.`);
    return text === '' ? null : text;
  };
  const domestic = isDomestic(address);
  let name = collapse(address.name);
  let name2 = collapse(address.name2 ?? '');
  if (name === '') throw invalid('the name is empty.');
  if (length(name) > 60 && name2 === '') [name, name2] = splitName(name, 60) ?? [name, name2];
  const city = field(address.city, 63, 'the town (miejscowosc)');
  if (city === null) throw invalid('the town (miejscowosc) is empty.');
  const postalCode = field(address.postalCode, 10, 'the postal code');
  const poBox = field(address.poBox, 240, 'the P.O. box');
  return `<${element}${attributes([
    ['nazwa', field(name, 60, 'the name (nazwa)')],
    ['nazwa2', field(name2, 60, 'the second name line (nazwa2)')],
    ['ulica', field(address.street, 255, 'the street') ?? (poBox && `skr. poczt. ${poBox}`)],
    ['numerDomu', field(address.building, 11, 'the building number')],
    ['numerLokalu', field(address.flat, 11, 'the flat number')],
    ['miejscowosc', city],
    // EN takes a Polish postal code as five digits.
    ['kodPocztowy', domestic ? postalCode?.replace(/^(\d{2})-(\d{3})$/u, '$1$2') : postalCode],
    ['kraj', domestic ? 'Polska' : field(address.country, 40, 'the country')],
  ])}/>`;
}

const GABARYT = { S: 'GABARYT_A', M: 'GABARYT_A', L: 'GABARYT_B' } as const;

function shipmentAttributes(shipment: PostalShipment, date: string) {
  const { id, registerNumber, caseSign, remarks, massGrams } = shipment;
  const invalid = (message: string) =>
    new PostalError({ code: 'postal.invalid_shipment', message, shipmentId: id });
  if (
    massGrams !== null &&
    massGrams !== undefined &&
    !(Number.isInteger(massGrams) && massGrams >= 1 && massGrams <= 9_999_999)
  )
    throw invalid(`The mass must be whole grams between 1 and 9999999, not ${massGrams}.`);
  const sign = collapse(caseSign ?? '') || collapse(registerNumber);
  if (length(sign) > 255) throw invalid('The case sign (sygnatura) is longer than 255 characters.');
  let trackingNumber: string | null = null;
  if (shipment.trackingNumber !== null && collapse(shipment.trackingNumber) !== '') {
    const result = normalizeTrackingNumber(shipment.trackingNumber);
    if (!result.ok) throw invalid(result.reason);
    trackingNumber = result.value;
  }
  const description = [
    registerNumber,
    shipment.kind === 'ordinary' ? shipment.addressee.name : '',
    remarks ?? '',
  ]
    .map(collapse)
    .filter(Boolean)
    .join(' · ');
  return {
    base: [
      ['guid', toEnGuid(id, id)],
      ['opis', [...description].slice(0, 500).join('')],
      ['planowanaDataNadania', date],
    ] satisfies Attribute[],
    registered: [
      ['numerNadania', trackingNumber],
      ['sygnatura', sign],
    ] satisfies Attribute[],
    kategoria: shipment.priority ? 'PRIORYTETOWA' : 'EKONOMICZNA',
    masa: massGrams ?? null,
    receipts: shipment.returnReceipt ? 1 : 0,
  };
}

function buildShipment(shipment: PostalShipment, sender: Sender, date: string): string {
  const a = shipmentAttributes(shipment, date);
  const domestic = isDomestic(shipment.addressee);
  const adres = buildAddress('adres', shipment.addressee, shipment.id);
  const nadawca = buildAddress('nadawca', { ...sender.address, name: sender.name }, shipment.id);
  const element = (type: string, list: Attribute[], children: string[]) =>
    children.length === 0
      ? `      <przesylki xsi:type="en:${type}"${attributes(list)}/>`
      : [
          `      <przesylki xsi:type="en:${type}"${attributes(list)}>`,
          ...children.map((child) => `        ${child}`),
          '      </przesylki>',
        ].join('\n');

  if (shipment.kind === 'registered' && domestic)
    return element(
      'przesylkaPoleconaKrajowaType',
      [
        ...a.base,
        ...a.registered,
        ['zasadySpecjalne', specialRulesOf(shipment)],
        ['iloscPotwierdzenOdbioru', a.receipts],
        ['kategoria', a.kategoria],
        ['format', shipment.format],
        ['masa', a.masa],
        ['numerPrzesylkiKlienta', shipment.id],
      ],
      [adres, nadawca],
    );
  if (shipment.kind === 'registered')
    return element(
      'przesylkaPoleconaZagranicznaType',
      [
        ...a.base,
        ...a.registered,
        ['masa', a.masa],
        ['iloscPotwierdzenOdbioru', a.receipts],
        ['numerPrzesylkiKlienta', shipment.id],
      ],
      [adres, nadawca, '<zawartosc>KORESPONDENCJA</zawartosc>'],
    );
  if (domestic)
    return element(
      'listZwyklyType',
      [
        ...a.base,
        ['ilosc', 1],
        ['kategoria', a.kategoria],
        ['gabaryt', shipment.format ? GABARYT[shipment.format] : null],
        ['masa', a.masa],
      ],
      [],
    );
  return element(
    'przesylkaZagranicznaType',
    [
      ...a.base,
      ['ilosc', 1],
      ['kategoria', a.kategoria],
      ['masa', a.masa],
      ['kraj', collapse(shipment.addressee.country)],
    ],
    [adres, nadawca, '<zawartosc>KORESPONDENCJA</zawartosc>'],
  );
}

const isCalendarDate = (date: string) =>
  /^\d{4}-\d{2}-\d{2}$/u.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

export type ElektronicznyNadawcaExportInput = {
  sender: Sender;
  shipments: PostalShipment[];
  /** The planned posting date, `YYYY-MM-DD` (`planowanaDataNadania`). */
  date: string;
  /** EN's buffer (`idBufor`, an integer EN gives out); EN's active buffer when left out. */
  bufferId?: number | null;
};

/** The SOAP 1.1 envelope of an EN `addShipment` request, UTF-8 XML. */
export function buildElektronicznyNadawcaExport({
  sender,
  shipments,
  date,
  bufferId,
}: ElektronicznyNadawcaExportInput): string {
  const invalid = (message: string) => new PostalError({ code: 'postal.invalid_batch', message });
  if (shipments.length === 0) throw invalid('There are no shipments to export.');
  if (shipments.length > EN_MAX_SHIPMENTS)
    throw invalid(`EN takes at most ${EN_MAX_SHIPMENTS} shipments at once, not ${shipments.length}.`);
  if (!isCalendarDate(date))
    throw invalid(`The posting date must be YYYY-MM-DD, not "${date.slice(0, 40)}".`);
  if (
    bufferId !== null &&
    bufferId !== undefined &&
    !(Number.isInteger(bufferId) && Math.abs(bufferId) <= 2 ** 31 - 1)
  )
    throw invalid('The buffer id must be an integer.');
  const guids = new Set(shipments.map((s) => s.id.trim().toLowerCase()));
  if (guids.size !== shipments.length) throw invalid('A shipment appears twice in the batch.');

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<soapenv:Envelope xmlns:soapenv="${SOAP_NAMESPACE}" xmlns:xsi="${XSI_NAMESPACE}" xmlns:en="${EN_NAMESPACE}">`,
    '  <soapenv:Header/>',
    '  <soapenv:Body>',
    '    <en:addShipment>',
    ...shipments.map((shipment) => buildShipment(shipment, sender, date)),
    ...(bufferId === null || bufferId === undefined ? [] : [`      <idBufor>${bufferId}</idBufor>`]),
    '    </en:addShipment>',
    '  </soapenv:Body>',
    '</soapenv:Envelope>',
    '',
  ].join('\n');
}
