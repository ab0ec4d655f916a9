import type { SignDocumentInput } from '@obieg/contracts/signatures';
import { recordAuditEvent, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { findSignableDocument, recordSignedVersion } from '../documents/drafts-signing.usecases.js';
import {
  readFileBytesInTransaction,
  storeGeneratedFile,
  getFileInTransaction,
} from '../files/files.usecases.js';
import { verifyPassword } from '../../shared/crypto/passwords.js';
import { withTenant } from '../../db/tenant-scope.js';
import { createForbiddenError } from '../../shared/errors/common.errors.js';
import { importSigningKey } from './pki/key-encryption.models.js';
import { openSigningCredentials, type PkiDeps } from './pki.usecases.js';
import { SIGN_MAX_BYTES } from './signatures.constants.js';
import {
  createNoCertificateError,
  createNotSignedError,
  createSignatureInvalidError,
  createTimestampUnavailableError,
  createUnsupportedFormatError,
  createWrongPasswordError,
  createXmlRefusedError,
  createFileNotFoundError,
} from './signatures.errors.js';
import { createSignaturesRepository } from './signatures.repository.js';
import { loadOnce } from '../../shared/load-once.js';

const loadSigner = loadOnce(() => import('./sign/sign.models.js'));
import { officeTimestampProvider } from './timestamps.usecases.js';
import { toWarsawDateTime } from '../../shared/clock/clock.js';
import { verifyAndStore, type SignaturesDeps } from './validation.usecases.js';

type Scope = { deps: PkiDeps & SignaturesDeps; ctx: Context };

/** A refusal to sign is written to the audit trail in its own transaction (it outlives the error). */
async function recordRefusal({
  deps,
  ctx,
  id,
  action,
  reason,
}: Scope & {
  id: string;
  action: 'signatures.password_rejected' | 'signatures.sign_refused';
  reason: string;
}) {
  await withTenant({ db: deps.db, tenantId: ctx.actor.tenantId }, (tx) =>
    recordAuditEvent({
      tx,
      ctx,
      ids: deps.ids,
      clock: deps.clock,
      event: { action, subjectType: 'document', subjectId: id, details: { reason } },
    }),
  );
}

/**
 * Signs the final version of an approved document with the signatory's certificate from the
 * office CA, confirmed with their login password: PDF → PAdES (visible block optional), XML →
 * XAdES enveloped, anything else → detached XAdES; optionally timestamped. The signed file is a
 * new version, verified at once, and the document becomes final. A wrong password (401) or a
 * refusal (403) leaves an audit event and changes nothing.
 */
export async function signDocument({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: SignDocumentInput }) {
  const tenantId = ctx.actor.tenantId;
  const userId = ctx.actor.userId;
  if (!userId || !ctx.actor.permissions.has('drafts:sign')) {
    await recordRefusal({ deps, ctx, id, action: 'signatures.sign_refused', reason: 'permission' });
    throw createForbiddenError({ detail: 'Signing needs the drafts:sign permission.' });
  }
  const stored = await withTenant({ db: deps.db, tenantId }, (tx) =>
    createSignaturesRepository({ db: tx }).findPasswordHash({ tenantId, userId }),
  );
  if (!(await verifyPassword({ stored, password: input.password }))) {
    await recordRefusal({ deps, ctx, id, action: 'signatures.password_rejected', reason: 'password' });
    throw createWrongPasswordError();
  }
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const signable = await findSignableDocument({ tx, ctx, id });
    const credentials = await openSigningCredentials({ deps, tx, tenantId, userId });
    if (!credentials) throw createNoCertificateError();
    const source = await readFileBytesInTransaction({
      deps,
      tx,
      tenantId,
      id: signable.file.id,
      maxBytes: SIGN_MAX_BYTES,
    });
    if (!source) throw createFileNotFoundError();
    const now = deps.clock.now();
    const timestamp = input.timestamp
      ? await officeTimestampProvider({ deps, tx, tenantId, audit })
      : undefined;
    const signerName = ctx.actor.displayName;
    let signed;
    try {
      const { signDocument: signFile } = await loadSigner();
      signed = await signFile(
        { bytes: source.bytes, fileName: source.file.name, mediaType: source.file.mediaType },
        {
          privateKey: await importSigningKey(credentials.privateKeyPkcs8),
          certificate: credentials.row.certificate,
          chain: credentials.chain,
        },
        {
          signingTime: now,
          signerName,
          reason: `Podpis pisma ${signable.caseSign}`,
          location: signable.place ?? undefined,
          visible:
            input.visible === false
              ? undefined
              : {
                  lines: [
                    'Podpisano elektronicznie',
                    signerName,
                    ...(signable.positionTitle ? [signable.positionTitle] : []),
                    toWarsawDateTime(now),
                    'Podpis niekwalifikowany (CA urzędu)',
                  ],
                },
          timestamp,
        },
      );
    } catch (error) {
      throw signingProblem(error);
    }
    const file = await storeGeneratedFile({
      deps,
      tx,
      audit,
      tenantId,
      createdBy: userId,
      bytes: signed.bytes,
      name: signed.fileName,
      details: { signed: true },
    });
    const version = await recordSignedVersion({
      deps,
      tx,
      ctx,
      id,
      file,
      source: 'signed',
      audit,
      details: { format: signed.format, certificate: credentials.row.serialNumber },
    });
    const signature = await createSignaturesRepository({ db: tx }).insertSignature({
      id: deps.ids.next(),
      tenantId,
      documentId: id,
      sourceFileId: source.file.id,
      signedFileId: file.id,
      certificateId: credentials.row.id,
      format: signed.format,
      signedAt: now,
      signedBy: userId,
      actingForUserId: ctx.actor.actingForUserId,
    });
    await verifyAndStore({
      deps,
      tx,
      audit,
      tenantId,
      fileId: file.id,
      // A detached signature is verified over the file it signs.
      detachedFileIds: signed.packaging === 'detached' ? [source.file.id] : [],
      trigger: 'signing',
      verifiedBy: userId,
    });
    return { signatureId: signature.id, format: signed.format, versionId: version.id, fileId: file.id };
  });
}

