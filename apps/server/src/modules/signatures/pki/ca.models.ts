/**
 * The tenant's own certification authority: a self-signed root (RSA 3072) that issues non-qualified
 * signing certificates to the office's users (RSA 2048) and a certificate to its time-stamp
 * authority, and publishes a CRL. Pure: dates, names and serials come in; DER and PKCS #8 go out.
 * These certificates carry no QcStatements: an office CA is not a qualified trust service.
 */
import type * as Pkijs from 'pkijs';
import { parseCertificate, randomSerialNumber, serialFromHex, toArrayBuffer, toHex } from './asn1.js';
import {
  authorityKeyIdentifierExtension,
  buildCertificate,
  buildName,
  buildTime,
  crlDistributionPointsExtension,
  emailAltNameExtension,
  exportPkcs8,
  extendedKeyUsageExtension,
  generateRsaKeyPair,
  keyUsageExtension,
  subjectKeyIdentifierExtension,
} from './certificate-builder.js';
import { importSigningKey } from './key-encryption.models.js';
import { OID } from './pki.constants.js';
import { loadPkiLibraries } from './pki.libraries.js';

/** A certificate (DER) and its private key (PKCS #8 DER, to be sealed with `encryptPrivateKey`). */
export type CertifiedKey = { certificate: Uint8Array; privateKeyPkcs8: Uint8Array };
export type IssuedCertificate = CertifiedKey & { serialNumber: string };

export async function createTenantCa({
  commonName,
  organization,
  country = 'PL',
  validFrom,
  years,
}: {
  commonName: string;
  organization: string;
  country?: string;
  validFrom: Date;
  years: number;
}): Promise<IssuedCertificate> {
  const libraries = await loadPkiLibraries();
  const keys = await generateRsaKeyPair(3072);
  const name = () => buildName(libraries, { country, organization, commonName });
  const validTo = new Date(validFrom);
  validTo.setUTCFullYear(validTo.getUTCFullYear() + years);
  const serialNumber = randomSerialNumber();
  const certificate = await buildCertificate(libraries, {
    serialNumber,
    subject: name(),
    issuer: name(),
    validFrom,
    validTo,
    publicKey: keys.publicKey,
    issuerKey: keys.privateKey,
    extensions: (self) => [
      new libraries.pkijs.Extension({
        extnID: OID.basicConstraints,
        critical: true,
        extnValue: new libraries.pkijs.BasicConstraints({ cA: true, pathLenConstraint: 0 })
          .toSchema()
          .toBER(false),
      }),
      keyUsageExtension(libraries, ['keyCertSign', 'cRLSign']),
      subjectKeyIdentifierExtension(libraries, self),
    ],
  });
  return {
    certificate,
    privateKeyPkcs8: await exportPkcs8(keys.privateKey),
    serialNumber: toHex(serialNumber),
  };
}

type IssueCommon = {
  commonName: string;
  organization: string;
  organizationalUnit?: string;
  /** Default `PL`. */
  country?: string;
  /** Hex; a random positive 16-byte serial when absent. */
  serialNumber?: string;
  validFrom: Date;
  validTo: Date;
  /** The URL where the tenant publishes `createCrl`'s output. */
  crlUrl?: string;
};

export type UserCertificateInput = IssueCommon & {
  givenName?: string;
  surname?: string;
  email?: string;
  title?: string;
  /**
   * SubjectPublicKeyInfo (DER) of a key the user holds elsewhere; the result then has no private key.
   * Absent: a new RSA 2048 key is made and returned.
   */
  publicKey?: Uint8Array;
};

async function issue(
  ca: CertifiedKey,
  input: IssueCommon & { subjectExtras?: Partial<Parameters<typeof buildName>[1]>; publicKey?: Uint8Array },
  extensions: (libraries: Awaited<ReturnType<typeof loadPkiLibraries>>) => Pkijs.Extension[],
): Promise<{ certificate: Uint8Array; privateKeyPkcs8: Uint8Array | null; serialNumber: string }> {
  const libraries = await loadPkiLibraries();
  const issuer = parseCertificate(libraries, ca.certificate);
  const issuerKey = await importSigningKey(ca.privateKeyPkcs8);
  const keys = input.publicKey ? null : await generateRsaKeyPair(2048);
  const serialNumber = input.serialNumber ? serialFromHex(input.serialNumber) : randomSerialNumber();
  const certificate = await buildCertificate(libraries, {
    serialNumber,
    subject: buildName(libraries, {
      country: input.country ?? 'PL',
      organization: input.organization,
      organizationalUnit: input.organizationalUnit,
      commonName: input.commonName,
      ...input.subjectExtras,
    }),
    issuer: issuer.subject,
    validFrom: input.validFrom,
    validTo: input.validTo,
    publicKey: keys?.publicKey ?? (input.publicKey as Uint8Array),
    issuerKey,
    extensions: (self) => [
      ...extensions(libraries),
      subjectKeyIdentifierExtension(libraries, self),
      authorityKeyIdentifierExtension(libraries, issuer),
      ...(input.crlUrl ? [crlDistributionPointsExtension(libraries, input.crlUrl)] : []),
    ],
  });
  return {
    certificate,
    privateKeyPkcs8: keys ? await exportPkcs8(keys.privateKey) : null,
    serialNumber: toHex(serialNumber),
  };
}

