import { X509Certificate, createHash, createPrivateKey, randomUUID, sign, type KeyObject } from 'node:crypto';
import type { Element } from '@xmldom/xmldom';
import { c14nMethod, canonicalize, type C14nMethod } from '../../modules/signatures/verify/xml-c14n.js';
import { childElements } from '../../modules/signatures/verify/xml-dom.js';
import {
  LIMITS,
  NS,
  SHA256_DIGEST_URI,
  SIGNATURE_ALGORITHMS,
  WSS,
  type WsSignatureAlgorithm,
} from './epuap.constants.js';
import { epuapError } from './epuap.errors.js';
import { ENVELOPE_OPEN } from './epuap-soap.js';
import { parseXmlBytes } from './epuap-xml.js';

export {
  verifyWsSecurity,
  type WsSecurityVerification,
  type WsSecurityVerifyOptions,
} from './ws-security.verify.js';

/**
 * WS-Security 1.0 signing with the X.509 token profile, as ePUAP expects it: a `wsse:Security`
 * header holding the system certificate as a `wsse:BinarySecurityToken` (X509v3, base64 DER), a
 * `wsu:Timestamp` and a `ds:Signature` over the Body and the Timestamp (exclusive C14N, SHA-256
 * digests, RSA-SHA256 or RSA-SHA1), its KeyInfo a `wsse:SecurityTokenReference` to the token.
 * Verification lives in ws-security.verify.ts.
 */

export type WsSecurityCredentials = {
  /** The system certificate registered in ePUAP (PEM). */
  certPem: string;
  /** Its private key (PEM, PKCS#8 or PKCS#1, unencrypted). */
  keyPem: string;
};

export type LoadedCredentials = { certificate: X509Certificate; privateKey: KeyObject };

export const EXC_C14N: C14nMethod = c14nMethod(NS.excC14n) as C14nMethod;

/** Reads PEM credentials once (throws `epuap.invalid_input` when they are unusable). */
export function loadCredentials({ certPem, keyPem }: WsSecurityCredentials): LoadedCredentials {
  let certificate: X509Certificate;
  let privateKey: KeyObject;
  try {
    certificate = new X509Certificate(certPem);
  } catch (cause) {
    throw epuapError('epuap.invalid_input', 'The WS-Security certificate is not a PEM X.509 certificate.', {
      cause,
    });
  }
  try {
    privateKey = createPrivateKey(keyPem);
  } catch (cause) {
    throw epuapError('epuap.invalid_input', 'The WS-Security private key is not a PEM private key.', {
      cause,
    });
  }
  if (privateKey.asymmetricKeyType !== 'rsa' || !certificate.checkPrivateKey(privateKey)) {
    throw epuapError('epuap.invalid_input', 'The WS-Security key must be the RSA key of the certificate.');
  }
  return { certificate, privateKey };
}

const SIGNATURE_SLOT = '<!--ds:Signature-->';

/**
 * A signed SOAP 1.1 envelope: `headers` (XML fragments using the `obi` prefix) after the
 * Security header, `body` (a fragment) inside a Body carrying a `wsu:Id`.
 */
