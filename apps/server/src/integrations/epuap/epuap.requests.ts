import type { Element } from '@xmldom/xmldom';
import { childElements } from '../../modules/signatures/verify/xml-dom.js';
import { HEADERS, NS, OPERATIONS } from './epuap.constants.js';
import { epuapError } from './epuap.errors.js';
import type { EpuapFile } from './epuap.types.js';
import { childText, escapeXml, fromBase64, parseBoolean, toBase64, xmlElement } from './epuap-xml.js';

/**
 * Request messages of the ESP services, written by the client and read by the simulator.
 * Pull requests name the box three ways (`podmiot`, `nazwaSkrytki`, `adresSkrytki`); `nadaj` and
 * `dorecz` carry their addressing in SOAP headers and the file in an `obi:Dokument` body.
 */

export type PullBox = { podmiot: string; nazwaSkrytki: string; adresSkrytki: string };
export type PullOperation = 'oczekujaceDokumenty' | 'pobierzNastepny' | 'potwierdzOdebranie';

export function buildPullRequest(operation: PullOperation, box: PullBox, skrot?: string): string {
  const name = `obi:${OPERATIONS[operation].request}`;
  return (
    `<${name}>${xmlElement('podmiot', box.podmiot)}${xmlElement('nazwaSkrytki', box.nazwaSkrytki)}` +
    `${xmlElement('adresSkrytki', box.adresSkrytki)}${xmlElement('skrot', skrot)}</${name}>`
  );
}

export function readPullRequest(payload: Element): PullBox & { skrot: string | null } {
  return {
    podmiot: childText(payload, 'podmiot') ?? '',
    nazwaSkrytki: childText(payload, 'nazwaSkrytki') ?? '',
    adresSkrytki: childText(payload, 'adresSkrytki') ?? '',
    skrot: childText(payload, 'skrot'),
  };
}

export type DocumentHeaders = {
  adresSkrytki: string;
  adresOdpowiedzi: string | null;
  identyfikatorPodmiotu: string;
  identyfikatorDokumentu: string | null;
  identyfikatorSprawy: string | null;
  czyProbne: boolean;
  daneDodatkowe: Uint8Array | null;
  nazwaPliku: string | null;
  /** xsd:dateTime. */
  terminDoreczenia: string | null;
};

export function buildDocumentHeaders(headers: DocumentHeaders): string[] {
  const out: string[] = [];
  const add = (key: keyof typeof HEADERS, value: string | null) => {
    if (value !== null) out.push(`<obi:${HEADERS[key]}>${escapeXml(value)}</obi:${HEADERS[key]}>`);
  };
  add('adresSkrytki', headers.adresSkrytki);
  add('adresOdpowiedzi', headers.adresOdpowiedzi);
  add('identyfikatorPodmiotu', headers.identyfikatorPodmiotu);
  add('identyfikatorDokumentu', headers.identyfikatorDokumentu);
  add('identyfikatorSprawy', headers.identyfikatorSprawy);
  add('czyProbne', headers.czyProbne ? 'true' : 'false');
  add('daneDodatkowe', headers.daneDodatkowe ? toBase64(headers.daneDodatkowe) : null);
  add('nazwaPliku', headers.nazwaPliku);
  add('terminDoreczenia', headers.terminDoreczenia);
  return out;
}

/** Header values by name; the first letter's case is not significant (stacks differ). */
export function readDocumentHeaders(header: Element | null): DocumentHeaders {
  const values = new Map<string, string | null>();
  for (const element of header ? childElements(header) : []) {
    if (element.namespaceURI !== NS.obi && element.namespaceURI !== null) continue;
    const name = element.localName ?? '';
    values.set(name.charAt(0).toLowerCase() + name.slice(1), (element.textContent ?? '').trim() || null);
  }
  const get = (key: keyof typeof HEADERS) => values.get(key) ?? null;
  return {
    adresSkrytki: get('adresSkrytki') ?? '',
    adresOdpowiedzi: get('adresOdpowiedzi'),
    identyfikatorPodmiotu: get('identyfikatorPodmiotu') ?? '',
    identyfikatorDokumentu: get('identyfikatorDokumentu'),
    identyfikatorSprawy: get('identyfikatorSprawy'),
    czyProbne: parseBoolean(get('czyProbne')) ?? false,
    daneDodatkowe: fromBase64(get('daneDodatkowe')),
    nazwaPliku: get('nazwaPliku'),
    terminDoreczenia: get('terminDoreczenia'),
  };
}

/** `obi:Dokument` with the file (also the shape of `dokument` / `zalacznik` in answers). */
export function buildFileElement(name: string, file: EpuapFile): string {
  return (
    `<${name}>${xmlElement('nazwaPliku', file.fileName)}${xmlElement('typPliku', file.mediaType)}` +
    `<zawartosc>${toBase64(file.bytes)}</zawartosc></${name}>`
  );
}

/** Reads a `nazwaPliku`/`typPliku`/`zawartosc` element; throws `epuap.xml_malformed` when unusable. */
export function readFileElement(element: Element): EpuapFile {
  const bytes = fromBase64(childText(element, 'zawartosc'));
  if (!bytes)
    throw epuapError('epuap.xml_malformed', `${element.localName ?? 'The file'} has no base64 zawartosc.`);
  return {
    fileName: childText(element, 'nazwaPliku') ?? 'dokument',
    mediaType: childText(element, 'typPliku') ?? 'application/octet-stream',
    bytes,
  };
}
