import type { ValidationReportDto, ValidationSummary } from '@obieg/contracts/signatures';
import type { Database } from '../../db/database.types.js';
import { withTenant } from '../../db/tenant-scope.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant, type AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { readFileBytesInTransaction } from '../files/files.usecases.js';
import type { FileStore } from '../files/storage/file-store.js';
import type { Job } from '../jobs/jobs.usecases.js';
import { SIGNATURE_INTAKE_MEDIA_TYPES, VERIFY_MAX_BYTES } from './signatures.constants.js';
import { createFileNotFoundError, createNoValidationError } from './signatures.errors.js';
import { createSignaturesRepository, type ValidationRow } from './signatures.repository.js';
import type { ValidationReport } from './signatures.types.js';
import { loadOnce } from '../../shared/load-once.js';

/** The verification engine and its libraries are loaded at the first verification (ADR 0008). */
const loadVerifier = loadOnce(() => import('./verify/verify.models.js'));

export type SignaturesDeps = CoreDeps & { fileStore: FileStore };
type Trigger = ValidationReportDto['trigger'];

export const toValidationDto = (row: ValidationRow): ValidationReportDto => ({
  id: row.id,
  fileId: row.fileId,
  verifiedAt: row.verifiedAt.toISOString(),
  fileSha256: row.report.fileSha256,
  detectedFormat: row.report.detectedFormat,
  verdict: row.report.verdict,
  signatures: row.report.signatures,
  errors: row.report.errors,
  trigger: row.trigger,
});

const summaryOf = (row: ValidationRow): ValidationSummary => {
  const first = row.report.signatures[0];
  return {
    verdict: row.report.verdict,
    detectedFormat: row.report.detectedFormat,
    signerName: first?.signerName ?? null,
    signingTime: first?.timestampTime ?? first?.claimedSigningTime ?? null,
    verifiedAt: row.verifiedAt.toISOString(),
  };
};

/** The newest verification of each file that has one (for lists that show a verdict). */
export async function latestValidationSummaries({
  tx,
  tenantId,
  fileIds,
}: {
  tx: Database;
  tenantId: string;
  fileIds: string[];
}): Promise<Map<string, ValidationSummary>> {
  const rows = await createSignaturesRepository({ db: tx }).latestValidations({ tenantId, fileIds });
  return new Map(rows.map((row) => [row.fileId, summaryOf(row)]));
}

/** The certificates and CRLs the office verifies against (its own CA is always an anchor). */
export async function loadTrustMaterial({ tx, tenantId }: { tx: Database; tenantId: string }) {
  const repository = createSignaturesRepository({ db: tx });
  const anchors = await repository.listTrustAnchorCertificates({ tenantId });
  const crls = await repository.listCrls({ tenantId });
  return { trustAnchors: anchors, crls };
}

/** Verifies a file (and the files a detached signature signs) against the office's trust material. */
async function runVerification({
  deps,
  tx,
  tenantId,
  fileId,
  detachedFileIds = [],
}: {
  deps: SignaturesDeps;
  tx: Database;
  tenantId: string;
  fileId: string;
  detachedFileIds?: string[];
}): Promise<ValidationReport> {
  const read = (id: string) =>
    readFileBytesInTransaction({ deps, tx, tenantId, id, maxBytes: VERIFY_MAX_BYTES });
  const target = await read(fileId);
  if (!target) throw createFileNotFoundError();
  const detachedContent = [];
  for (const id of detachedFileIds) {
    const found = await read(id);
    if (!found) throw createFileNotFoundError({ detail: `The signed file ${id} does not exist.` });
    detachedContent.push({ name: found.file.name, bytes: found.bytes });
  }
  const { verifySignedFile } = await loadVerifier();
  return verifySignedFile({
    bytes: target.bytes,
    fileName: target.file.name,
    mediaType: target.file.mediaType,
    detachedContent,
    ...(await loadTrustMaterial({ tx, tenantId })),
    at: deps.clock.now(),
  });
}

/**
 * Verifies a file inside the caller's transaction and keeps the report next to the untouched
 * original (a new row each time: earlier reports stay).
 */
