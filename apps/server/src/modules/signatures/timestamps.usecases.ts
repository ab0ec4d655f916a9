import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/database.types.js';
import type { AuditFn } from '../audit/audit.usecases.js';
import { certificateFacts } from './certificate-facts.js';
import { issueTimestampCertificate } from './pki/ca.models.js';
import { decryptPrivateKey, encryptPrivateKey } from './pki/key-encryption.models.js';
import { createTimestampResponse, requestTimestamp } from './pki/timestamp.models.js';
import { resolvePkiMasterKey } from './pki-master-key.js';
import { ensureOfficeCa, type PkiDeps } from './pki.usecases.js';
import { createSignaturesRepository } from './signatures.repository.js';
import type { TimestampProvider } from './signatures.types.js';

const TSA_YEARS = 5;

/** The office's own timestamp unit (certificate from the office CA), made at the first need. */
async function ensureOfficeTsa({
  deps,
  tx,
  tenantId,
  audit,
}: {
  deps: PkiDeps;
  tx: Database;
  tenantId: string;
  audit: AuditFn;
}) {
  const masterKey = resolvePkiMasterKey(deps.config.pki);
  const repository = createSignaturesRepository({ db: tx });
  const ca = await ensureOfficeCa({ deps, tx, tenantId, audit });
  const existing = await repository.findAuthority({ tenantId, kind: 'tsa' });
  if (existing)
    return {
      certificate: existing.certificate,
      privateKeyPkcs8: decryptPrivateKey(existing.encryptedKey, masterKey),
      chain: [ca.row.certificate],
    };
  const now = deps.clock.now();
  const validTo = new Date(now);
  validTo.setUTCFullYear(validTo.getUTCFullYear() + TSA_YEARS);
  const issued = await issueTimestampCertificate(ca.ca, {
    commonName: 'Znacznik czasu urzędu',
    organization: ca.row.subject.match(/O=([^,]+)/)?.[1] ?? 'Urząd',
    validFrom: now,
    validTo,
  });
  const { subject, sha256, notBefore, notAfter } = certificateFacts(issued.certificate);
  await repository.insertAuthority({
    id: deps.ids.next(),
    tenantId,
    kind: 'tsa',
    certificate: issued.certificate,
    encryptedKey: encryptPrivateKey(issued.privateKeyPkcs8, masterKey),
    subject,
    sha256,
    notBefore,
    notAfter,
    createdAt: now,
  });
  return {
    certificate: issued.certificate,
    privateKeyPkcs8: issued.privateKeyPkcs8,
    chain: [ca.row.certificate],
  };
}

/**
 * Where signatures get their RFC 3161 timestamps: the service configured in `OBIEG_TSA_URL`, or
 * the office's own timestamp unit. The office unit is asked through the same protocol (a request
 * and a response, checked the same way), only without the network.
 */
export async function officeTimestampProvider({
  deps,
  tx,
  tenantId,
  audit,
}: {
  deps: PkiDeps;
  tx: Database;
  tenantId: string;
  audit: AuditFn;
}): Promise<TimestampProvider> {
  const url = deps.config.pki.tsaUrl;
  if (url) return (digest) => requestTimestamp(url, digest);
  const tsa = await ensureOfficeTsa({ deps, tx, tenantId, audit });
  const answer: typeof fetch = async (_input, init) => {
    const request = new Uint8Array(
      await new Response(init?.body as ConstructorParameters<typeof Response>[0]).arrayBuffer(),
    );
    const response = await createTimestampResponse(tsa, request, {
      genTime: deps.clock.now(),
      serialNumber: randomBytes(16).toString('hex'),
    });
    return new Response(response, {
      status: 200,
      headers: { 'content-type': 'application/timestamp-reply' },
    });
  };
  return (digest) => requestTimestamp('office-tsa:local', digest, { fetch: answer });
}
