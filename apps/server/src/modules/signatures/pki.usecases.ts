import type { IssueCertificateInput, PkiCertificate } from '@obieg/contracts/signatures';
import type { PkiConfig } from '../../config/config.js';
import type { Database } from '../../db/database.types.js';
import { inTenant, withAuditedTenant, type AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { getTenantSummary } from '../tenants/tenants.usecases.js';
import { createCrl, createTenantCa, issueUserCertificate, type RevocationReason } from './pki/ca.models.js';
import { decryptPrivateKey, encryptPrivateKey } from './pki/key-encryption.models.js';
import { certificateFacts } from './certificate-facts.js';
import { resolvePkiMasterKey } from './pki-master-key.js';
import {
  createAlreadyRevokedError,
  createCertificateNotFoundError,
  createUnknownUserError,
} from './signatures.errors.js';
import {
  createSignaturesRepository,
  type AuthorityRow,
  type CertificateRow,
} from './signatures.repository.js';
import type { CoreDeps } from '../../shared/deps.js';

/** What the office CA needs: the database, the clock, ids and the PKI configuration (master key). */
export type PkiDeps = CoreDeps & { config: { pki: PkiConfig } };
type Scope = { deps: PkiDeps; ctx: Context };

const DAY = 24 * 60 * 60 * 1000;
/** The office CA lives ten years; CRLs are re-issued on every revocation and say "next within 7 days". */
const CA_YEARS = 10;
const CRL_DAYS = 7;

export const toCertificateDto = (
  row: CertificateRow,
  userDisplayName: string,
  now: Date,
): PkiCertificate => ({
  id: row.id,
  userId: row.userId,
  userDisplayName,
  subject: row.subject,
  serialNumber: row.serialNumber,
  notBefore: row.notBefore.toISOString(),
  notAfter: row.notAfter.toISOString(),
  status: row.revokedAt ? 'revoked' : row.notAfter <= now ? 'expired' : 'active',
  revokedAt: row.revokedAt?.toISOString() ?? null,
  revocationReason: row.revocationReason,
  sha256: row.sha256,
});

/** The office CA with its key opened; made (with its first, empty CRL) at the first need. */
export async function ensureOfficeCa({
  deps,
  tx,
  tenantId,
  audit,
}: {
  deps: PkiDeps;
  tx: Database;
  tenantId: string;
  audit: AuditFn;
}): Promise<{ row: AuthorityRow; ca: { certificate: Uint8Array; privateKeyPkcs8: Uint8Array } }> {
  const masterKey = resolvePkiMasterKey(deps.config.pki);
  const repository = createSignaturesRepository({ db: tx });
  const open = (row: AuthorityRow) => ({
    row,
    ca: { certificate: row.certificate, privateKeyPkcs8: decryptPrivateKey(row.encryptedKey, masterKey) },
  });
  const existing = await repository.findAuthority({ tenantId, kind: 'ca', lock: true });
  if (existing) return open(existing);

  const tenant = await getTenantSummary({ tx, tenantId });
  const organization = tenant?.name ?? 'Urząd';
  const now = deps.clock.now();
  const issued = await createTenantCa({
    // The office is named in O; CN says what the authority is for (64 characters at most).
    commonName: 'Urząd certyfikacji — podpisy niekwalifikowane',
    organization: organization.slice(0, 64),
    validFrom: now,
    years: CA_YEARS,
  });
  const facts = certificateFacts(issued.certificate);
  const crl = await createCrl(issued, [], {
    thisUpdate: now,
    nextUpdate: new Date(now.getTime() + CRL_DAYS * DAY),
    crlNumber: 1,
  });
  const inserted = await repository.insertAuthority({
    id: deps.ids.next(),
    tenantId,
    kind: 'ca',
    certificate: issued.certificate,
    encryptedKey: encryptPrivateKey(issued.privateKeyPkcs8, masterKey),
    subject: facts.subject,
    sha256: facts.sha256,
    notBefore: facts.notBefore,
    notAfter: facts.notAfter,
    crlNumber: 1,
    crl,
    crlIssuedAt: now,
    createdAt: now,
  });
  if (!inserted) {
    const made = await repository.findAuthority({ tenantId, kind: 'ca', lock: true });
    if (!made) throw new Error('the office CA vanished');
    return open(made);
  }
  await repository.insertTrustAnchors([
    {
      id: deps.ids.next(),
      tenantId,
      name: 'Urząd certyfikacji urzędu (podpisy niekwalifikowane)',
      subject: inserted.subject,
      certificate: issued.certificate,
      sha256: inserted.sha256,
      notAfter: inserted.notAfter,
      source: 'office_ca',
      addedAt: now,
      addedBy: null,
    },
  ]);
  await audit({
    action: 'signatures.ca_created',
    subjectType: 'tenant',
    subjectId: tenantId,
    details: {
      subject: inserted.subject,
      sha256: inserted.sha256,
      notAfter: inserted.notAfter.toISOString(),
    },
  });
  return { row: inserted, ca: issued };
}

/** Re-issues the office CRL with every revoked certificate (a new CRL number). */
async function reissueCrl({
  deps,
  tx,
  tenantId,
  ca,
}: {
  deps: PkiDeps;
  tx: Database;
  tenantId: string;
  ca: Awaited<ReturnType<typeof ensureOfficeCa>>;
}) {
  const repository = createSignaturesRepository({ db: tx });
  const revoked = await repository.listRevoked({ tenantId });
  const now = deps.clock.now();
  const crlNumber = ca.row.crlNumber + 1;
  const crl = await createCrl(
    ca.ca,
    revoked.map((r) => ({
      serialNumber: r.serialNumber,
      revokedAt: r.revokedAt ?? now,
      reason: (r.reason ?? 'unspecified') as RevocationReason,
    })),
    { thisUpdate: now, nextUpdate: new Date(now.getTime() + CRL_DAYS * DAY), crlNumber },
  );
  await repository.updateAuthority({ id: ca.row.id, patch: { crl, crlNumber, crlIssuedAt: now } });
}

export async function getOfficeCa({ deps, ctx }: Scope) {
  const row = await inTenant({ deps, ctx }, (tx) =>
    createSignaturesRepository({ db: tx }).findAuthority({ tenantId: ctx.actor.tenantId, kind: 'ca' }),
  );
  if (!row)
    throw createCertificateNotFoundError({ detail: 'The office CA is made with the first certificate.' });
  return {
    subject: row.subject,
    serialNumber: certificateFacts(row.certificate).serialNumber,
    notBefore: row.notBefore.toISOString(),
    notAfter: row.notAfter.toISOString(),
    sha256: row.sha256,
    crlNumber: row.crlNumber,
  };
}

export async function listCertificates({
  deps,
  ctx,
  userId,
  status,
}: Scope & { userId?: string; status?: PkiCertificate['status'] }) {
  const now = deps.clock.now();
  const rows = await inTenant({ deps, ctx }, (tx) =>
    createSignaturesRepository({ db: tx }).listCertificates({ tenantId: ctx.actor.tenantId, userId }),
  );
  return rows
    .map((r) => toCertificateDto(r.row, r.userDisplayName, now))
    .filter((c) => !status || c.status === status);
}

/**
 * Issues a signing certificate to a user of the office (and renews: the user's earlier active
 * certificates are revoked as superseded). The private key is kept sealed with the master key.
 */
export async function issueCertificate({
  deps,
  ctx,
  input,
}: Scope & { input: IssueCertificateInput }): Promise<PkiCertificate> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const user = await createSignaturesRepository({ db: tx }).findUser({ tenantId, id: input.userId });
    if (!user || !user.active)
      throw createUnknownUserError({ errors: [{ path: '/userId', message: 'Unknown user' }] });
    const ca = await ensureOfficeCa({ deps, tx, tenantId, audit });
    const repository = createSignaturesRepository({ db: tx });
    const now = deps.clock.now();
    const tenant = await getTenantSummary({ tx, tenantId });
    const issued = await issueUserCertificate(ca.ca, {
      commonName: user.displayName.slice(0, 64),
      organization: (tenant?.name ?? 'Urząd').slice(0, 64),
      validFrom: now,
      validTo: new Date(now.getTime() + (input.validDays ?? 730) * DAY),
    });
    const facts = certificateFacts(issued.certificate);
    const earlier = (await repository.listCertificates({ tenantId, userId: user.id })).filter(
      (c) => !c.row.revokedAt && c.row.notAfter > now,
    );
    for (const old of earlier)
      await repository.revokeCertificate({ id: old.row.id, revokedAt: now, reason: 'superseded' });
    const row = await repository.insertCertificate({
      id: deps.ids.next(),
      tenantId,
      userId: user.id,
      serialNumber: issued.serialNumber.toLowerCase(),
      subject: facts.subject,
      certificate: issued.certificate,
      encryptedKey: encryptPrivateKey(issued.privateKeyPkcs8, resolvePkiMasterKey(deps.config.pki)),
      sha256: facts.sha256,
      notBefore: facts.notBefore,
      notAfter: facts.notAfter,
      createdAt: now,
      createdBy: ctx.actor.userId,
    });
    if (earlier.length > 0) await reissueCrl({ deps, tx, tenantId, ca });
    await audit({
      action: 'signatures.certificate_issued',
      subjectType: 'certificate',
      subjectId: row.id,
      details: {
        userId: user.id,
        serialNumber: row.serialNumber,
        notAfter: row.notAfter.toISOString(),
        superseded: earlier.map((c) => c.row.serialNumber),
      },
    });
    return toCertificateDto(row, user.displayName, now);
  });
}

