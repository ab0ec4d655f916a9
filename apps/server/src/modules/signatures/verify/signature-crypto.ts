import { constants, createHash, publicDecrypt, verify, type KeyObject } from 'node:crypto';
import type { ReportMessage } from '../signatures.types.js';

/** Hash functions by the names node:crypto knows. */
export type HashName =
  'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512' | 'sha3-256' | 'sha3-384' | 'sha3-512';

/** How a signature value is checked with node:crypto. */
export type SignatureScheme =
  | { kind: 'rsa-pkcs1'; hash: HashName }
  | { kind: 'rsa-pss'; hash: HashName; saltLength: number }
  | { kind: 'ecdsa'; hash: HashName; encoding: 'der' | 'ieee-p1363' }
  | { kind: 'eddsa' };

export type SignatureCheck = 'valid' | 'valid_digest_info_without_null' | 'invalid';

const hashByOid: Record<string, HashName> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '2.16.840.1.101.3.4.2.8': 'sha3-256',
  '2.16.840.1.101.3.4.2.9': 'sha3-384',
  '2.16.840.1.101.3.4.2.10': 'sha3-512',
};

const oidByHash = Object.fromEntries(Object.entries(hashByOid).map(([oid, hash]) => [hash, oid])) as Record<
  HashName,
  string
>;

export function hashFromOid(oid: string): HashName | null {
  return hashByOid[oid] ?? null;
}

export function digest(hash: HashName, data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash(hash).update(data).digest());
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return (
    a.length === b.length &&
    Buffer.compare(
      Buffer.from(a.buffer, a.byteOffset, a.length),
      Buffer.from(b.buffer, b.byteOffset, b.length),
    ) === 0
  );
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex');
}

const schemeBySignatureOid: Record<string, SignatureScheme> = {
  '1.2.840.113549.1.1.5': { kind: 'rsa-pkcs1', hash: 'sha1' },
  '1.2.840.113549.1.1.14': { kind: 'rsa-pkcs1', hash: 'sha224' },
  '1.2.840.113549.1.1.11': { kind: 'rsa-pkcs1', hash: 'sha256' },
  '1.2.840.113549.1.1.12': { kind: 'rsa-pkcs1', hash: 'sha384' },
  '1.2.840.113549.1.1.13': { kind: 'rsa-pkcs1', hash: 'sha512' },
  '2.16.840.1.101.3.4.3.14': { kind: 'rsa-pkcs1', hash: 'sha3-256' },
  '2.16.840.1.101.3.4.3.15': { kind: 'rsa-pkcs1', hash: 'sha3-384' },
  '2.16.840.1.101.3.4.3.16': { kind: 'rsa-pkcs1', hash: 'sha3-512' },
  '1.2.840.10045.4.1': { kind: 'ecdsa', hash: 'sha1', encoding: 'der' },
  '1.2.840.10045.4.3.1': { kind: 'ecdsa', hash: 'sha224', encoding: 'der' },
  '1.2.840.10045.4.3.2': { kind: 'ecdsa', hash: 'sha256', encoding: 'der' },
  '1.2.840.10045.4.3.3': { kind: 'ecdsa', hash: 'sha384', encoding: 'der' },
  '1.2.840.10045.4.3.4': { kind: 'ecdsa', hash: 'sha512', encoding: 'der' },
  '1.3.101.112': { kind: 'eddsa' },
  '1.3.101.113': { kind: 'eddsa' },
};

/**
 * The scheme of an ASN.1 signature algorithm. `rsaEncryption` and `ecPublicKey` name only the key
 * type; CMS then takes the hash from the SignerInfo's digestAlgorithm (`digestHash`).
 * RSASSA-PSS parameters are read by the caller (`pssFromParams`).
 */
export function schemeFromOid(oid: string, digestHash: HashName | null): SignatureScheme | null {
  const known = schemeBySignatureOid[oid];
  if (known) return known;
  if (oid === '1.2.840.113549.1.1.1' && digestHash) return { kind: 'rsa-pkcs1', hash: digestHash };
  if (oid === '1.2.840.10045.2.1' && digestHash) return { kind: 'ecdsa', hash: digestHash, encoding: 'der' };
  return null;
}

const hashLength: Record<HashName, number> = {
  sha1: 20,
  sha224: 28,
  sha256: 32,
  sha384: 48,
  sha512: 64,
  'sha3-256': 32,
  'sha3-384': 48,
  'sha3-512': 64,
};

export function pssScheme(hash: HashName, saltLength?: number): SignatureScheme {
  return { kind: 'rsa-pss', hash, saltLength: saltLength ?? hashLength[hash] };
}

