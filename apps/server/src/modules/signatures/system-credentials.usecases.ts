import { createPrivateKey, X509Certificate } from 'node:crypto';
import type { Database } from '../../db/database.types.js';
import type { AuditFn } from '../audit/audit.usecases.js';
import { getTenantSummary } from '../tenants/tenants.usecases.js';
import { certificateFacts } from './certificate-facts.js';
import { issueSystemCertificate } from './pki/ca.models.js';
import { decryptPrivateKey, encryptPrivateKey, importSigningKey } from './pki/key-encryption.models.js';
import { ensureOfficeCa, type PkiDeps } from './pki.usecases.js';
import { resolvePkiMasterKey } from './pki-master-key.js';
import { signDocument } from './sign/sign.models.js';
import { createSignaturesRepository } from './signatures.repository.js';

const DAY = 24 * 60 * 60 * 1000;

const pem = (label: string, der: Uint8Array) =>
  `-----BEGIN ${label}-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trimEnd()}\n-----END ${label}-----\n`;

const fromPem = (text: string) =>
  new Uint8Array(
    Buffer.from(text.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64'),
  );

export const certificatePem = (der: Uint8Array) => pem('CERTIFICATE', der);
export const privateKeyPem = (pkcs8: Uint8Array) => pem('PRIVATE KEY', pkcs8);

/** A client certificate of the office's system, issued by the office CA (made at the first need). */
export async function issueSystemCredentials({
  deps,
  tx,
  tenantId,
  audit,
  commonName,
  years = 2,
}: {
  deps: PkiDeps;
  tx: Database;
  tenantId: string;
  audit: AuditFn;
  commonName: string;
  years?: number;
}) {
  const { ca } = await ensureOfficeCa({ deps, tx, tenantId, audit });
  const tenant = await getTenantSummary({ tx, tenantId });
  const now = deps.clock.now();
  const issued = await issueSystemCertificate(ca, {
    commonName: commonName.slice(0, 64),
    organization: (tenant?.name ?? 'Urząd').slice(0, 64),
    organizationalUnit: 'System EZD',
    validFrom: new Date(now.getTime() - 60_000),
    validTo: new Date(now.getTime() + years * 365 * DAY),
  });
  const facts = certificateFacts(issued.certificate);
  return {
    certificatePem: certificatePem(issued.certificate),
    privateKeyPkcs8: issued.privateKeyPkcs8,
    caCertificatePem: certificatePem(ca.certificate),
    subject: facts.subject,
    notAfter: facts.notAfter,
  };
}

/**
 * Checks a certificate and private key given as PEM: both parse, the key is PKCS#8 RSA or EC and
 * belongs to the certificate. Answers the facts, or a reason.
 */
export function inspectCredentialsPem({
  certificatePem: certText,
  privateKeyPem: keyText,
}: {
  certificatePem: string;
  privateKeyPem: string;
}):
  { ok: true; subject: string; notAfter: Date; privateKeyPkcs8: Uint8Array } | { ok: false; reason: string } {
  try {
    const x509 = new X509Certificate(certText);
    const keyDer = fromPem(keyText);
    if (!/BEGIN PRIVATE KEY/.test(keyText))
      return {
        ok: false,
        reason: 'The private key must be an unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY").',
      };
    if (!x509.checkPrivateKey(createPrivateKey(keyText)))
      return { ok: false, reason: 'The private key does not belong to the certificate.' };
    const facts = certificateFacts(x509);
    return { ok: true, subject: facts.subject, notAfter: facts.notAfter, privateKeyPkcs8: keyDer };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : 'unreadable PEM' };
  }
}

/** Seals a secret (a private key, a password) with the PKI master key for storage. */
export const sealSecret = (deps: Pick<PkiDeps, 'config'>, secret: Uint8Array) =>
  encryptPrivateKey(secret, resolvePkiMasterKey(deps.config.pki));

export const openSecret = (deps: Pick<PkiDeps, 'config'>, sealed: string) =>
  decryptPrivateKey(sealed, resolvePkiMasterKey(deps.config.pki));

/**
 * Seals an XML document with the system's certificate (enveloped XAdES-BES): how the office's
 * EZD signs the ePUAP envelope of a letter that is itself signed by the official.
 */
export async function sealXmlDocument({
  file,
  certificatePem: certText,
  privateKeyPkcs8,
  chainPem = [],
  signingTime,
}: {
  file: { bytes: Uint8Array; fileName: string; mediaType: string };
  certificatePem: string;
  privateKeyPkcs8: Uint8Array;
  chainPem?: string[];
  signingTime: Date;
}) {
  const signed = await signDocument(
    file,
    {
      privateKey: await importSigningKey(privateKeyPkcs8),
      certificate: fromPem(certText),
      chain: chainPem.map(fromPem),
    },
    { signingTime, signerName: new X509Certificate(certText).subject.split('\n').join(', ') },
  );
  return signed.bytes;
}

/** The office CA's certificate (PEM), or null before it exists: what a peer trusts for our system certificates. */
export async function getOfficeCaPem({
  tx,
  tenantId,
}: {
  tx: Database;
  tenantId: string;
}): Promise<string | null> {
  const row = await createSignaturesRepository({ db: tx }).findAuthority({ tenantId, kind: 'ca' });
  return row ? certificatePem(row.certificate) : null;
}