/** Revokes a certificate and re-issues the CRL in the same transaction. */
export async function revokeCertificate({
  deps,
  ctx,
  id,
  reason,
}: Scope & { id: string; reason: RevocationReason }): Promise<PkiCertificate> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createSignaturesRepository({ db: tx });
    const row = await repository.findCertificate({ tenantId, id, lock: true });
    if (!row) throw createCertificateNotFoundError();
    if (row.revokedAt) throw createAlreadyRevokedError();
    const now = deps.clock.now();
    await repository.revokeCertificate({ id, revokedAt: now, reason });
    const ca = await ensureOfficeCa({ deps, tx, tenantId, audit });
    await reissueCrl({ deps, tx, tenantId, ca });
    await audit({
      action: 'signatures.certificate_revoked',
      subjectType: 'certificate',
      subjectId: id,
      details: { userId: row.userId, serialNumber: row.serialNumber, reason },
    });
    const user = await repository.findUser({ tenantId, id: row.userId });
    return toCertificateDto(
      { ...row, revokedAt: now, revocationReason: reason },
      user?.displayName ?? '',
      now,
    );
  });
}

/** The office CRL (DER), issued with the CA and again at every revocation (404 before the CA exists). */
export async function getCrl({ deps, ctx }: Scope): Promise<Uint8Array> {
  const row = await inTenant({ deps, ctx }, (tx) =>
    createSignaturesRepository({ db: tx }).findAuthority({ tenantId: ctx.actor.tenantId, kind: 'ca' }),
  );
  if (!row?.crl)
    throw createCertificateNotFoundError({ detail: 'The office CA is made with the first certificate.' });
  return row.crl;
}

/** A user's active certificate with its key opened (for signing), or null. */
export async function openSigningCredentials({
  deps,
  tx,
  tenantId,
  userId,
}: {
  deps: PkiDeps;
  tx: Database;
  tenantId: string;
  userId: string;
}) {
  const repository = createSignaturesRepository({ db: tx });
  const row = await repository.activeCertificateOf({ tenantId, userId, at: deps.clock.now() });
  if (!row) return null;
  const ca = await repository.findAuthority({ tenantId, kind: 'ca' });
  return {
    row,
    privateKeyPkcs8: decryptPrivateKey(row.encryptedKey, resolvePkiMasterKey(deps.config.pki)),
    chain: ca ? [ca.certificate] : [],
  };
}