export async function buildSignedSoapEnvelope({
  headers = [],
  body,
  credentials,
  now,
  algorithm = 'rsa-sha256',
  ttlSeconds = LIMITS.timestampTtlSeconds,
}: {
  headers?: string[];
  body: string;
  credentials: WsSecurityCredentials | LoadedCredentials;
  now: Date;
  algorithm?: WsSignatureAlgorithm;
  ttlSeconds?: number;
}): Promise<string> {
  const { certificate, privateKey } = 'certPem' in credentials ? loadCredentials(credentials) : credentials;
  const suffix = randomUUID();
  const ids = {
    token: `X509-${suffix}`,
    timestamp: `TS-${suffix}`,
    body: `id-${suffix}`,
    signature: `SIG-${suffix}`,
  };
  const created = now.toISOString();
  const expires = new Date(now.getTime() + ttlSeconds * 1000).toISOString();

  const text =
    `<?xml version="1.0" encoding="UTF-8"?>${ENVELOPE_OPEN}<soapenv:Header>` +
    `<wsse:Security xmlns:wsse="${NS.wsse}" xmlns:wsu="${NS.wsu}" soapenv:mustUnderstand="1">` +
    `<wsse:BinarySecurityToken EncodingType="${WSS.base64Binary}" ValueType="${WSS.x509v3}" wsu:Id="${ids.token}">` +
    `${certificate.raw.toString('base64')}</wsse:BinarySecurityToken>${SIGNATURE_SLOT}` +
    `<wsu:Timestamp wsu:Id="${ids.timestamp}"><wsu:Created>${created}</wsu:Created><wsu:Expires>${expires}</wsu:Expires></wsu:Timestamp>` +
    `</wsse:Security>${headers.join('')}</soapenv:Header>` +
    `<soapenv:Body xmlns:wsu="${NS.wsu}" wsu:Id="${ids.body}">${body}</soapenv:Body></soapenv:Envelope>`;

  const document = await parseXmlBytes(text, { maxBytes: Number.MAX_SAFE_INTEGER, what: 'The request' });
  const envelope = document.documentElement as Element;
  const bodyElement = childElements(envelope, NS.soap, 'Body')[0] as Element;
  const security = childElements(
    childElements(envelope, NS.soap, 'Header')[0] as Element,
    NS.wsse,
    'Security',
  )[0];
  const timestamp = childElements(security as Element, NS.wsu, 'Timestamp')[0] as Element;

  const reference = (id: string, element: Element) => {
    const digest = createHash('sha256')
      .update(canonicalize({ node: element, method: EXC_C14N }))
      .digest('base64');
    return (
      `<ds:Reference URI="#${id}"><ds:Transforms><ds:Transform Algorithm="${NS.excC14n}"></ds:Transform></ds:Transforms>` +
      `<ds:DigestMethod Algorithm="${SHA256_DIGEST_URI}"></ds:DigestMethod><ds:DigestValue>${digest}</ds:DigestValue></ds:Reference>`
    );
  };
  const signedInfo =
    `<ds:SignedInfo><ds:CanonicalizationMethod Algorithm="${NS.excC14n}"></ds:CanonicalizationMethod>` +
    `<ds:SignatureMethod Algorithm="${SIGNATURE_ALGORITHMS[algorithm].uri}"></ds:SignatureMethod>` +
    `${reference(ids.body, bodyElement)}${reference(ids.timestamp, timestamp)}</ds:SignedInfo>`;

  // Exclusive C14N of SignedInfo renders only the `ds` namespace it uses, so it is the same
  // whether SignedInfo stands alone or sits in the envelope (no InclusiveNamespaces are written).
  const alone = await parseXmlBytes(`<ds:Signature xmlns:ds="${NS.ds}">${signedInfo}</ds:Signature>`);
  const canonicalSignedInfo = canonicalize({
    node: childElements(alone.documentElement as Element)[0] as Element,
    method: EXC_C14N,
  });
  const value = sign(
    SIGNATURE_ALGORITHMS[algorithm].hash,
    Buffer.from(canonicalSignedInfo, 'utf8'),
    privateKey,
  ).toString('base64');

  const signature =
    `<ds:Signature xmlns:ds="${NS.ds}" Id="${ids.signature}">${signedInfo}<ds:SignatureValue>${value}</ds:SignatureValue>` +
    `<ds:KeyInfo Id="KI-${suffix}"><wsse:SecurityTokenReference wsu:Id="STR-${suffix}">` +
    `<wsse:Reference URI="#${ids.token}" ValueType="${WSS.x509v3}"></wsse:Reference>` +
    `</wsse:SecurityTokenReference></ds:KeyInfo></ds:Signature>`;
  return text.replace(SIGNATURE_SLOT, signature);
}
