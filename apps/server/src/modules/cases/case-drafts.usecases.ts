import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { warsawYear } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { buildDocumentId } from '../../shared/ids/document-id.js';
import { foldDiacritics } from '../../shared/text/fold.js';
import type { Actor, Context } from '../auth/auth.types.js';
import { getOfficeCode } from '../tenants/tenants.usecases.js';
import { ensureCaseVisible, lockOpenCase, resolveCaseAccess, type CaseAccess } from './case-access.js';
import { createCaseNotFoundError } from './cases.errors.js';
import { createCasesRepository, type CaseWithRefs } from './cases.repository.js';
import { caseDocumentsTable } from './cases.table.js';

// The case side of documents written in a case (drafts): their entry in the case file, and what
// a draft needs to know about its case. Used by the documents module.

export type DraftCase = CaseWithRefs & { parties: { contactId: string; name: string }[] };

async function withParties(tx: Database, found: CaseWithRefs): Promise<DraftCase> {
  const parties = await createCasesRepository({ db: tx }).listParties({ caseIds: [found.row.id] });
  return { ...found, parties: parties.map((p) => ({ contactId: p.contactId, name: p.displayName })) };
}

/** Locks an open case the actor handles, to write a draft in it (404, 403 or 409 otherwise). */
export async function lockCaseForDraft({ tx, ctx, caseId }: { tx: Database; ctx: Context; caseId: string }) {
  const { found } = await lockOpenCase({ tx, ctx, id: caseId });
  return withParties(tx, found);
}

/**
 * Adds a draft to the file of a case locked with `lockCaseForDraft` (kind `draft`); the entry's
 * id becomes the document's id.
 */
export async function addDraftToCaseFile({
  deps,
  ctx,
  tx,
  found,
  title,
  file,
}: {
  deps: CoreDeps;
  ctx: Context;
  tx: Database;
  found: DraftCase;
  title: string;
  file: { id: string; mediaType: string; name: string };
}): Promise<{ caseDocumentId: string; documentId: string }> {
  const repository = createCasesRepository({ db: tx });
  const caseId = found.row.id;
  const tenantId = ctx.actor.tenantId;
  const id = deps.ids.next();
  const now = deps.clock.now();
  const documentId = buildDocumentId({
    officeCode: (await getOfficeCode({ tx, tenantId })) ?? 'X',
    year: warsawYear(now),
    id,
  });
  const actor = ctx.actor;
  await repository.insertDocument({
    id,
    tenantId,
    caseId,
    ordinal: await repository.nextDocumentOrdinal({ caseId }),
    kind: 'draft',
    documentId,
    title,
    documentKind: 'Projekt pisma',
    access: found.row.access,
    dcmiType: 'Text',
    format: file.mediaType,
    fileId: file.id,
    unitId: found.row.unitId,
    searchText: foldDiacritics([title, documentId, file.name].join(' ')),
    addedAt: now,
    addedBy: actor.userId,
    addedByPositionId: actor.positionId,
    actingForUserId: actor.actingForUserId,
    addedByName: actor.displayName,
    addedByPositionTitle: actor.positionId
      ? await repository.findPositionTitle({ id: actor.positionId })
      : null,
  });
  await repository.updateCase({ tenantId, id: caseId, patch: { lastElementAt: now } });
  return { caseDocumentId: id, documentId };
}

/** Points a draft's case-file entry at its newest file (title and search text follow). */
export async function updateDraftInCaseFile({
  tx,
  tenantId,
  id,
  title,
  file,
}: {
  tx: Database;
  tenantId: string;
  id: string;
  title: string;
  file: { id: string; mediaType: string; name: string };
}) {
  await tx
    .update(caseDocumentsTable)
    .set({
      fileId: file.id,
      format: file.mediaType,
      searchText: foldDiacritics([title, file.name].join(' ')),
    })
    .where(and(eq(caseDocumentsTable.tenantId, tenantId), eq(caseDocumentsTable.id, id)));
}

/**
 * The case of a document and what the actor may do with it, or 404 when they cannot see it
 * (unless `onPath`: people on an approval path read the document without seeing the whole case).
 */
export async function findCaseForDocument({
  tx,
  actor,
  caseId,
  lock = false,
  onPath = false,
}: {
  tx: Database;
  actor: Actor;
  caseId: string;
  lock?: boolean;
  onPath?: boolean;
}): Promise<{ found: DraftCase; access: CaseAccess }> {
  const found = await createCasesRepository({ db: tx }).findCase({
    tenantId: actor.tenantId,
    id: caseId,
    lock,
  });
  if (!found) throw createCaseNotFoundError();
  const access = onPath
    ? await resolveCaseAccess({ tx, actor, row: found.row })
    : await ensureCaseVisible({ tx, actor, row: found.row });
  return { found: await withParties(tx, found), access };
}