/** XML-DSig SignatureMethod URIs. */
const schemeByXmlUri: Record<string, SignatureScheme> = {
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1': { kind: 'rsa-pkcs1', hash: 'sha1' },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha224': { kind: 'rsa-pkcs1', hash: 'sha224' },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256': { kind: 'rsa-pkcs1', hash: 'sha256' },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384': { kind: 'rsa-pkcs1', hash: 'sha384' },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': { kind: 'rsa-pkcs1', hash: 'sha512' },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1': {
    kind: 'ecdsa',
    hash: 'sha1',
    encoding: 'ieee-p1363',
  },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha224': {
    kind: 'ecdsa',
    hash: 'sha224',
    encoding: 'ieee-p1363',
  },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256': {
    kind: 'ecdsa',
    hash: 'sha256',
    encoding: 'ieee-p1363',
  },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384': {
    kind: 'ecdsa',
    hash: 'sha384',
    encoding: 'ieee-p1363',
  },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512': {
    kind: 'ecdsa',
    hash: 'sha512',
    encoding: 'ieee-p1363',
  },
  'http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1': {
    kind: 'rsa-pss',
    hash: 'sha256',
    saltLength: 32,
  },
  'http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1': {
    kind: 'rsa-pss',
    hash: 'sha384',
    saltLength: 48,
  },
  'http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1': {
    kind: 'rsa-pss',
    hash: 'sha512',
    saltLength: 64,
  },
};

export function schemeFromXmlUri(uri: string): SignatureScheme | null {
  return schemeByXmlUri[uri] ?? null;
}

/** XML-DSig DigestMethod URIs. */
const hashByXmlUri: Record<string, HashName> = {
  'http://www.w3.org/2000/09/xmldsig#sha1': 'sha1',
  'http://www.w3.org/2001/04/xmldsig-more#sha224': 'sha224',
  'http://www.w3.org/2001/04/xmlenc#sha256': 'sha256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'sha384',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'sha512',
  'http://www.w3.org/2007/05/xmldsig-more#sha3-256': 'sha3-256',
  'http://www.w3.org/2007/05/xmldsig-more#sha3-384': 'sha3-384',
  'http://www.w3.org/2007/05/xmldsig-more#sha3-512': 'sha3-512',
};

export function hashFromXmlUri(uri: string): HashName | null {
  return hashByXmlUri[uri] ?? null;
}

export function isWeakHash(hash: HashName): boolean {
  return hash === 'sha1';
}

export function weakAlgorithmWarning(): ReportMessage {
  return {
    code: 'signature.weak_algorithm',
    message: 'SHA-1 is used (in the signature or a digest), which is no longer considered secure.',
  };
}

export function schemeHash(scheme: SignatureScheme): HashName | null {
  return scheme.kind === 'eddsa' ? null : scheme.hash;
}

/**
 * Checks a signature value with node:crypto. An RSA PKCS#1 v1.5 signature whose DigestInfo omits
 * the NULL parameter of the hash AlgorithmIdentifier (what the gov.pl *podpis zaufany* service
 * produces) fails the strict check; it is recognised separately so that the caller can tolerate
 * it with a warning: the value is decrypted with the public key, the DigestInfo parsed, and the
 * hash algorithm and digest compared with the expected ones.
 */
export function checkSignature(input: {
  key: KeyObject;
  scheme: SignatureScheme;
  data: Uint8Array;
  signature: Uint8Array;
}): SignatureCheck {
  const { key, scheme, data, signature } = input;
  try {
    switch (scheme.kind) {
      case 'rsa-pkcs1':
        if (verify(scheme.hash, data, { key, padding: constants.RSA_PKCS1_PADDING }, signature))
          return 'valid';
        return digestInfoWithoutNullMatches({ key, hash: scheme.hash, data, signature })
          ? 'valid_digest_info_without_null'
          : 'invalid';
      case 'rsa-pss':
        return verify(
          scheme.hash,
          data,
          { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: scheme.saltLength },
          signature,
        )
          ? 'valid'
          : 'invalid';
      case 'ecdsa':
        return verify(scheme.hash, data, { key, dsaEncoding: scheme.encoding }, signature)
          ? 'valid'
          : 'invalid';
      case 'eddsa':
        return verify(null, data, key, signature) ? 'valid' : 'invalid';
    }
  } catch {
    return 'invalid';
  }
}

function digestInfoWithoutNullMatches(input: {
  key: KeyObject;
  hash: HashName;
  data: Uint8Array;
  signature: Uint8Array;
}): boolean {
  if (input.key.asymmetricKeyType !== 'rsa') return false;
  let decrypted: Buffer;
  try {
    decrypted = publicDecrypt({ key: input.key, padding: constants.RSA_PKCS1_PADDING }, input.signature);
  } catch {
    return false;
  }
  const expected = digest(input.hash, input.data);
  const oid = encodeOid(oidByHash[input.hash]);
  // DigestInfo ::= SEQUENCE { SEQUENCE { OID } , OCTET STRING } — the parameters absent.
  const algorithm = [0x30, oid.length + 2, 0x06, oid.length, ...oid];
  const octets = [0x04, expected.length, ...expected];
  const body = [...algorithm, ...octets];
  const digestInfo = Uint8Array.from([0x30, body.length, ...body]);
  return sameBytes(new Uint8Array(decrypted), digestInfo);
}

function encodeOid(oid: string): number[] {
  const parts = oid.split('.').map(Number);
  const [first = 0, second = 0, ...rest] = parts;
  const bytes = [first * 40 + second];
  for (const part of rest) {
    const chunk = [part & 0x7f];
    let value = Math.floor(part / 128);
    while (value > 0) {
      chunk.unshift((value & 0x7f) | 0x80);
      value = Math.floor(value / 128);
    }
    bytes.push(...chunk);
  }
  return bytes;
}
