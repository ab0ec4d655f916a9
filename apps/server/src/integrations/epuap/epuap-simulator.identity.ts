import type { webcrypto } from 'node:crypto';
import { randomSerialNumber } from '../../modules/signatures/pki/asn1.js';
import {
  buildCertificate,
  buildName,
  exportPkcs8,
  generateRsaKeyPair,
  keyUsageExtension,
} from '../../modules/signatures/pki/certificate-builder.js';
import { loadPkiLibraries } from '../../modules/signatures/pki/pki.libraries.js';
import type { SignerCredentials } from '../../modules/signatures/signatures.types.js';

/** A self-signed RSA identity: PEM for WS-Security, WebCrypto credentials for XAdES. */
export type SelfSignedIdentity = {
  certPem: string;
  keyPem: string;
  certificateDer: Uint8Array;
  signer: SignerCredentials;
};

const pem = (label: string, der: Uint8Array) =>
  `-----BEGIN ${label}-----\n${(
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? []
  ).join('\n')}\n-----END ${label}-----\n`;

/**
 * A self-signed certificate (RSA 2048, SHA-256, digitalSignature + nonRepudiation) valid from a
 * day before `now` for `validDays`. The simulator's "ePUAP system" identity
 * (CN=SYM_ePUAP_ESP, O=Obieg symulator) and test client identities are made with it.
 */
export async function createSelfSignedIdentity({
  commonName,
  organization,
  now = new Date(),
  validDays = 365,
}: {
  commonName: string;
  organization: string;
  now?: Date;
  validDays?: number;
}): Promise<SelfSignedIdentity> {
  const libraries = await loadPkiLibraries();
  const keys: webcrypto.CryptoKeyPair = await generateRsaKeyPair(2048);
  const name = buildName(libraries, { country: 'PL', organization, commonName });
  const certificateDer = await buildCertificate(libraries, {
    serialNumber: randomSerialNumber(),
    subject: name,
    issuer: name,
    validFrom: new Date(now.getTime() - 24 * 3600 * 1000),
    validTo: new Date(now.getTime() + validDays * 24 * 3600 * 1000),
    publicKey: keys.publicKey,
    issuerKey: keys.privateKey,
    extensions: () => [keyUsageExtension(libraries, ['digitalSignature', 'nonRepudiation'])],
  });
  return {
    certPem: pem('CERTIFICATE', certificateDer),
    keyPem: pem('PRIVATE KEY', await exportPkcs8(keys.privateKey)),
    certificateDer,
    signer: { privateKey: keys.privateKey, certificate: certificateDer, chain: [] },
  };
}
