import type { Document, Element } from '@xmldom/xmldom';
import { childElements } from '../../modules/signatures/verify/xml-dom.js';
import { LIMITS, NS } from './epuap.constants.js';
import { type EpuapError, epuapError } from './epuap.errors.js';
import { childNamed, childText, escapeXml, parseXmlBytes } from './epuap-xml.js';

/**
 * SOAP 1.1 envelopes of the ESP services. Messages are written as text (prefixes `soapenv`, `obi`)
 * and read through the safe parser; the parts of a received message (Header, Body, payload) are
 * always taken as direct children of the Envelope, the same elements the WS-Security check
 * (ws-security.ts) requires to be signed.
 */

export const SOAP_CONTENT_TYPE = 'text/xml; charset=utf-8';

export type SoapMessage = {
  document: Document;
  envelope: Element;
  header: Element | null;
  body: Element;
  /** The Body's first element child (the operation's request or response), null when empty. */
  payload: Element | null;
  fault: SoapFault | null;
};

export type SoapFault = {
  faultCode: string;
  faultString: string;
  /** `detail/Wyjatek/kod` and `komunikat` (ePUAP's fault detail), when present. */
  detailCode: string | null;
  detailMessage: string | null;
};

/** The opening tag of our envelopes: the namespaces every message of ours uses. */
export const ENVELOPE_OPEN = `<soapenv:Envelope xmlns:soapenv="${NS.soap}" xmlns:obi="${NS.obi}">`;

/** An unsigned envelope (faults, and tests); signed requests come from ws-security.ts. */
export function buildSoapEnvelope({ headers = [], body }: { headers?: string[]; body: string }): string {
  const header = headers.length > 0 ? `<soapenv:Header>${headers.join('')}</soapenv:Header>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>${ENVELOPE_OPEN}${header}<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;
}

/** A SOAP 1.1 Fault envelope (sent with HTTP 500), with ePUAP's `Wyjatek` detail. */
export function buildSoapFault({
  faultCode = 'soapenv:Server',
  faultString,
  detailCode,
  detailMessage,
}: {
  faultCode?: 'soapenv:Client' | 'soapenv:Server' | 'soapenv:MustUnderstand' | `wsse:${string}`;
  faultString: string;
  detailCode?: string;
  detailMessage?: string;
}): string {
  const wsse = faultCode.startsWith('wsse:') ? ` xmlns:wsse="${NS.wsse}"` : '';
  const detail =
    detailCode !== undefined || detailMessage !== undefined
      ? `<detail><obi:Wyjatek><kod>${escapeXml(detailCode ?? '')}</kod><komunikat>${escapeXml(detailMessage ?? faultString)}</komunikat></obi:Wyjatek></detail>`
      : '';
  return buildSoapEnvelope({
    body: `<soapenv:Fault${wsse}><faultcode>${escapeXml(faultCode)}</faultcode><faultstring>${escapeXml(faultString)}</faultstring>${detail}</soapenv:Fault>`,
  });
}

/**
 * Parses a SOAP 1.1 message: exactly one Body and at most one Header as direct children of a
 * SOAP 1.1 Envelope. Throws `epuap.too_large`, `epuap.xml_refused` or `epuap.xml_malformed`.
 */
export async function parseSoapEnvelope(
  input: Uint8Array | string,
  { maxBytes = LIMITS.maxSoapBytes }: { maxBytes?: number } = {},
): Promise<SoapMessage> {
  const document = await parseXmlBytes(input, { maxBytes, what: 'The SOAP message' });
  const envelope = document.documentElement;
  if (!envelope || envelope.namespaceURI !== NS.soap || envelope.localName !== 'Envelope') {
    throw epuapError('epuap.xml_malformed', 'The message is not a SOAP 1.1 Envelope.');
  }
  const headers = childElements(envelope, NS.soap, 'Header');
  const bodies = childElements(envelope, NS.soap, 'Body');
  if (headers.length > 1 || bodies.length !== 1) {
    throw epuapError('epuap.xml_malformed', 'The SOAP Envelope must hold one Body and at most one Header.');
  }
  const body = bodies[0] as Element;
  const payloads = childElements(body);
  const payload = payloads[0] ?? null;
  const fault =
    payload && payload.namespaceURI === NS.soap && payload.localName === 'Fault' ? readFault(payload) : null;
  if (payloads.length > 1 && !fault) {
    throw epuapError('epuap.xml_malformed', 'The SOAP Body holds more than one element.');
  }
  return { document, envelope, header: headers[0] ?? null, body, payload, fault };
}

function readFault(fault: Element): SoapFault {
  // SOAP 1.1: faultcode, faultstring and detail are unqualified (some stacks qualify them).
  const wyjatek = childNamed(childNamed(fault, 'detail'), 'Wyjatek');
  return {
    faultCode: childText(fault, 'faultcode') ?? '',
    faultString: childText(fault, 'faultstring') ?? '',
    detailCode: childText(wyjatek, 'kod'),
    detailMessage: childText(wyjatek, 'komunikat'),
  };
}

/** The fault as an `epuap.fault` error (message: the faultstring, or the detail's komunikat). */
export function faultToError(fault: SoapFault, httpStatus?: number): EpuapError {
  const text = fault.faultString || fault.detailMessage || 'no faultstring';
  return epuapError('epuap.fault', `ePUAP answered with a SOAP Fault: ${text}`, {
    details: {
      faultCode: fault.faultCode,
      faultString: fault.faultString,
      detailCode: fault.detailCode ?? undefined,
      detailMessage: fault.detailMessage ?? undefined,
      httpStatus,
    },
  });
}

/** The payload of a non-fault message, checked to be `obi:<localName>`. */
export function expectPayload(message: SoapMessage, localName: string): Element {
  const { payload } = message;
  if (!payload || payload.namespaceURI !== NS.obi || payload.localName !== localName) {
    const found = payload ? `{${payload.namespaceURI ?? ''}}${payload.localName ?? ''}` : 'an empty Body';
    throw epuapError('epuap.invalid_response', `Expected obi:${localName} in the SOAP Body, found ${found}.`);
  }
  return payload;
}
