import type {
  CaseDraft,
  CreateDraftInput,
  CreateVersionInput,
  DocumentDiff,
  DocumentDto,
} from '@obieg/contracts/documents';
import { diffWordsWithSpace } from 'diff';
import type { Database } from '../../db/database.types.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import {
  addDraftToCaseFile,
  findCaseForDocument,
  lockCaseForDraft,
  updateDraftInCaseFile,
} from '../cases/case-drafts.usecases.js';
import { findFileTextInTransaction } from '../files/files-text.usecases.js';
import { getFileInTransaction } from '../files/files.usecases.js';
import { allowedDocumentActions, resolveDocumentAccess, type DocumentAccess } from './document-access.js';
import { toDocumentDto } from './document-view.js';
import {
  createApprovalInProgressError,
  createDocumentFinalError,
  createNoTextError,
  createTemplateNotFoundError,
  createUnknownFileError,
  createUnsupportedFileError,
  createVersionNotFoundError,
} from './documents.errors.js';
import { createDocumentsRepository } from './documents.repository.js';
import { auditDocumentOnCase, authorColumns } from './document-records.js';
import { composeLetter, findSignatory, resolveAddressees } from './letter-compose.js';
import { storeLetterFiles, type DocumentsDeps } from './letter-files.js';
import { fillFields } from './letter.models.js';

type Scope = { deps: DocumentsDeps; ctx: Context };

/** Media types a version may be uploaded as (letters and what officers write them in). */
const VERSION_MEDIA_TYPES = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/msword',
  'application/rtf',
  'text/plain',
  'application/xml',
  'text/xml',
]);

/** An uploaded file as a version: a file of the office (422) of a type letters are written in (415). */
async function versionFile({
  tx,
  tenantId,
  fileId,
}: {
  tx: Database;
  tenantId: string;
  fileId: string | undefined;
}) {
  if (!fileId) return null;
  const file = await getFileInTransaction({ tx, tenantId, id: fileId });
  if (!file) throw createUnknownFileError({ errors: [{ path: '/fileId', message: 'Unknown file' }] });
  if (!VERSION_MEDIA_TYPES.has(file.mediaType)) throw createUnsupportedFileError();
  return file;
}

/**
 * A new draft in an open case the actor handles: the first version from a template (fields
 * filled from the case, the addressees and the office; PDF and DOCX), from an uploaded file, or an
 * empty letter on the office's letterhead. The draft enters the case file (kind `draft`).
 */
export async function createDraft({
  deps,
  ctx,
  caseId,
  input,
}: Scope & { caseId: string; input: CreateDraftInput }): Promise<{ documentId: string; versionId: string }> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createDocumentsRepository({ db: tx });
    const template = input.templateId
      ? await repository.findTemplate({ tenantId, id: input.templateId })
      : null;
    if (input.templateId && (!template || !template.active)) throw createTemplateNotFoundError();
    const uploaded = await versionFile({ tx, tenantId, fileId: input.fileId });
    const addressees = await resolveAddressees({ tx, tenantId, ids: input.addresseeContactIds ?? [] });
    const now = deps.clock.now();
    const signatory = input.signatoryPositionId
      ? await findSignatory({ tx, tenantId, positionId: input.signatoryPositionId, today: toWarsawDate(now) })
      : null;

    // The case is locked (open, handled by the actor) before anything is rendered for it.
    const caseFound = await lockCaseForDraft({ tx, ctx, caseId });
    const { fields, frame } = await composeLetter({
      tx,
      ctx,
      found: caseFound,
      template,
      addressees,
      signatory,
      today: toWarsawDate(now),
    });
    const body = uploaded ? null : template ? fillFields(template.body, fields) : '';
    const files = uploaded
      ? { file: uploaded, editable: null }
      : await storeLetterFiles({
          deps,
          tx,
          audit,
          tenantId,
          title: input.title,
          frame,
          body: body ?? '',
          versionNumber: 1,
          createdBy: ctx.actor.userId,
        });
    const { caseDocumentId, documentId: nesId } = await addDraftToCaseFile({
      deps,
      ctx,
      tx,
      found: caseFound,
      title: input.title,
      file: files.file,
    });
    const document = await repository.insertDocument({
      id: caseDocumentId,
      tenantId,
      caseId,
      title: input.title,
      status: 'draft',
      internal: input.internal ?? false,
      templateId: template?.id ?? null,
      addressees,
      frame,
      createdAt: now,
      updatedAt: now,
      ...authorColumns(ctx.actor),
    });
    const version = await repository.insertVersion({
      id: deps.ids.next(),
      tenantId,
      documentId: document.id,
      number: 1,
      source: uploaded ? 'upload' : template ? 'template' : 'editor',
      fileId: files.file.id,
      editableFileId: files.editable?.id ?? null,
      body,
      comment: null,
      createdAt: now,
      ...authorColumns(ctx.actor),
    });
    await auditDocumentOnCase({
      audit,
      document,
      caseDocumentId: nesId,
      action: 'documents.draft_created',
      details: { sign: caseFound.row.sign, templateId: template?.id ?? null, fileId: files.file.id },
    });
    return { documentId: document.id, versionId: version.id };
  });
}

/**
 * A new version of a draft: an uploaded file, or text typed in the browser rendered in the
 * draft's letter frame. The case handler adds versions outside approval; an approver whose step
 * is pending may edit and then approve their own version. A signed document is final (409).
 */
