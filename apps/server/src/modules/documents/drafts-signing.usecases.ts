import type { FileDto } from '@obieg/contracts/files';
import type { Database } from '../../db/database.types.js';
import type { CoreDeps } from '../../shared/deps.js';
import type { AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { updateDraftInCaseFile } from '../cases/case-drafts.usecases.js';
import { getTenantLetterhead } from '../tenants/tenants.usecases.js';
import { approvedSignatory, resolveDocumentAccess } from './document-access.js';
import {
  createDocumentFinalError,
  createNotApprovedError,
  createNotSignatoryError,
} from './documents.errors.js';
import { auditDocumentOnCase, authorColumns } from './document-records.js';
import { createDocumentsRepository } from './documents.repository.js';

// The documents side of signing (the signatures module signs and verifies): which file is the
// final version to sign, and recording the signed version that makes the document final.

/**
 * The document's final version to sign, with the actor checked: the document is approved (its
 * last path passed), not signed yet, and the actor holds the position of the path's signatory
 * (their own, or an absent colleague's as a substitute). The document row stays locked.
 */
export async function findSignableDocument({ tx, ctx, id }: { tx: Database; ctx: Context; id: string }) {
  const access = await resolveDocumentAccess({ tx, actor: ctx.actor, id, lock: true });
  const { document, repository, found } = access;
  if (document.status === 'signed') throw createDocumentFinalError();
  const signatory = await approvedSignatory({ tx, document });
  if (!signatory) throw createNotApprovedError();
  if (signatory.step.positionId !== ctx.actor.positionId) throw createNotSignatoryError();
  const latest = await repository.latestVersion({ documentId: id });
  if (!latest) throw createNotApprovedError();
  const letterhead = await getTenantLetterhead({ tx, tenantId: ctx.actor.tenantId });
  return {
    document,
    file: latest.file,
    versionNumber: latest.row.number,
    caseSign: found.row.sign,
    positionTitle: signatory.positionTitle,
    place: letterhead?.city ?? null,
  };
}

/** Records the signed file as the document's final version; the case file points at it. */
export async function recordSignedVersion({
  deps,
  tx,
  ctx,
  id,
  file,
  source,
  audit,
  details,
}: {
  deps: CoreDeps;
  tx: Database;
  ctx: Context;
  id: string;
  file: FileDto;
  source: 'signed' | 'external_signed';
  audit: AuditFn;
  details: Record<string, unknown>;
}) {
  const repository = createDocumentsRepository({ db: tx });
  const document = await repository.findDocument({ tenantId: ctx.actor.tenantId, id });
  if (!document) throw new Error('the document vanished while signing');
  const now = deps.clock.now();
  const number = await repository.nextVersionNumber({ documentId: id });
  const version = await repository.insertVersion({
    id: deps.ids.next(),
    tenantId: ctx.actor.tenantId,
    documentId: id,
    number,
    source,
    fileId: file.id,
    editableFileId: null,
    body: null,
    comment: null,
    createdAt: now,
    ...authorColumns(ctx.actor),
  });
  await repository.updateDocument({ id, patch: { status: 'signed', updatedAt: now } });
  await updateDraftInCaseFile({ tx, tenantId: ctx.actor.tenantId, id, title: document.title, file });
  await auditDocumentOnCase({
    audit,
    document,
    action: source === 'signed' ? 'documents.signed' : 'documents.signed_version_uploaded',
    details: { number, fileId: file.id, ...details },
  });
  return version;
}