/**
 * The signatory uploads the final version signed outside (a qualified signature made with their
 * own software). It is verified: unsigned → 422 `signatures.not_signed`; a broken or revoked
 * signature → 422 `signatures.signature_invalid`; a PDF must keep the approved version as its
 * first revision (the signature was made over what was approved). It becomes the final version.
 */
export async function uploadSignedVersion({ deps, ctx, id, fileId }: Scope & { id: string; fileId: string }) {
  const tenantId = ctx.actor.tenantId;
  const userId = ctx.actor.userId;
  if (!userId || !ctx.actor.permissions.has('drafts:sign')) {
    await recordRefusal({ deps, ctx, id, action: 'signatures.sign_refused', reason: 'permission' });
    throw createForbiddenError({ detail: 'Signing needs the drafts:sign permission.' });
  }
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const signable = await findSignableDocument({ tx, ctx, id });
    const file = await getFileInTransaction({ tx, tenantId, id: fileId });
    if (!file) throw createFileNotFoundError();
    let validation = await verifyAndStore({
      deps,
      tx,
      audit,
      tenantId,
      fileId,
      trigger: 'intake',
      verifiedBy: userId,
    });
    if (
      validation.report.signatures.some((s) =>
        s.errors.some((e) => e.code === 'signature.detached_content_missing'),
      )
    )
      validation = await verifyAndStore({
        deps,
        tx,
        audit,
        tenantId,
        fileId,
        detachedFileIds: [signable.file.id],
        trigger: 'intake',
        verifiedBy: userId,
      });
    const report = validation.report;
    if (report.detectedFormat === 'unsigned' || report.signatures.length === 0) throw createNotSignedError();
    if (report.verdict === 'invalid' || report.signatures.some((s) => s.integrity !== 'intact'))
      throw createSignatureInvalidError({
        detail: report.signatures.flatMap((s) => s.errors.map((e) => e.message)).join(' ') || undefined,
      });
    if (file.mediaType === 'application/pdf' && signable.file.mediaType === 'application/pdf') {
      const [approved, uploaded] = await Promise.all([
        readFileBytesInTransaction({ deps, tx, tenantId, id: signable.file.id, maxBytes: SIGN_MAX_BYTES }),
        readFileBytesInTransaction({ deps, tx, tenantId, id: fileId, maxBytes: SIGN_MAX_BYTES }),
      ]);
      const original = approved?.bytes ?? new Uint8Array();
      if (
        !uploaded ||
        !Buffer.from(uploaded.bytes.subarray(0, original.byteLength)).equals(Buffer.from(original))
      )
        throw createSignatureInvalidError({
          detail: 'The signed PDF is not the approved version with a signature added.',
        });
    }
    const version = await recordSignedVersion({
      deps,
      tx,
      ctx,
      id,
      file,
      source: 'external_signed',
      audit,
      details: { verdict: report.verdict, signer: report.signatures[0]?.signerName ?? null },
    });
    return { versionId: version.id, number: version.number };
  });
}

/** What a failure of the signing engine means to the caller (the file, the TSA, or our fault). */
function signingProblem(error: unknown) {
  const code = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (code.startsWith('pki.timestamp')) return createTimestampUnavailableError({ cause: error });
  if (code === 'xml.dtd_refused') return createXmlRefusedError({ cause: error });
  if (code.startsWith('xml.') || code.startsWith('pdf.'))
    return createUnsupportedFormatError({
      detail: error instanceof Error ? error.message : undefined,
      cause: error,
    });
  return error;
}
