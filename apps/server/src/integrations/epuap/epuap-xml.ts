import type { Document, Element, Node } from '@xmldom/xmldom';
import { parseSafeXml } from '../../modules/signatures/verify/safe-xml.js';
import { childElements, descendants, isElement } from '../../modules/signatures/verify/xml-dom.js';
import { LIMITS, NS } from './epuap.constants.js';
import { epuapError, isEpuapError } from './epuap.errors.js';

/**
 * Parses untrusted XML: size-bounded, DOCTYPE/ENTITY refused before any parser sees the text
 * (safe-xml), errors fatal. Throws `epuap.too_large`, `epuap.xml_refused` or `epuap.xml_malformed`.
 */
export async function parseXmlBytes(
  input: Uint8Array | string,
  { maxBytes = LIMITS.maxDocumentBytes, what = 'The XML' }: { maxBytes?: number; what?: string } = {},
): Promise<Document> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (bytes.length > maxBytes) {
    throw epuapError('epuap.too_large', `${what} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  }
  const parsed = await parseSafeXml(bytes);
  if (parsed.ok) return parsed.document;
  if (parsed.error.code === 'xml.dtd_refused') {
    throw epuapError(
      'epuap.xml_refused',
      `${what} holds a DOCTYPE or entity declaration; refused for safety.`,
    );
  }
  throw epuapError('epuap.xml_malformed', `${what} is not well-formed XML (${parsed.error.message})`);
}

const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for element content or a double-quoted attribute; characters XML cannot hold are dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '')
    .replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
    );
}

/** `<name>text</name>`, or nothing when the value is absent. */
export function xmlElement(name: string, value: string | null | undefined): string {
  return value === null || value === undefined ? '' : `<${name}>${escapeXml(value)}</${name}>`;
}

export const toBase64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** Strict base64 (whitespace ignored); null when the text is not base64. */
export function fromBase64(text: string | null | undefined): Uint8Array | null {
  if (text === null || text === undefined) return null;
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  return new Uint8Array(Buffer.from(clean, 'base64'));
}

/** Children by local name (any namespace, or the given one; `''` = unqualified). */
export function childrenNamed(parent: Node, localName: string, namespace?: string | null): Element[] {
  return childElements(parent).filter(
    (child) =>
      child.localName === localName &&
      (namespace === undefined || (child.namespaceURI ?? '') === (namespace ?? '')),
  );
}

export function childNamed(
  parent: Node | null,
  localName: string,
  namespace?: string | null,
): Element | null {
  return parent ? (childrenNamed(parent, localName, namespace)[0] ?? null) : null;
}

/** Trimmed text of a child element; null when absent, `xsi:nil` or empty. */
export function childText(parent: Node | null, localName: string, namespace?: string | null): string | null {
  return elementText(childNamed(parent, localName, namespace));
}

export function elementText(element: Element | null): string | null {
  if (!element) return null;
  const nil = element.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'nil');
  if (nil === 'true' || nil === '1') return null;
  const text = (element.textContent ?? '').trim();
  return text === '' ? null : text;
}

/** Descendants (document order) with this local name whose namespace passes `namespaceOk`. */
export function descendantsNamed(
  root: Node,
  localName: string,
  namespaceOk: (namespace: string) => boolean = () => true,
): Element[] {
  return descendants(root, (el) => el.localName === localName && namespaceOk(el.namespaceURI ?? ''));
}

export function firstElementChild(parent: Node | null): Element | null {
  if (!parent) return null;
  for (let child = parent.firstChild; child; child = child.nextSibling) if (isElement(child)) return child;
  return null;
}

export const parseBoolean = (text: string | null): boolean | null =>
  text === null
    ? null
    : text === 'true' || text === '1'
      ? true
      : text === 'false' || text === '0'
        ? false
        : null;

/** `dorecz` takes only XAdES-signed XML: refuse before sending what ePUAP would refuse. */
export async function ensureXmlSignature(bytes: Uint8Array): Promise<void> {
  let signed = false;
  try {
    const document = await parseXmlBytes(bytes, { what: 'The document' });
    signed = descendantsNamed(document, 'Signature', (ns) => ns === NS.ds).length > 0;
  } catch (error) {
    if (isEpuapError(error) && error.code === 'epuap.too_large') throw error;
  }
  if (!signed) {
    throw epuapError(
      'epuap.unsigned_document',
      'Delivery with a return receipt needs a XAdES-signed XML document (no ds:Signature found).',
    );
  }
}