export async function addVersion({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: CreateVersionInput }): Promise<{ versionId: string; number: number }> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const access = await resolveDocumentAccess({ tx, actor: ctx.actor, id, lock: true });
    const { document, repository } = access;
    ensureChangeable(access);
    const uploaded = await versionFile({ tx, tenantId, fileId: input.fileId });
    const number = await repository.nextVersionNumber({ documentId: id });
    const files = uploaded
      ? { file: uploaded, editable: null }
      : await storeLetterFiles({
          deps,
          tx,
          audit,
          tenantId,
          title: document.title,
          frame: document.frame,
          body: input.text ?? '',
          versionNumber: number,
          createdBy: ctx.actor.userId,
        });
    const now = deps.clock.now();
    const version = await repository.insertVersion({
      id: deps.ids.next(),
      tenantId,
      documentId: id,
      number,
      source: uploaded ? 'upload' : 'editor',
      fileId: files.file.id,
      editableFileId: files.editable?.id ?? null,
      body: uploaded ? null : (input.text ?? ''),
      comment: input.comment ?? null,
      createdAt: now,
      ...authorColumns(ctx.actor),
    });
    // A change after the final acceptance needs a new acceptance.
    await repository.updateDocument({
      id,
      patch: { updatedAt: now, ...(document.status === 'approved' ? { status: 'draft' as const } : {}) },
    });
    await updateDraftInCaseFile({ tx, tenantId, id, title: document.title, file: files.file });
    await auditDocumentOnCase({
      audit,
      document,
      action: 'documents.version_added',
      details: {
        number,
        source: version.source,
        fileId: files.file.id,
        byApprover: access.pendingStep !== null,
      },
    });
    return { versionId: version.id, number };
  });
}

/** Versions change only while the document is not final, by the handler outside approval or by the approver whose step is pending. */
function ensureChangeable(access: DocumentAccess) {
  const { document, pendingStep } = access;
  if (document.status === 'signed') throw createDocumentFinalError();
  if (pendingStep) return;
  if (!access.caseOpen || !access.access.handle)
    throw createDocumentFinalError({ detail: 'You may not change this document.' });
  if (document.status === 'in_approval') throw createApprovalInProgressError();
}

/** A document with its versions, approval paths and what the caller may do. */
export async function getDocument({ deps, ctx, id }: Scope & { id: string }): Promise<DocumentDto> {
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const access = await resolveDocumentAccess({ tx, actor: ctx.actor, id });
    const allowed = await allowedDocumentActions({ tx, actor: ctx.actor, access });
    await auditDocumentOnCase({
      audit,
      document: access.document,
      action: 'cases.viewed' as const,
      details: { part: 'document' },
    });
    return toDocumentDto({ tx, access, allowedActions: allowed });
  });
}

/** The drafts of a case the actor sees. */
export async function listCaseDrafts({
  deps,
  ctx,
  caseId,
}: Scope & { caseId: string }): Promise<CaseDraft[]> {
  return inTenant({ deps, ctx }, async (tx) => {
    const { access } = await findCaseForDocument({ tx, actor: ctx.actor, caseId });
    const rows = await createDocumentsRepository({ db: tx }).listCaseDocuments({
      tenantId: ctx.actor.tenantId,
      caseId,
    });
    return rows
      .filter((r) => access.read === 'full' || (access.documentIds?.includes(r.id) ?? false))
      .map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
  });
}

async function versionText({
  tx,
  tenantId,
  documentId,
  number,
  id,
}: {
  tx: Database;
  tenantId: string;
  documentId: string;
  number?: number;
  id?: string;
}) {
  const version = await createDocumentsRepository({ db: tx }).findVersion({ documentId, number, id });
  if (!version) throw createVersionNotFoundError();
  if (version.row.body !== null) return { version, text: version.row.body };
  const extracted = await findFileTextInTransaction({ tx, tenantId, fileId: version.row.fileId });
  return {
    version,
    text: extracted && !extracted.error && extracted.method !== 'none' ? extracted.text : null,
  };
}

/** The plain text of a version (typed, or read from its file), to edit it further. */
export async function getVersionText({
  deps,
  ctx,
  id,
  versionId,
}: Scope & { id: string; versionId: string }) {
  return inTenant({ deps, ctx }, async (tx) => {
    await resolveDocumentAccess({ tx, actor: ctx.actor, id });
    const { text } = await versionText({ tx, tenantId: ctx.actor.tenantId, documentId: id, id: versionId });
    return { text };
  });
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

/** A word-by-word comparison of two versions' texts. */
export async function diffVersions({
  deps,
  ctx,
  id,
  from,
  to,
}: Scope & { id: string; from: number; to: number }): Promise<DocumentDiff> {
  return inTenant({ deps, ctx }, async (tx) => {
    await resolveDocumentAccess({ tx, actor: ctx.actor, id });
    const tenantId = ctx.actor.tenantId;
    const a = await versionText({ tx, tenantId, documentId: id, number: from });
    const b = await versionText({ tx, tenantId, documentId: id, number: to });
    if (a.text === null || b.text === null)
      throw createNoTextError({
        detail:
          'The text of a version is not known yet (its file is still being read, or it has no text layer).',
      });
    const parts = diffWordsWithSpace(a.text, b.text).map((change) => ({
      kind: change.added ? ('added' as const) : change.removed ? ('removed' as const) : ('same' as const),
      text: change.value,
    }));
    return {
      from,
      to,
      parts,
      added: parts.filter((p) => p.kind === 'added').reduce((n, p) => n + words(p.text), 0),
      removed: parts.filter((p) => p.kind === 'removed').reduce((n, p) => n + words(p.text), 0),
    };
  });
}
