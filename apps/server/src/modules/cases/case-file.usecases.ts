import type { AddCaseDocumentInput, CaseDocument } from '@obieg/contracts/cases';
import type { Database } from '../../db/database.types.js';
import { warsawYear } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { buildDocumentId } from '../../shared/ids/document-id.js';
import { foldDiacritics } from '../../shared/text/fold.js';
import { withAuditedTenant, type AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { ensureIncomingVisible } from '../correspondence/incoming-visibility.usecases.js';
import { activePositionUnitId } from '../organization/unit-scope.usecases.js';
import { getOfficeCode } from '../tenants/tenants.usecases.js';
import { ensureCaseVisible, lockOpenCase } from './case-access.js';
import { NOTE_DOCUMENT_KIND, OPINION_DOCUMENT_KIND } from './cases.constants.js';
import {
  createCaseNotFoundError,
  createIncomingAlreadyInCaseError,
  createUnknownCaseFileError,
  createUnknownIncomingError,
} from './cases.errors.js';
import { createCasesRepository, type CaseDocumentWithRefs, type CaseRow } from './cases.repository.js';

type Scope = { deps: CoreDeps; ctx: Context };
type Incoming = NonNullable<Awaited<ReturnType<ReturnType<typeof createCasesRepository>['findIncoming']>>>;

function toDocumentDto(d: CaseDocumentWithRefs): CaseDocument {
  const { row } = d;
  return {
    id: row.id,
    ordinal: row.ordinal,
    kind: row.kind,
    documentId: row.documentId,
    title: row.title,
    documentKind: row.documentKind,
    access: row.access,
    dcmiType: row.dcmiType,
    format: row.format,
    addedAt: row.addedAt.toISOString(),
    addedBy: {
      userId: row.addedBy,
      displayName: row.addedByName,
      positionId: row.addedByPositionId,
      positionTitle: row.addedByPositionTitle,
      actingFor: row.actingForUserId ? { userId: row.actingForUserId, displayName: d.actingForName } : null,
    },
    unit:
      row.unitId && d.unitSymbol && d.unitName
        ? { id: row.unitId, symbol: d.unitSymbol, name: d.unitName }
        : null,
    incoming: row.incomingItemId && d.rpwNumber ? { id: row.incomingItemId, rpwNumber: d.rpwNumber } : null,
    file:
      row.fileId && d.fileName && d.fileMediaType
        ? { id: row.fileId, name: d.fileName, size: d.fileSize ?? 0, mediaType: d.fileMediaType }
        : null,
    content: row.content,
  };
}

/** Metadata C1–C2 of a document added now by the actor (names as they are today). */
async function addedByNow({ deps, ctx, tx }: Scope & { tx: Database }) {
  const actor = ctx.actor;
  return {
    addedAt: deps.clock.now(),
    addedBy: actor.userId,
    addedByPositionId: actor.positionId,
    actingForUserId: actor.actingForUserId,
    addedByName: actor.displayName,
    addedByPositionTitle: actor.positionId
      ? await createCasesRepository({ db: tx }).findPositionTitle({ id: actor.positionId })
      : null,
  };
}

/** Puts an incoming item into a case's file (inside the caller's transaction, case locked). */
export async function addIncomingToCase({
  deps,
  ctx,
  tx,
  audit,
  caseRow,
  incoming,
}: Scope & { tx: Database; audit: AuditFn; caseRow: CaseRow; incoming: Incoming }) {
  const repository = createCasesRepository({ db: tx });
  if (await repository.hasIncoming({ caseId: caseRow.id, incomingItemId: incoming.id }))
    throw createIncomingAlreadyInCaseError();
  const document = await repository.insertDocument({
    id: deps.ids.next(),
    tenantId: caseRow.tenantId,
    caseId: caseRow.id,
    ordinal: await repository.nextDocumentOrdinal({ caseId: caseRow.id }),
    kind: 'incoming',
    documentId: incoming.documentId,
    title: incoming.title,
    documentKind: incoming.documentKind,
    access: incoming.access,
    dcmiType: incoming.dcmiType,
    format: null,
    incomingItemId: incoming.id,
    unitId: caseRow.unitId,
    searchText: foldDiacritics(
      [incoming.title, incoming.rpwNumber, incoming.documentId, incoming.documentKind ?? ''].join(' '),
    ),
    ...(await addedByNow({ deps, ctx, tx })),
  });
  await repository.updateCase({
    tenantId: caseRow.tenantId,
    id: caseRow.id,
    patch: { lastElementAt: document.addedAt },
  });
  await audit({
    action: 'cases.incoming_attached',
    subjectType: 'case',
    subjectId: caseRow.id,
    documentId: incoming.documentId,
    details: {
      sign: caseRow.sign,
      incomingId: incoming.id,
      rpwNumber: incoming.rpwNumber,
      ordinal: document.ordinal,
    },
  });
  return document;
}

/**
 * Adds a document to an open case's file: an incoming item (instead of a new case), a note
 * (notatka służbowa) written here, an uploaded file, or an opinion (from the officer's unit, which
 * may be another unit than the case's). A closed case answers 409.
 */
export async function addCaseDocument({
  deps,
  ctx,
  caseId,
  input,
}: Scope & { caseId: string; input: AddCaseDocumentInput }): Promise<CaseDocument> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { found, repository } = await lockOpenCase({
      tx,
      ctx,
      id: caseId,
      contribution: input.kind === 'opinion',
    });
    const caseRow = found.row;
    if (input.kind === 'incoming') {
      const incoming = await repository.findIncoming({ tenantId, id: input.incomingId });
      const unknown = createUnknownIncomingError({
        meta: { errors: [{ path: '/incomingId', message: 'Unknown item' }] },
      });
      if (!incoming || incoming.status === 'cancelled') throw unknown;
      await ensureIncomingVisible({ tx, actor: ctx.actor, id: incoming.id }).catch(() => {
        throw unknown;
      });
      const document = await addIncomingToCase({ deps, ctx, tx, audit, caseRow, incoming });
      return loadDocument({ tx, tenantId, caseId, id: document.id });
    }
    const file =
      'fileId' in input && input.fileId ? await repository.findFile({ tenantId, id: input.fileId }) : null;
    if ('fileId' in input && input.fileId && !file)
      throw createUnknownCaseFileError({ meta: { errors: [{ path: '/fileId', message: 'Unknown file' }] } });
    const id = deps.ids.next();
    const now = deps.clock.now();
    const documentId = buildDocumentId({
      officeCode: (await getOfficeCode({ tx, tenantId })) ?? 'X',
      year: warsawYear(now),
      id,
    });
    const contributingUnit =
      input.kind === 'opinion'
        ? ((await activePositionUnitId({ tx, actor: ctx.actor })) ?? caseRow.unitId)
        : caseRow.unitId;
    const document = await repository.insertDocument({
      id,
      tenantId,
      caseId,
      ordinal: await repository.nextDocumentOrdinal({ caseId }),
      kind: input.kind,
      documentId,
      title: input.title,
      documentKind:
        input.kind === 'note'
          ? (input.documentKind ?? NOTE_DOCUMENT_KIND)
          : input.kind === 'opinion'
            ? OPINION_DOCUMENT_KIND
            : (input.documentKind ?? null),
      access: input.access ?? caseRow.access,
      dcmiType: 'Text',
      format: file?.mediaType ?? (input.kind === 'note' || input.kind === 'opinion' ? 'text/plain' : null),
      fileId: file?.id ?? null,
      content: 'content' in input ? (input.content ?? null) : null,
      unitId: contributingUnit,
      searchText: foldDiacritics(
        [input.title, 'content' in input ? (input.content ?? '') : '', documentId, file?.name ?? '']
          .join(' ')
          .slice(0, 200_000),
      ),
      ...(await addedByNow({ deps, ctx, tx })),
    });
    await repository.updateCase({ tenantId, id: caseId, patch: { lastElementAt: document.addedAt } });
    await audit({
      action: 'cases.document_added',
      subjectType: 'case',
      subjectId: caseId,
      documentId,
      details: {
        sign: caseRow.sign,
        kind: input.kind,
        title: input.title,
        ordinal: document.ordinal,
        fileId: file?.id ?? null,
        unitId: contributingUnit,
      },
    });
    return loadDocument({ tx, tenantId, caseId, id });
  });
}

async function loadDocument({
  tx,
  tenantId,
  caseId,
  id,
}: {
  tx: Database;
  tenantId: string;
  caseId: string;
  id: string;
}) {
  const [document] = await createCasesRepository({ db: tx }).listDocuments({ tenantId, caseId, id });
  if (!document) throw createCaseNotFoundError();
  return toDocumentDto(document);
}

/** The case file in order (a read of the case: recorded as `cases.viewed` with `part: 'documents'`). */
export async function listCaseDocuments({ deps, ctx, caseId }: Scope & { caseId: string }) {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createCasesRepository({ db: tx });
    const found = await repository.findCase({ tenantId, id: caseId });
    if (!found) throw createCaseNotFoundError();
    const access = await ensureCaseVisible({ tx, actor: ctx.actor, row: found.row });
    await audit({
      action: 'cases.viewed',
      subjectType: 'case',
      subjectId: caseId,
      details: { sign: found.row.sign, part: 'documents' },
    });
    // A partial share shows only the shared documents.
    const shown = access.documentIds === null ? null : new Set(access.documentIds);
    const documents = await repository.listDocuments({ tenantId, caseId });
    return {
      items: documents.filter((d) => shown === null || shown.has(d.row.id)).map(toDocumentDto),
    };
  });
}