export async function verifyAndStore({
  deps,
  tx,
  audit,
  tenantId,
  fileId,
  detachedFileIds = [],
  trigger,
  verifiedBy,
}: {
  deps: SignaturesDeps;
  tx: Database;
  audit: AuditFn | null;
  tenantId: string;
  fileId: string;
  detachedFileIds?: string[];
  trigger: Trigger;
  verifiedBy: string | null;
}): Promise<ValidationRow> {
  const report = await runVerification({ deps, tx, tenantId, fileId, detachedFileIds });
  return storeReport({ deps, tx, audit, tenantId, fileId, report, trigger, verifiedBy });
}

async function storeReport({
  deps,
  tx,
  audit,
  tenantId,
  fileId,
  report,
  trigger,
  verifiedBy,
}: {
  deps: SignaturesDeps;
  tx: Database;
  audit: AuditFn | null;
  tenantId: string;
  fileId: string;
  report: ValidationReport;
  trigger: Trigger;
  verifiedBy: string | null;
}) {
  const row = await createSignaturesRepository({ db: tx }).insertValidation({
    id: deps.ids.next(),
    tenantId,
    fileId,
    verdict: report.verdict,
    detectedFormat: report.detectedFormat,
    trigger,
    report,
    verifiedAt: deps.clock.now(),
    verifiedBy,
  });
  await audit?.({
    action: 'signatures.verified',
    subjectType: 'file',
    subjectId: fileId,
    details: {
      trigger,
      verdict: report.verdict,
      format: report.detectedFormat,
      signatures: report.signatures.length,
      sha256: report.fileSha256,
    },
  });
  return row;
}

/** The file a signature made in Obieg signed, when that signature is a separate file. */
async function signedSourceOf({ tx, tenantId, fileId }: { tx: Database; tenantId: string; fileId: string }) {
  const made = await createSignaturesRepository({ db: tx }).findSignatureBySignedFile({ tenantId, fileId });
  return made && made.sourceFileId !== fileId ? [made.sourceFileId] : [];
}

/** `POST /files/{id}/verify`: verifies now (also a file verified before) and returns the report. */
export async function verifyFile({
  deps,
  ctx,
  fileId,
  detachedFileIds,
}: {
  deps: SignaturesDeps;
  ctx: Context;
  fileId: string;
  detachedFileIds?: string[];
}): Promise<ValidationReportDto> {
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    // A detached signature Obieg made is checked over the file it signed, unless told otherwise.
    const signedFileIds = detachedFileIds?.length
      ? detachedFileIds
      : await signedSourceOf({ tx, tenantId: ctx.actor.tenantId, fileId });
    const row = await verifyAndStore({
      deps,
      tx,
      audit,
      tenantId: ctx.actor.tenantId,
      fileId,
      detachedFileIds: signedFileIds,
      trigger: 'on_demand',
      verifiedBy: ctx.actor.userId,
    });
    return toValidationDto(row);
  });
}

/** The newest report of a file (404 `signatures.no_validation` when it was never verified). */
export async function getFileValidation({
  deps,
  ctx,
  fileId,
}: {
  deps: SignaturesDeps;
  ctx: Context;
  fileId: string;
}): Promise<ValidationReportDto> {
  return inTenant({ deps, ctx }, async (tx) => {
    const [row] = await createSignaturesRepository({ db: tx }).latestValidations({
      tenantId: ctx.actor.tenantId,
      fileIds: [fileId],
    });
    if (!row) throw createNoValidationError();
    return toValidationDto(row);
  });
}

/** Whether a file that enters the system is checked for signatures (by its type). */
export const isVerifiedOnIntake = (mediaType: string) => SIGNATURE_INTAKE_MEDIA_TYPES.has(mediaType);

/**
 * The `signatures.verify` job: every file that enters the system and may carry a signature is
 * verified; a report is kept when it does carry one (or claims to and cannot be read).
 */
export async function verifyOnIntakeJob({ deps, job }: { deps: SignaturesDeps; job: Job }): Promise<void> {
  const fileId = typeof job.payload.fileId === 'string' ? job.payload.fileId : null;
  if (!fileId) throw new Error('signatures.verify needs payload.fileId');
  const tenantId = job.tenantId;
  await withTenant({ db: deps.db, tenantId }, async (tx) => {
    const report = await runVerification({ deps, tx, tenantId, fileId });
    // An unsigned PDF or XML is not a signed file: its "report" says nothing worth keeping.
    if (report.detectedFormat === 'unsigned') return;
    await storeReport({
      deps,
      tx,
      audit: null,
      tenantId,
      fileId,
      report,
      trigger: 'intake',
      verifiedBy: null,
    });
  });
}
