import type { Element } from '@xmldom/xmldom';
import { childElements } from '../../modules/signatures/verify/xml-dom.js';
import { NS } from './epuap.constants.js';
import { epuapError, isEpuapError } from './epuap.errors.js';
import { childNamed, descendantsNamed, elementText, parseXmlBytes } from './epuap-xml.js';

export type UpoParty = {
  nazwa: string | null;
  identyfikator: string | null;
  /** `TypIdentyfikatora` (e.g. `ePUAP-ID`, `NIP`). */
  typIdentyfikatora: string | null;
};

export type UpoInformation = { typ: string | null; wartosc: string };

export type ParsedUpoReceipt = {
  /** UPP: submission certified; UPD: delivery (collection) certified; UPO: other. */
  kind: 'UPP' | 'UPD' | 'UPO';
  identyfikatorPoswiadczenia: string | null;
  identyfikatorDokumentu: string | null;
  /** As written (ePUAP: Polish local time without offset); null when nil, empty or `0001-01-01…`. */
  dataDoreczenia: string | null;
  dataWytworzenia: string | null;
  adresat: UpoParty | null;
  nadawca: UpoParty | null;
  informacjeUzupelniajace: UpoInformation[];
  /** From the InformacjaUzupelniajaca "Identyfikator sprawy", when present. */
  identyfikatorSprawy: string | null;
  /** `OpisDokumentu/CID`. */
  cid: string | null;
  /** The receipt carries a ds:Signature (verify it with verifySignedFile). */
  signed: boolean;
};

const inUpo = (namespace: string) => namespace.startsWith('http://crd.gov.pl/xml/schematy/UPO/');
const KINDS = ['UPP', 'UPD', 'UPO'] as const;

/** Placeholder dates (`0001-01-01T00:00:00`, .NET's DateTime.MinValue) mean "no date". */
function receiptDate(element: Element | null): string | null {
  const value = elementText(element);
  return value === null || value.startsWith('0001-01-01') ? null : value;
}

function party(element: Element | null): UpoParty | null {
  if (!element) return null;
  const id = childNamed(element, 'IdentyfikatorPodmiotu');
  return {
    nazwa: elementText(childNamed(element, 'Nazwa')),
    identyfikator: elementText(id),
    typIdentyfikatora: id?.getAttribute('TypIdentyfikatora') || null,
  };
}

/**
 * Reads an ePUAP receipt (`pos:Dokument` holding `pos:UPP` / `pos:UPD`, or such an element as
 * the root), tolerant of a UTF-8 BOM, `xsi:nil` and placeholder dates. Throws
 * `epuap.not_a_receipt` for other XML (and `epuap.xml_refused` / `epuap.too_large`).
 */
export async function parseUpoReceipt(bytes: Uint8Array): Promise<ParsedUpoReceipt> {
  let root: Element | null;
  try {
    root = (await parseXmlBytes(bytes, { what: 'The receipt' })).documentElement;
  } catch (error) {
    if (isEpuapError(error) && error.code === 'epuap.xml_malformed') {
      throw epuapError(
        'epuap.not_a_receipt',
        'The file is not an ePUAP receipt: it is not well-formed XML.',
        { cause: error },
      );
    }
    throw error;
  }
  const isReceipt = (el: Element) =>
    inUpo(el.namespaceURI ?? '') && (KINDS as readonly string[]).includes(el.localName ?? '');
  const receipt = root && (isReceipt(root) ? root : (childElements(root).find(isReceipt) ?? null));
  if (!root || !receipt)
    throw epuapError(
      'epuap.not_a_receipt',
      'The XML is not an ePUAP receipt (no UPP/UPD in the UPO namespace).',
    );

  const informacje = childElements(receipt)
    .filter((el) => el.localName === 'InformacjaUzupelniajaca')
    .map((el) => ({
      typ: el.getAttribute('TypInformacjiUzupelniajacej') || null,
      wartosc: elementText(el) ?? '',
    }));
  return {
    kind: receipt.localName as ParsedUpoReceipt['kind'],
    identyfikatorPoswiadczenia: elementText(childNamed(receipt, 'IdentyfikatorPoswiadczenia')),
    identyfikatorDokumentu: elementText(childNamed(receipt, 'IdentyfikatorDokumentu')),
    dataDoreczenia: receiptDate(childNamed(receipt, 'DataDoreczenia')),
    dataWytworzenia: receiptDate(childNamed(receipt, 'DataWytworzeniaPoswiadczenia')),
    adresat: party(childNamed(receipt, 'Adresat')),
    nadawca: party(childNamed(receipt, 'Nadawca')),
    informacjeUzupelniajace: informacje,
    identyfikatorSprawy:
      informacje.find((info) => info.typ?.toLowerCase() === 'identyfikator sprawy')?.wartosc ?? null,
    cid: elementText(childNamed(childNamed(root, 'OpisDokumentu'), 'CID')),
    signed: descendantsNamed(root, 'Signature', (ns) => ns === NS.ds).length > 0,
  };
}
