import type { Element } from '@xmldom/xmldom';
import { childElements } from '../../modules/signatures/verify/xml-dom.js';
import { FORM_TEMPLATE_NS_PREFIX, NS } from './epuap.constants.js';
import { epuapError, isEpuapError } from './epuap.errors.js';
import { childNamed, descendantsNamed, elementText, fromBase64, parseXmlBytes } from './epuap-xml.js';

export type WnioAddress = {
  street: string | null;
  building: string | null;
  flat: string | null;
  postalCode: string | null;
  city: string | null;
  postOffice: string | null;
  country: string | null;
};

export type WnioParty = {
  kind: 'person' | 'institution';
  givenNames?: string;
  surname?: string;
  /** Institution name. */
  name?: string;
  pesel?: string;
  nip?: string;
  regon?: string;
  email?: string;
  phone?: string;
  address?: WnioAddress;
  /** An institution's employee who signs (inst:Pracownik). */
  employee?: { givenNames?: string; surname?: string; function?: string };
};

export type WnioAttachment = {
  fileName: string;
  mediaType: string;
  /** `kodowanie`: `base64` (content inline) or `URI` (content in the ePUAP file repository). */
  encoding: string | null;
  /** Inline content; null for URI attachments (download them separately) and empty ones. */
  bytes: Uint8Array | null;
  uri: string | null;
  description: string | null;
};

export type ParsedWnioDokument = {
  /** The form template namespace (e.g. `http://crd.gov.pl/wzor/2013/12/12/1410/`). */
  formNamespace: string;
  /** `meta:Identyfikator typIdentyfikatora="idFormularza"`, when given. */
  formId: string | null;
  /** `Tytul`, or the header's `NazwaDokumentu` when the form has no title. */
  title: string;
  documentName: string | null;
  /** `YYYY-MM-DD` when readable, otherwise as written; null when absent. */
  documentDate: string | null;
  kind: string | null;
  place: string | null;
  senders: WnioParty[];
  addressees: WnioParty[];
  paragraphs: string[];
  /** `InformacjeDodatkowe` and `Oswiadczenia`. */
  additionalParagraphs: string[];
  attachments: WnioAttachment[];
  /** The document carries a ds:Signature (not verified here: use verifySignedFile). */
  signed: boolean;
  /** `str:CID` (ePUAP's id of the form instance, e.g. `…@epuap.gov.pl`). */
  ePuapCid: string | null;
};

const crd = (kind: string) => (namespace: string) =>
  namespace.startsWith(`http://crd.gov.pl/xml/schematy/${kind}/`);
const inMeta = crd('meta');
const inStr = crd('struktura');
const inAdr = crd('adres');
const inOso = crd('osoba');
const inInst = crd('instytucja');

/** Direct children with this local name whose namespace passes `ok`. */
const kids = (
  parent: Element | null,
  localName: string,
  ok: (ns: string) => boolean = () => true,
): Element[] =>
  parent ? childElements(parent).filter((el) => el.localName === localName && ok(el.namespaceURI ?? '')) : [];
const kid = (parent: Element | null, localName: string, ok?: (ns: string) => boolean) =>
  kids(parent, localName, ok)[0] ?? null;
const kidText = (parent: Element | null, localName: string, ok?: (ns: string) => boolean) =>
  elementText(kid(parent, localName, ok));
/** Text of the first descendant with this local name, outside nested `Pracownik` elements. */
const deepText = (root: Element, localName: string, ok?: (ns: string) => boolean) =>
  elementText(descendantsNamed(root, localName, ok).find((el) => !insideEmployee(el, root)) ?? null);

function insideEmployee(element: Element, root: Element): boolean {
  for (let node = element.parentNode; node && node !== root; node = node.parentNode) {
    if ((node as Element).localName === 'Pracownik') return true;
  }
  return false;
}

/**
 * Reads an ePUAP form (`wnio:Dokument` of any CRD template: 1410 "pismo ogólne", 4566, 304…):
 * elements are found by local name within the CRD meta/str/adr/oso/inst namespaces, so the
 * template version does not matter. Throws `epuap.not_a_form` for anything else (and
 * `epuap.xml_refused` / `epuap.too_large`).
 */
