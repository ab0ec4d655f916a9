import { X509Certificate, createHash, timingSafeEqual, verify } from 'node:crypto';
import type { Element } from '@xmldom/xmldom';
import { c14nMethod, canonicalize, type C14nMethod } from '../../modules/signatures/verify/xml-c14n.js';
import { childElements, indexIds, isInside } from '../../modules/signatures/verify/xml-dom.js';
import { DIGEST_ALGORITHMS, LIMITS, NS, SIGNATURE_ALGORITHMS, WSS } from './epuap.constants.js';
import { epuapError } from './epuap.errors.js';
import { parseSoapEnvelope, type SoapMessage } from './epuap-soap.js';
import { childText, fromBase64 } from './epuap-xml.js';

export type WsSecurityVerification = {
  /** The signer's certificate (from the BinarySecurityToken), PEM. */
  certificatePem: string;
  /** The Ids of the signed elements (always including the Body's and the Timestamp's). */
  signedIds: string[];
  signatureAlgorithm: keyof typeof SIGNATURE_ALGORITHMS;
  /** The wsu:Timestamp (null only when it was optional and absent). */
  created: string | null;
  expires: string | null;
};

export type WsSecurityVerifyOptions = {
  /** When given, the signer's certificate must be one of these (exact match, PEM). */
  trustedCertsPem?: string[];
  /** The time the timestamp and the certificate are checked against (default: now). */
  now?: Date;
  clockSkewSeconds?: number;
  /**
   * Requests must carry a signed wsu:Timestamp (default). With `false` (ePUAP's answers, which
   * may come without one) a Timestamp is checked only when present.
   */
  requireTimestamp?: boolean;
  maxBytes?: number;
};

const invalid = (reason: string) =>
  epuapError('epuap.signature_invalid', `WS-Security check failed: ${reason}`);

/**
 * Checks the WS-Security signature of a SOAP message: one `wsse:Security` header with one
 * `ds:Signature`, references resolved by Id (every Id in the message must be unique, so a moved
 * copy of the Body cannot be signed in its place), digests, the signature value with the key of
 * the referenced BinarySecurityToken, the certificate's validity and trust, the timestamp window,
 * and that the very Body of the Envelope and the Timestamp are among the signed elements.
 * Throws `epuap.signature_invalid` (or a parse error for input that is not SOAP).
 */
export async function verifyWsSecurity(
  input: Uint8Array | string | SoapMessage,
  options: WsSecurityVerifyOptions = {},
): Promise<WsSecurityVerification> {
  const message =
    typeof input === 'string' || input instanceof Uint8Array
      ? await parseSoapEnvelope(input, { maxBytes: options.maxBytes })
      : input;
  return verifyMessage(message, options);
}

function verifyMessage(
  { document, header, body }: SoapMessage,
  {
    trustedCertsPem,
    now = new Date(),
    clockSkewSeconds = LIMITS.clockSkewSeconds,
    requireTimestamp = true,
  }: WsSecurityVerifyOptions,
): WsSecurityVerification {
  if (!header) throw invalid('the message has no SOAP Header (unsigned request).');
  const security = single(childElements(header, NS.wsse, 'Security'), 'wsse:Security header');
  const ids = indexIds(document);
  for (const [id, elements] of ids) {
    if (elements.length > 1) throw invalid(`the Id "${id}" is carried by ${elements.length} elements.`);
  }
  const signature = single(
    childElements(security, NS.ds, 'Signature'),
    'ds:Signature in the Security header',
  );
  const signedInfo = single(childElements(signature, NS.ds, 'SignedInfo'), 'ds:SignedInfo');

  const canonicalization = readC14n(
    single(childElements(signedInfo, NS.ds, 'CanonicalizationMethod'), 'ds:CanonicalizationMethod'),
  );
  const methodUri = single(
    childElements(signedInfo, NS.ds, 'SignatureMethod'),
    'ds:SignatureMethod',
  ).getAttribute('Algorithm');
  const signatureAlgorithm = (
    Object.keys(SIGNATURE_ALGORITHMS) as (keyof typeof SIGNATURE_ALGORITHMS)[]
  ).find((name) => SIGNATURE_ALGORITHMS[name].uri === methodUri);
  if (!signatureAlgorithm) throw invalid(`the signature method ${methodUri ?? '(none)'} is not accepted.`);

  const references = childElements(signedInfo, NS.ds, 'Reference');
  if (references.length === 0) throw invalid('the signature has no references.');
  const signed = new Set<Element>();
  const signedIds: string[] = [];
  for (const reference of references) {
    const uri = reference.getAttribute('URI') ?? '';
    const id = /^#([^#\s]+)$/.exec(uri)?.[1];
    if (!id) throw invalid(`the reference URI "${uri}" does not name an element by Id.`);
    const target = ids.get(id)?.[0];
    if (!target) throw invalid(`the signed element "${id}" is not in the message.`);
    if (isInside(target, signature)) throw invalid('a reference points inside the signature itself.');
    checkDigest(reference, target);
    signed.add(target);
    signedIds.push(id);
  }
  if (!signed.has(body)) throw invalid('the SOAP Body is not signed.');
  const timestamps = childElements(security, NS.wsu, 'Timestamp');
  let window: { created: string | null; expires: string | null } = { created: null, expires: null };
  if (timestamps.length > 0 || requireTimestamp) {
    const timestamp = single(timestamps, 'wsu:Timestamp');
    if (!signed.has(timestamp)) throw invalid('the wsu:Timestamp is not signed.');
    window = checkTimestamp(timestamp, now, clockSkewSeconds);
  }

  const certificate = readToken(signature, security, ids);
  checkCertificate(certificate, now, trustedCertsPem);
  const signatureValue = fromBase64(childText(signature, 'SignatureValue', NS.ds));
  if (!signatureValue || signatureValue.length === 0) throw invalid('the signature value is not base64.');
  const canonical = Buffer.from(canonicalize({ node: signedInfo, method: canonicalization }), 'utf8');
  if (certificate.publicKey.asymmetricKeyType !== 'rsa') throw invalid('the signing key is not an RSA key.');
  if (
    !verify(SIGNATURE_ALGORITHMS[signatureAlgorithm].hash, canonical, certificate.publicKey, signatureValue)
  ) {
    throw invalid('the signature value does not match the signed content and the certificate.');
  }
  return { certificatePem: certificate.toString(), signedIds, signatureAlgorithm, ...window };
}

