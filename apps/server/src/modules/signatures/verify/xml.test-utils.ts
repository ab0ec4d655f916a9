import { createHash, webcrypto } from 'node:crypto';
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import type { TestIdentity } from './verify.test-utils.js';
import { c14nMethod, canonicalize } from './xml-c14n.js';
import { DSIG_NS, XMLNS_NS } from './xml-dom.js';

const XADES_NS = 'http://uri.etsi.org/01903/v1.3.2#';
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';

function sha256Base64(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('base64');
}

function add(
  document: Document,
  parent: Element,
  namespace: string,
  name: string,
  attributes: Record<string, string> = {},
  text?: string,
): Element {
  const element = document.createElementNS(namespace, name);
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith('xmlns:')) element.setAttributeNS(XMLNS_NS, key, value);
    else element.setAttribute(key, value);
  }
  if (text !== undefined) element.appendChild(document.createTextNode(text));
  parent.appendChild(element);
  return element;
}

function addReference(
  document: Document,
  signedInfo: Element,
  input: { uri: string; type?: string; enveloped: boolean; target: Document | Element; signature: Element },
): void {
  const reference = add(document, signedInfo, DSIG_NS, 'ds:Reference', {
    URI: input.uri,
    ...(input.type ? { Type: input.type } : {}),
  });
  const transforms = add(document, reference, DSIG_NS, 'ds:Transforms');
  if (input.enveloped)
    add(document, transforms, DSIG_NS, 'ds:Transform', {
      Algorithm: 'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
    });
  add(document, transforms, DSIG_NS, 'ds:Transform', { Algorithm: EXC_C14N });
  add(document, reference, DSIG_NS, 'ds:DigestMethod', { Algorithm: SHA256 });
  const method = c14nMethod(EXC_C14N);
  if (!method) throw new Error('exc-c14n missing');
  const canonical = canonicalize({
    node: input.target,
    method,
    excluded: (e) => input.enveloped && e === input.signature,
  });
  add(document, reference, DSIG_NS, 'ds:DigestValue', {}, sha256Base64(canonical));
}

/**
 * An enveloped signature over the whole document (URI="", enveloped + exclusive C14N, RSA-SHA256),
 * appended to the root; with `xades`, XAdES-BES properties (SigningTime, SigningCertificateV2)
 * bound by a SignedProperties reference. Digests are computed with the verifier's canonicaliser;
 * the real samples check that one against other implementations.
 */
export async function signTestXml(input: {
  xml: string;
  signer: TestIdentity;
  xades?: boolean;
}): Promise<string> {
  const document = new DOMParser().parseFromString(input.xml, 'text/xml');
  const root = document.documentElement;
  if (!root) throw new Error('no root');
  const signature = add(document, root, DSIG_NS, 'ds:Signature', { 'xmlns:ds': DSIG_NS, Id: 'sig-1' });
  const signedInfo = add(document, signature, DSIG_NS, 'ds:SignedInfo');
  add(document, signedInfo, DSIG_NS, 'ds:CanonicalizationMethod', { Algorithm: EXC_C14N });
  add(document, signedInfo, DSIG_NS, 'ds:SignatureMethod', {
    Algorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  });
  const signatureValue = add(document, signature, DSIG_NS, 'ds:SignatureValue');
  const keyInfo = add(document, signature, DSIG_NS, 'ds:KeyInfo');
  const x509Data = add(document, keyInfo, DSIG_NS, 'ds:X509Data');
  add(
    document,
    x509Data,
    DSIG_NS,
    'ds:X509Certificate',
    {},
    Buffer.from(input.signer.certificate).toString('base64'),
  );
  addReference(document, signedInfo, { uri: '', enveloped: true, target: document, signature });
  if (input.xades) {
    const object = add(document, signature, DSIG_NS, 'ds:Object');
    const qualifying = add(document, object, XADES_NS, 'xades:QualifyingProperties', {
      'xmlns:xades': XADES_NS,
      Target: '#sig-1',
    });
    const signed = add(document, qualifying, XADES_NS, 'xades:SignedProperties', { Id: 'sp-1' });
    const signatureProperties = add(document, signed, XADES_NS, 'xades:SignedSignatureProperties');
    add(document, signatureProperties, XADES_NS, 'xades:SigningTime', {}, '2025-03-01T10:00:00Z');
    const signingCertificate = add(document, signatureProperties, XADES_NS, 'xades:SigningCertificateV2');
    const cert = add(document, signingCertificate, XADES_NS, 'xades:Cert');
    const certDigest = add(document, cert, XADES_NS, 'xades:CertDigest');
    add(document, certDigest, DSIG_NS, 'ds:DigestMethod', { Algorithm: SHA256 });
    add(document, certDigest, DSIG_NS, 'ds:DigestValue', {}, sha256Base64(input.signer.certificate));
    addReference(document, signedInfo, {
      uri: '#sp-1',
      type: 'http://uri.etsi.org/01903#SignedProperties',
      enveloped: false,
      target: signed,
      signature,
    });
  }
  const method = c14nMethod(EXC_C14N);
  if (!method) throw new Error('exc-c14n missing');
  const data = new TextEncoder().encode(canonicalize({ node: signedInfo, method }));
  const value = await webcrypto.subtle.sign('RSASSA-PKCS1-v1_5', input.signer.keys.privateKey, data);
  signatureValue.appendChild(document.createTextNode(Buffer.from(value).toString('base64')));
  return new XMLSerializer().serializeToString(document);
}