/**
 * A signing certificate for a person (digitalSignature + nonRepudiation; EKU emailProtection and
 * document signing, both the RFC 9336 and the Microsoft OID, which Acrobat and Windows read).
 */
export async function issueUserCertificate(
  ca: CertifiedKey,
  input: UserCertificateInput & { publicKey: Uint8Array },
): Promise<{ certificate: Uint8Array; privateKeyPkcs8: null; serialNumber: string }>;
export async function issueUserCertificate(
  ca: CertifiedKey,
  input: UserCertificateInput & { publicKey?: undefined },
): Promise<IssuedCertificate>;
export async function issueUserCertificate(ca: CertifiedKey, input: UserCertificateInput) {
  const { givenName, surname, title, email } = input;
  return issue(ca, { ...input, subjectExtras: { givenName, surname, title } }, (libraries) => [
    keyUsageExtension(libraries, ['digitalSignature', 'nonRepudiation']),
    extendedKeyUsageExtension(
      libraries,
      [OID.kpEmailProtection, OID.kpDocumentSigning, OID.msDocumentSigning],
      false,
    ),
    ...(email ? [emailAltNameExtension(libraries, email)] : []),
  ]);
}

/**
 * A certificate of the office's system (not a person): it authenticates the EZD to the national
 * systems (mutual TLS for e-Doręczenia, WS-Security for ePUAP) and seals what the system sends.
 */
export async function issueSystemCertificate(
  ca: CertifiedKey,
  input: IssueCommon,
): Promise<IssuedCertificate> {
  const issued = await issue(ca, input, (libraries) => [
    keyUsageExtension(libraries, ['digitalSignature']),
    extendedKeyUsageExtension(libraries, [OID.kpClientAuth, OID.kpDocumentSigning], false),
  ]);
  return { ...issued, privateKeyPkcs8: issued.privateKeyPkcs8 as Uint8Array };
}

/** The certificate of the tenant's time-stamp authority (RFC 3161 §2.3: timeStamping, critical). */
export async function issueTimestampCertificate(
  ca: CertifiedKey,
  input: IssueCommon,
): Promise<IssuedCertificate> {
  const issued = await issue(ca, input, (libraries) => [
    keyUsageExtension(libraries, ['digitalSignature', 'nonRepudiation']),
    extendedKeyUsageExtension(libraries, [OID.kpTimeStamping], true),
  ]);
  return { ...issued, privateKeyPkcs8: issued.privateKeyPkcs8 as Uint8Array };
}

export type RevocationReason =
  | 'unspecified'
  | 'keyCompromise'
  | 'affiliationChanged'
  | 'superseded'
  | 'cessationOfOperation'
  | 'certificateHold';
const REASON_CODES: Record<RevocationReason, number> = {
  unspecified: 0,
  keyCompromise: 1,
  affiliationChanged: 3,
  superseded: 4,
  cessationOfOperation: 5,
  certificateHold: 6,
};

/** A v2 CRL signed by the CA, with CRL number and authority key identifier (RFC 5280 §5). */
export async function createCrl(
  ca: CertifiedKey,
  revoked: { serialNumber: string; revokedAt: Date; reason?: RevocationReason }[],
  { thisUpdate, nextUpdate, crlNumber }: { thisUpdate: Date; nextUpdate: Date; crlNumber: number | bigint },
): Promise<Uint8Array> {
  const libraries = await loadPkiLibraries();
  const { pkijs, asn1js } = libraries;
  const issuer = parseCertificate(libraries, ca.certificate);
  const number =
    typeof crlNumber === 'bigint'
      ? asn1js.Integer.fromBigInt(crlNumber)
      : new asn1js.Integer({ value: crlNumber });
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    issuer: issuer.subject,
    thisUpdate: buildTime(libraries, thisUpdate),
    nextUpdate: buildTime(libraries, nextUpdate),
    crlExtensions: new pkijs.Extensions({
      extensions: [
        authorityKeyIdentifierExtension(libraries, issuer),
        new pkijs.Extension({ extnID: OID.crlNumber, critical: false, extnValue: number.toBER(false) }),
      ],
    }),
  });
  if (revoked.length > 0) {
    crl.revokedCertificates = revoked.map(
      (entry) =>
        new pkijs.RevokedCertificate({
          userCertificate: new asn1js.Integer({ valueHex: toArrayBuffer(serialFromHex(entry.serialNumber)) }),
          revocationDate: buildTime(libraries, entry.revokedAt),
          ...(entry.reason && {
            crlEntryExtensions: new pkijs.Extensions({
              extensions: [
                new pkijs.Extension({
                  extnID: OID.crlReason,
                  critical: false,
                  extnValue: new asn1js.Enumerated({ value: REASON_CODES[entry.reason] }).toBER(false),
                }),
              ],
            }),
          }),
        }),
    );
  }
  await crl.sign(await importSigningKey(ca.privateKeyPkcs8), 'SHA-256');
  return new Uint8Array(crl.toSchema(true).toBER(false));
}
