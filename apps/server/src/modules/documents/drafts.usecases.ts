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
import { inTenant, withAuditedTenant, type AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import {
  addDraftToCaseFile,
  findCaseForDocument,
  lockCaseForDraft,
  updateDraftInCaseFile,
  type DraftCase,
} from '../cases/case-drafts.usecases.js';
import { findContactInTransaction } from '../contacts/contacts.usecases.js';
import { findFileTextInTransaction } from '../files/files-text.usecases.js';
import { getFileInTransaction } from '../files/files.usecases.js';
import { getTenantLetterhead } from '../tenants/tenants.usecases.js';
import { allowedDocumentActions, resolveDocumentAccess, type DocumentAccess } from './document-access.js';
import { toDocumentDto } from './document-view.js';
import {
  createApprovalInProgressError,
  createDocumentFinalError,
  createNoTextError,
  createTemplateNotFoundError,
  createUnknownContactError,
  createUnknownFileError,
  createUnknownPositionError,
  createUnsupportedFileError,
  createVersionNotFoundError,
} from './documents.errors.js';
import { createDocumentsRepository, type DocumentRow, type TemplateRow } from './documents.repository.js';
import { storeLetterFiles, type DocumentsDeps } from './letter-files.js';
import { fillFields, lines, polishLongDate, type LetterFields, type LetterFrame } from './letter.models.js';

type Scope = { deps: DocumentsDeps; ctx: Context };
type Addressee = { id: string; name: string; address: string | null };

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

const formatAddress = (a: {
  street: string | null;
  building: string | null;
  flat: string | null;
  postalCode: string | null;
  city: string;
}) =>
  [
    [a.street, [a.building, a.flat].filter(Boolean).join('/')].filter(Boolean).join(' '),
    [a.postalCode, a.city].filter(Boolean).join(' '),
  ]
    .filter((l) => l.trim() !== '')
    .join('\n');

async function resolveAddressees({ tx, tenantId, ids }: { tx: Database; tenantId: string; ids: string[] }) {
  const addressees: Addressee[] = [];
  const unknown: string[] = [];
  for (const [index, id] of [...new Set(ids)].entries()) {
    const contact = await findContactInTransaction({ tx, tenantId, id });
    if (!contact) unknown.push(`/addresseeContactIds/${index}`);
    else {
      const address = contact.addresses[0];
      addressees.push({ id, name: contact.displayName, address: address ? formatAddress(address) : null });
    }
  }
  if (unknown.length > 0)
    throw createUnknownContactError({
      errors: unknown.map((path) => ({ path, message: 'Unknown contact' })),
    });
  return addressees;
}

/** The person who will sign, by their active position (422 otherwise). */
async function findSignatory({
  tx,
  tenantId,
  positionId,
  today,
}: {
  tx: Database;
  tenantId: string;
  positionId: string;
  today: string;
}) {
  const [position] = await createDocumentsRepository({ db: tx }).listActivePositions({
    tenantId,
    ids: [positionId],
    today,
  });
  if (!position)
    throw createUnknownPositionError({
      errors: [{ path: '/signatoryPositionId', message: 'Not an active position of the office' }],
    });
  return { name: position.displayName, title: position.title };
}

/** The fields of a letter from its case, addressees, the office and the author. */
async function letterFields({
  tx,
  ctx,
  found,
  addressees,
  today,
  signatory,
}: {
  tx: Database;
  ctx: Context;
  found: DraftCase;
  addressees: Addressee[];
  today: string;
  signatory: { name: string; title: string } | null;
}): Promise<{ fields: LetterFields; city: string | null; office: { name: string; addressLines: string[] } }> {
  const letterhead = (await getTenantLetterhead({ tx, tenantId: ctx.actor.tenantId })) ?? {
    name: '',
    addressLines: [],
    city: null,
  };
  const first = addressees[0];
  return {
    city: letterhead.city,
    office: letterhead,
    fields: {
      urzad: letterhead.name,
      miejscowosc: letterhead.city ?? '',
      data: polishLongDate(today),
      znak_sprawy: found.row.sign,
      tytul_sprawy: found.row.title,
      data_wszczecia: polishLongDate(found.row.initiatedOn),
      komorka: found.unitName,
      adresat_nazwa: first?.name ?? '',
      adresat_adres: first?.address ?? '',
      prowadzacy: found.handlerName,
      prowadzacy_stanowisko: found.handlerPositionTitle ?? '',
      // Named when the draft is made; otherwise the signature block stays for the hand signature.
      podpisujacy: signatory?.name ?? '',
      podpisujacy_stanowisko: signatory?.title ?? '',
    },
  };
}

/** The frame of a letter: from the template, or the office's plain letterhead. */
function buildFrame({
  template,
  fields,
  city,
  office,
  addressees,
}: {
  template: TemplateRow | null;
  fields: LetterFields;
  city: string | null;
  office: { name: string; addressLines: string[] };
  addressees: Addressee[];
}): LetterFrame {
  const fill = (text: string) => fillFields(text, fields);
  return {
    header: template ? lines(fill(template.header)) : [office.name, ...office.addressLines].filter(Boolean),
    placeAndDate: [city, fields.data].filter(Boolean).join(', '),
    caseSign: fields.znak_sprawy ?? '',
    addressee: addressees
      .flatMap((a) => [a.name, ...(a.address ? a.address.split('\n') : []), ''])
      .slice(0, -1),
    closing: template?.closing ? fill(template.closing) : null,
    signature: (template
      ? lines(fill(template.signatureBlock))
      : [fields.podpisujacy ?? '', fields.podpisujacy_stanowisko ?? '']
    ).filter((l) => l.trim() !== ''),
    logoFileId: template?.logoFileId ?? null,
  };
}

function actorColumns(ctx: Context) {
  return {
    createdBy: ctx.actor.userId,
    createdByName: ctx.actor.displayName,
    createdByPositionId: ctx.actor.positionId,
    actingForUserId: ctx.actor.actingForUserId,
  };
}

async function auditOnCase({
  audit,
  document,
  caseDocumentId,
  action,
  details,
}: {
  audit: AuditFn;
  document: Pick<DocumentRow, 'id' | 'caseId' | 'title'>;
  caseDocumentId?: string | null;
  action: Parameters<AuditFn>[0]['action'];
  details: Record<string, unknown>;
}) {
  await audit({
    action,
    subjectType: 'case',
    subjectId: document.caseId,
    documentId: caseDocumentId ?? null,
    details: { documentId: document.id, title: document.title, ...details },
  });
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
    const uploaded = input.fileId ? await getFileInTransaction({ tx, tenantId, id: input.fileId }) : null;
    if (input.fileId && !uploaded)
      throw createUnknownFileError({ errors: [{ path: '/fileId', message: 'Unknown file' }] });
    if (uploaded && !VERSION_MEDIA_TYPES.has(uploaded.mediaType)) throw createUnsupportedFileError();
    const addressees = await resolveAddressees({ tx, tenantId, ids: input.addresseeContactIds ?? [] });
    const now = deps.clock.now();
    const signatory = input.signatoryPositionId
      ? await findSignatory({ tx, tenantId, positionId: input.signatoryPositionId, today: toWarsawDate(now) })
      : null;

    // The case is locked (open, handled by the actor) before anything is rendered for it.
    const caseFound = await lockCaseForDraft({ tx, ctx, caseId });
    const { fields, city, office } = await letterFields({
      tx,
      ctx,
      found: caseFound,
      addressees,
      today: toWarsawDate(now),
      signatory,
    });
    const frame = buildFrame({ template, fields, city, office, addressees });
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
      ...actorColumns(ctx),
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
      ...actorColumns(ctx),
    });
    await auditOnCase({
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
    const uploaded = input.fileId ? await getFileInTransaction({ tx, tenantId, id: input.fileId }) : null;
    if (input.fileId && !uploaded)
      throw createUnknownFileError({ errors: [{ path: '/fileId', message: 'Unknown file' }] });
    if (uploaded && !VERSION_MEDIA_TYPES.has(uploaded.mediaType)) throw createUnsupportedFileError();
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
      ...actorColumns(ctx),
    });
    // A change after the final acceptance needs a new acceptance.
    await repository.updateDocument({
      id,
      patch: { updatedAt: now, ...(document.status === 'approved' ? { status: 'draft' as const } : {}) },
    });
    await updateDraftInCaseFile({ tx, tenantId, id, title: document.title, file: files.file });
    await auditOnCase({
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
    await auditOnCase({
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
