import { webcrypto } from 'node:crypto';
import type * as Pkijs from 'pkijs';
import { keyIdentifierOf, toArrayBuffer } from './asn1.js';
import { OID } from './pki.constants.js';
import { type PkiLibraries } from './pki.libraries.js';

/** Subject attributes, in the order they are written (C, O, OU, T, SN, GN, CN). */
export type SubjectName = {
  country?: string;
  organization?: string;
  organizationalUnit?: string;
  title?: string;
  surname?: string;
  givenName?: string;
  commonName: string;
};

export type KeyUsageName = 'digitalSignature' | 'nonRepudiation' | 'keyCertSign' | 'cRLSign';
const KEY_USAGE_BITS: Record<KeyUsageName, number> = {
  digitalSignature: 0,
  nonRepudiation: 1,
  keyCertSign: 5,
  cRLSign: 6,
};

export async function generateRsaKeyPair(modulusLength: 2048 | 3072): Promise<webcrypto.CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', modulusLength, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  )) as webcrypto.CryptoKeyPair;
}

export async function exportPkcs8(key: webcrypto.CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', key));
}

export function buildName(
  { pkijs, asn1js }: PkiLibraries,
  name: SubjectName,
): Pkijs.RelativeDistinguishedNames {
  const entries: [string, string | undefined][] = [
    [OID.country, name.country],
    [OID.organization, name.organization],
    [OID.organizationalUnit, name.organizationalUnit],
    [OID.title, name.title],
    [OID.surname, name.surname],
    [OID.givenName, name.givenName],
    [OID.commonName, name.commonName],
  ];
  // One attribute per RDN (pkijs would put them all in one multi-valued SET): encode the Name
  // here and let pkijs keep that encoding.
  const encoded = new asn1js.Sequence({
    value: entries
      .filter((entry): entry is [string, string] => Boolean(entry[1]?.trim()))
      .map(([type, value]) => {
        const text = value.trim();
        const typedValue =
          type === OID.country
            ? new asn1js.PrintableString({ value: text })
            : new asn1js.Utf8String({ value: text });
        return new asn1js.Set({
          value: [new pkijs.AttributeTypeAndValue({ type, value: typedValue }).toSchema()],
        });
      }),
  });
  return pkijs.RelativeDistinguishedNames.fromBER(encoded.toBER(false));
}

/** GeneralizedTime from 2050 on, UTCTime before (RFC 5280 §4.1.2.5). */
export const buildTime = ({ pkijs }: PkiLibraries, value: Date) =>
  new pkijs.Time({ type: value.getUTCFullYear() >= 2050 ? 1 : 0, value });

export function keyUsageExtension({ pkijs, asn1js }: PkiLibraries, usages: KeyUsageName[]): Pkijs.Extension {
  const bits = usages.map((usage) => KEY_USAGE_BITS[usage]);
  const highest = Math.max(...bits);
  const bytes = new Uint8Array(Math.floor(highest / 8) + 1);
  for (const bit of bits) bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) | (0x80 >> (bit & 7));
  const value = new asn1js.BitString({ valueHex: toArrayBuffer(bytes), unusedBits: 7 - (highest & 7) });
  return new pkijs.Extension({ extnID: OID.keyUsage, critical: true, extnValue: value.toBER(false) });
}

export function extendedKeyUsageExtension(
  { pkijs }: PkiLibraries,
  purposes: string[],
  critical: boolean,
): Pkijs.Extension {
  const value = new pkijs.ExtKeyUsage({ keyPurposes: purposes });
  return new pkijs.Extension({ extnID: OID.extKeyUsage, critical, extnValue: value.toSchema().toBER(false) });
}

export function subjectKeyIdentifierExtension(
  { pkijs, asn1js }: PkiLibraries,
  certificate: Pkijs.Certificate,
): Pkijs.Extension {
  const value = new asn1js.OctetString({ valueHex: toArrayBuffer(keyIdentifierOf(certificate)) });
  return new pkijs.Extension({
    extnID: OID.subjectKeyIdentifier,
    critical: false,
    extnValue: value.toBER(false),
  });
}

export function authorityKeyIdentifierExtension(
  { pkijs, asn1js }: PkiLibraries,
  issuer: Pkijs.Certificate,
): Pkijs.Extension {
  const value = new pkijs.AuthorityKeyIdentifier({
    keyIdentifier: new asn1js.OctetString({ valueHex: toArrayBuffer(keyIdentifierOf(issuer)) }),
  });
  return new pkijs.Extension({
    extnID: OID.authorityKeyIdentifier,
    critical: false,
    extnValue: value.toSchema().toBER(false),
  });
}

export function crlDistributionPointsExtension({ pkijs }: PkiLibraries, url: string): Pkijs.Extension {
  const value = new pkijs.CRLDistributionPoints({
    distributionPoints: [
      new pkijs.DistributionPoint({ distributionPoint: [new pkijs.GeneralName({ type: 6, value: url })] }),
    ],
  });
  return new pkijs.Extension({
    extnID: OID.crlDistributionPoints,
    critical: false,
    extnValue: value.toSchema().toBER(false),
  });
}

export function emailAltNameExtension({ pkijs }: PkiLibraries, email: string): Pkijs.Extension {
  const value = new pkijs.AltName({ altNames: [new pkijs.GeneralName({ type: 1, value: email })] });
  return new pkijs.Extension({
    extnID: OID.subjectAltName,
    critical: false,
    extnValue: value.toSchema().toBER(false),
  });
}

/**
 * A v3 certificate for `publicKey` signed with `issuerKey` (SHA-256 with RSA). The extensions come
 * from `extensions(certificate)`, called once the subject key is in, so a key identifier can be taken.
 */
export async function buildCertificate(
  libraries: PkiLibraries,
  {
    serialNumber,
    subject,
    issuer,
    validFrom,
    validTo,
    publicKey,
    issuerKey,
    extensions,
  }: {
    serialNumber: Uint8Array;
    subject: Pkijs.RelativeDistinguishedNames;
    issuer: Pkijs.RelativeDistinguishedNames;
    validFrom: Date;
    validTo: Date;
    publicKey: webcrypto.CryptoKey | Uint8Array;
    issuerKey: webcrypto.CryptoKey;
    extensions: (certificate: Pkijs.Certificate) => Pkijs.Extension[];
  },
): Promise<Uint8Array> {
  const { pkijs, asn1js } = libraries;
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ valueHex: toArrayBuffer(serialNumber) });
  certificate.subject = subject;
  certificate.issuer = issuer;
  certificate.notBefore = buildTime(libraries, validFrom);
  certificate.notAfter = buildTime(libraries, validTo);
  if (publicKey instanceof Uint8Array) {
    certificate.subjectPublicKeyInfo = pkijs.PublicKeyInfo.fromBER(toArrayBuffer(publicKey));
  } else {
    await certificate.subjectPublicKeyInfo.importKey(publicKey);
  }
  certificate.extensions = extensions(certificate);
  await certificate.sign(issuerKey, 'SHA-256');
  return new Uint8Array(certificate.toSchema(true).toBER(false));
}