export async function parseWnioDokument(bytes: Uint8Array): Promise<ParsedWnioDokument> {
  let root: Element | null;
  try {
    root = (await parseXmlBytes(bytes, { what: 'The form' })).documentElement;
  } catch (error) {
    if (isEpuapError(error) && error.code === 'epuap.xml_malformed') {
      throw epuapError('epuap.not_a_form', 'The file is not an ePUAP form: it is not well-formed XML.', {
        cause: error,
      });
    }
    throw error;
  }
  const formNamespace = root?.namespaceURI ?? '';
  if (!root || root.localName !== 'Dokument' || !formNamespace.startsWith(FORM_TEMPLATE_NS_PREFIX)) {
    throw epuapError(
      'epuap.not_a_form',
      'The XML is not an ePUAP form (no Dokument in a crd.gov.pl/wzor namespace).',
    );
  }
  const inForm = (ns: string) => ns === formNamespace;
  const opis = kid(root, 'OpisDokumentu', inForm);
  const dane = kid(root, 'DaneDokumentu', inForm);
  const tresc = kid(root, 'TrescDokumentu', inForm);
  const documentName = kidText(kid(dane, 'Naglowek', inStr), 'NazwaDokumentu', inStr);
  const rodzaj = kid(tresc, 'RodzajWnioskuRozszerzony', inForm);
  const formId = kids(opis, 'Identyfikator', inMeta).find(
    (el) => el.getAttribute('typIdentyfikatora') === 'idFormularza',
  );
  const textsOf = (parent: Element | null, localName: string) =>
    kids(parent, localName, inForm)
      .map(elementText)
      .filter((value): value is string => value !== null);

  return {
    formNamespace,
    formId: kidText(formId ?? null, 'Wartosc', inMeta),
    title: kidText(tresc, 'Tytul', inForm) ?? documentName ?? '',
    documentName,
    documentDate: normaliseDate(dateOf(dane) ?? dateOf(opis)),
    kind:
      nonEmpty(rodzaj?.getAttribute('rodzaj')) ??
      nonEmpty(tresc?.getAttribute('rodzaj')) ??
      nonEmpty(rodzaj?.getAttribute('jakisInny')) ??
      nonEmpty(rodzaj?.getAttribute('jakiInny')),
    place: kidText(tresc, 'MiejscowoscDokumentu', inForm),
    senders: partiesOf(kid(dane, 'Nadawcy', inStr)),
    addressees: partiesOf(kid(dane, 'Adresaci', inStr)),
    paragraphs: textsOf(kid(tresc, 'Informacje', inForm), 'Informacja'),
    additionalParagraphs: [
      ...textsOf(kid(tresc, 'InformacjeDodatkowe', inForm), 'Informacja'),
      ...textsOf(kid(tresc, 'Oswiadczenia', inForm), 'Oswiadczenie'),
    ],
    attachments: tresc ? descendantsNamed(tresc, 'Zalacznik', inStr).map(readAttachment) : [],
    signed: descendantsNamed(root, 'Signature', (ns) => ns === NS.ds).length > 0,
    ePuapCid: kidText(opis, 'CID', inStr),
  };
}

const nonEmpty = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

function dateOf(parent: Element | null): string | null {
  const dates = kids(parent, 'Data', inMeta);
  const created = dates.find((el) => el.getAttribute('typDaty') === 'stworzony') ?? dates[0] ?? null;
  return kidText(created, 'Czas', inMeta);
}

/** `2021-4-28` → `2021-04-28`; a date-time keeps its date; anything else stays as written. */
function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(value);
  return match ? `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}` : value;
}

function partiesOf(list: Element | null): WnioParty[] {
  return kids(list, 'Podmiot', inMeta).flatMap((podmiot) => {
    const person = kid(podmiot, 'Osoba', inOso);
    const institution = kid(podmiot, 'Instytucja', inInst);
    if (person) return [readPerson(person)];
    if (institution) return [readInstitution(institution)];
    return [];
  });
}

