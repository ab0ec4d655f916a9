import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Element } from '@xmldom/xmldom';
import { DSIG_NS, base64Of, descendants, firstChild } from './xml-dom.js';

/** DER of every ds:X509Certificate in the signature's KeyInfo. */
export function keyInfoCertificates(keyInfo: Element | null): Uint8Array[] {
  if (!keyInfo) return [];
  return descendants(keyInfo, (e) => e.namespaceURI === DSIG_NS && e.localName === 'X509Certificate')
    .map((e) => base64Of(e))
    .filter((der): der is Uint8Array => der !== null && der.length > 0);
}

/** The public key of a bare ds:KeyValue/ds:RSAKeyValue, or null. */
export function keyValueKey(keyInfo: Element | null): KeyObject | null {
  const keyValue = keyInfo ? firstChild(keyInfo, DSIG_NS, 'KeyValue') : null;
  const rsa = keyValue ? firstChild(keyValue, DSIG_NS, 'RSAKeyValue') : null;
  if (!rsa) return null;
  const modulus = base64Of(firstChild(rsa, DSIG_NS, 'Modulus'));
  const exponent = base64Of(firstChild(rsa, DSIG_NS, 'Exponent'));
  if (!modulus || !exponent) return null;
  try {
    return createPublicKey({
      key: { kty: 'RSA', n: base64url(modulus), e: base64url(exponent) },
      format: 'jwk',
    });
  } catch {
    return null;
  }
}

/** JWK integers are unsigned big-endian without leading zero bytes (`AAEAAQ==` → `AQAB`). */
function base64url(bytes: Uint8Array): string {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return Buffer.from(bytes.subarray(start)).toString('base64url');
}