function single(elements: Element[], what: string): Element {
  if (elements.length !== 1) throw invalid(elements.length === 0 ? `no ${what}.` : `more than one ${what}.`);
  return elements[0] as Element;
}

/** Canonical XML 1.0 or exclusive C14N (with its InclusiveNamespaces PrefixList), without comments. */
function readC14n(element: Element): C14nMethod {
  const uri = element.getAttribute('Algorithm');
  const prefixes =
    childElements(element, NS.excC14n, 'InclusiveNamespaces')[0]?.getAttribute('PrefixList') ?? '';
  const method = c14nMethod(uri, prefixes.split(/\s+/).filter(Boolean));
  if (!method || method.withComments)
    throw invalid(`the canonicalization ${uri ?? '(none)'} is not accepted.`);
  return method;
}

function checkDigest(reference: Element, target: Element): void {
  const transforms = childElements(
    childElements(reference, NS.ds, 'Transforms')[0] ?? reference,
    NS.ds,
    'Transform',
  );
  // No transform: the element's node-set goes through Canonical XML 1.0 (XML-DSig §4.3.3.2).
  let method = c14nMethod('http://www.w3.org/TR/2001/REC-xml-c14n-20010315') as C14nMethod;
  for (const transform of transforms) method = readC14n(transform);
  const digestUri = childElements(reference, NS.ds, 'DigestMethod')[0]?.getAttribute('Algorithm') ?? '';
  const hash = DIGEST_ALGORITHMS[digestUri];
  if (!hash) throw invalid(`the digest method ${digestUri || '(none)'} is not accepted.`);
  const expected = fromBase64(childText(reference, 'DigestValue', NS.ds));
  const actual = createHash(hash)
    .update(canonicalize({ node: target, method }), 'utf8')
    .digest();
  if (!expected || expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    throw invalid(
      `the digest of "${reference.getAttribute('URI') ?? ''}" does not match: the signed part was changed.`,
    );
  }
}

function checkTimestamp(
  timestamp: Element,
  now: Date,
  skewSeconds: number,
): { created: string; expires: string | null } {
  const created = childText(timestamp, 'Created', NS.wsu);
  const expires = childText(timestamp, 'Expires', NS.wsu);
  const createdAt = created ? Date.parse(created) : Number.NaN;
  const expiresAt = expires ? Date.parse(expires) : createdAt + LIMITS.timestampTtlSeconds * 1000;
  if (!created || Number.isNaN(createdAt) || Number.isNaN(expiresAt))
    throw invalid('the timestamp is not readable.');
  const skew = skewSeconds * 1000;
  if (createdAt - skew > now.getTime()) throw invalid('the timestamp was created in the future.');
  if (expiresAt + skew <= now.getTime())
    throw invalid('the timestamp has expired (stale or replayed message).');
  return { created, expires };
}

/** The X.509 certificate of the BinarySecurityToken the KeyInfo points to (in the same header). */
function readToken(signature: Element, security: Element, ids: Map<string, Element[]>): X509Certificate {
  const keyInfo = single(childElements(signature, NS.ds, 'KeyInfo'), 'ds:KeyInfo');
  const tokenReference = single(
    childElements(keyInfo, NS.wsse, 'SecurityTokenReference'),
    'wsse:SecurityTokenReference',
  );
  const uri =
    single(childElements(tokenReference, NS.wsse, 'Reference'), 'wsse:Reference').getAttribute('URI') ?? '';
  const token = ids.get(/^#(.+)$/.exec(uri)?.[1] ?? '')?.[0];
  if (
    !token ||
    token.namespaceURI !== NS.wsse ||
    token.localName !== 'BinarySecurityToken' ||
    token.parentNode !== security
  ) {
    throw invalid('the key reference does not point to a BinarySecurityToken of the Security header.');
  }
  const valueType = token.getAttribute('ValueType');
  if (valueType && valueType !== WSS.x509v3) throw invalid(`the token type ${valueType} is not X509v3.`);
  const der = fromBase64(token.textContent);
  if (!der) throw invalid('the BinarySecurityToken is not base64.');
  try {
    return new X509Certificate(der);
  } catch {
    throw invalid('the BinarySecurityToken is not an X.509 certificate.');
  }
}

function checkCertificate(
  certificate: X509Certificate,
  now: Date,
  trustedCertsPem: string[] | undefined,
): void {
  const from = Date.parse(certificate.validFrom);
  const to = Date.parse(certificate.validTo);
  if (now.getTime() < from || now.getTime() > to) throw invalid('the signing certificate is not valid now.');
  if (trustedCertsPem === undefined) return;
  const trusted = trustedCertsPem.some((pem) => {
    try {
      return new X509Certificate(pem).raw.equals(certificate.raw);
    } catch {
      return false;
    }
  });
  if (!trusted)
    throw invalid(`the signing certificate (${certificate.subject.replace(/\n/g, ', ')}) is not trusted.`);
}