function names(element: Element): { givenNames?: string; surname?: string } {
  const given = kids(element, 'Imie', inOso)
    .concat(kids(element, 'ImieDrugie', inOso))
    .map(elementText)
    .filter(Boolean);
  const surname = kids(element, 'Nazwisko', inOso).map(elementText).filter(Boolean);
  return {
    ...(given.length > 0 ? { givenNames: given.join(' ') } : {}),
    ...(surname.length > 0 ? { surname: surname.join('-') } : {}),
  };
}

function contact(element: Element): Pick<WnioParty, 'email' | 'phone' | 'address'> {
  const email = deepText(element, 'Email', inAdr);
  const phone = deepText(element, 'Telefon', inAdr);
  const address = readAddress(
    descendantsNamed(element, 'Adres', inAdr).find((el) => !insideEmployee(el, element)) ?? null,
  );
  return { ...(email ? { email } : {}), ...(phone ? { phone } : {}), ...(address ? { address } : {}) };
}

function readPerson(osoba: Element): WnioParty {
  const pesel = deepText(osoba, 'PESEL', inOso);
  const nip = deepText(osoba, 'NIP', inOso);
  return {
    kind: 'person',
    ...names(osoba),
    ...(pesel ? { pesel } : {}),
    ...(nip ? { nip } : {}),
    ...contact(osoba),
  };
}

function readInstitution(instytucja: Element): WnioParty {
  const ids = kid(instytucja, 'IdInstytucji', inInst);
  const name = kidText(instytucja, 'NazwaInstytucji', inInst);
  const nip = kidText(ids, 'NIP', inInst);
  const regon = kidText(ids, 'REGON', inInst);
  const pracownik = kid(instytucja, 'Pracownik', inInst);
  const employeeFunction = kidText(pracownik, 'Funkcja', inInst);
  const employee = pracownik
    ? { ...names(pracownik), ...(employeeFunction ? { function: employeeFunction } : {}) }
    : null;
  return {
    kind: 'institution',
    ...(name ? { name } : {}),
    ...(nip ? { nip } : {}),
    ...(regon ? { regon } : {}),
    ...contact(instytucja),
    ...(employee && Object.keys(employee).length > 0 ? { employee } : {}),
  };
}

function readAddress(adres: Element | null): WnioAddress | null {
  if (!adres) return null;
  const address: WnioAddress = {
    street: kidText(adres, 'Ulica', inAdr),
    building: kidText(adres, 'Budynek', inAdr),
    flat: kidText(adres, 'Lokal', inAdr),
    postalCode: kidText(adres, 'KodPocztowy', inAdr),
    city: kidText(adres, 'Miejscowosc', inAdr) ?? kidText(adres, 'Poczta', inAdr),
    postOffice: kidText(adres, 'Poczta', inAdr),
    country: kidText(adres, 'Kraj', inAdr),
  };
  return Object.values(address).some((value) => value !== null) ? address : null;
}

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  xml: 'text/xml',
  zip: 'application/zip',
  txt: 'text/plain',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xades: 'application/vnd.etsi.asic-e+zip',
};

function readAttachment(zalacznik: Element): WnioAttachment {
  const fileName = nonEmpty(zalacznik.getAttribute('nazwaPliku')) ?? 'zalacznik';
  const format = nonEmpty(zalacznik.getAttribute('format'));
  const encoding = nonEmpty(zalacznik.getAttribute('kodowanie'));
  const data = elementText(childNamed(zalacznik, 'DaneZalacznika'));
  const isUri = encoding?.toUpperCase() === 'URI' || (data !== null && /^[a-z][a-z0-9+.-]*:\/\//i.test(data));
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  // `format` says text/xml for URI attachments of any kind in the samples: the name tells more.
  const mediaType =
    (isUri || !format?.includes('/') ? MEDIA_TYPES[extension] : undefined) ??
    (format?.includes('/') ? format : 'application/octet-stream');
  return {
    fileName,
    mediaType,
    encoding,
    bytes: isUri ? null : fromBase64(data),
    uri: isUri ? data : null,
    description: elementText(childNamed(zalacznik, 'OpisZalacznika')),
  };
}
