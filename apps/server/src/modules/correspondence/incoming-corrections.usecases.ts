import type { CorrectIncomingInput, IncomingItem } from '@obieg/contracts/correspondence';
import type { Database } from '../../db/database.types.js';
import type { CoreDeps } from '../../shared/deps.js';
import { createVersionConflictError } from '../../shared/errors/common.errors.js';
import { withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import {
  createIncomingItemCancelledError,
  createIncomingItemNotFoundError,
  createNothingToCorrectError,
} from './correspondence.errors.js';
import { buildIncomingSearchText, correctionPatch, diffIncoming } from './correspondence.models.js';
import { createCorrespondenceRepository } from './correspondence.repository.js';
import type { IncomingItemRow } from './correspondence.types.js';
import { ensureFilesExist, ensureReferencesExist, loadIncomingItem } from './incoming-references.js';
import { createIncomingRepository } from './incoming.repository.js';

type Scope = { deps: CoreDeps; ctx: Context };

async function findOpenItem({ tx, tenantId, id }: { tx: Database; tenantId: string; id: string }) {
  const row = await createIncomingRepository({ db: tx }).findItemById({ tenantId, id });
  if (!row) throw createIncomingItemNotFoundError();
  if (row.status === 'cancelled') throw createIncomingItemCancelledError();
  return row;
}

/**
 * A correction by the registry: the given fields change, the old values are kept with the
 * reason in `incoming_item_corrections` and the metryka. Cancelled items cannot be corrected;
 * a stale `version` answers 409.
 */
export async function correctIncomingItem({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: CorrectIncomingInput }): Promise<IncomingItem> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const before = await findOpenItem({ tx, tenantId, id });
    if (before.version !== input.version) throw createVersionConflictError();
    const changes = diffIncoming(before, correctionPatch(input));
    const patch = Object.fromEntries(
      Object.entries(changes).map(([key, change]) => [key, change.to]),
    ) as Partial<IncomingItemRow>;
    if (Object.keys(changes).length === 0) throw createNothingToCorrectError();
    await ensureReferencesExist({
      tx,
      tenantId,
      input: {
        deliveryMethod: patch.deliveryMethod,
        documentKind: patch.documentKind,
        organId: patch.organId,
      },
    });
    const next = { ...before, ...patch };
    const after = await createIncomingRepository({ db: tx }).updateItem({
      tenantId,
      id,
      version: input.version,
      patch: { ...patch, searchText: buildIncomingSearchText(next) },
    });
    if (!after) throw createVersionConflictError();
    const at = deps.clock.now();
    await createCorrespondenceRepository({ db: tx }).insertCorrection({
      id: deps.ids.next(),
      tenantId,
      itemId: id,
      at,
      by: ctx.actor.userId,
      reason: input.reason,
      changes,
    });
    await audit({
      action: 'correspondence.incoming_corrected',
      subjectType: 'incoming_item',
      subjectId: id,
      documentId: before.documentId,
      details: { rpwNumber: before.rpwNumber, reason: input.reason, changes, version: after.version },
    });
    return loadIncomingItem({ tx, tenantId, id });
  });
}

/** Cancellation keeps the number and the whole record; the item is only marked cancelled. */
export async function cancelIncomingItem({
  deps,
  ctx,
  id,
  reason,
}: Scope & { id: string; reason: string }): Promise<IncomingItem> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const before = await findOpenItem({ tx, tenantId, id });
    const at = deps.clock.now();
    const after = await createIncomingRepository({ db: tx }).updateItem({
      tenantId,
      id,
      version: before.version,
      patch: {
        status: 'cancelled',
        cancellationReason: reason,
        cancelledAt: at,
        cancelledBy: ctx.actor.userId,
      },
    });
    if (!after) throw createVersionConflictError();
    await audit({
      action: 'correspondence.incoming_cancelled',
      subjectType: 'incoming_item',
      subjectId: id,
      documentId: before.documentId,
      details: { rpwNumber: before.rpwNumber, reason },
    });
    return loadIncomingItem({ tx, tenantId, id });
  });
}

/** Files (scans) attached after registration, in the order given, after those already there. */
export async function attachIncomingFiles({
  deps,
  ctx,
  id,
  fileIds,
}: Scope & { id: string; fileIds: string[] }): Promise<IncomingItem> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const item = await findOpenItem({ tx, tenantId, id });
    await ensureFilesExist({ tx, tenantId, fileIds });
    const added = await createCorrespondenceRepository({ db: tx }).appendFiles({
      tenantId,
      itemId: id,
      fileIds,
      at: deps.clock.now(),
    });
    if (added.length > 0) {
      await audit({
        action: 'correspondence.incoming_files_attached',
        subjectType: 'incoming_item',
        subjectId: id,
        documentId: item.documentId,
        details: { rpwNumber: item.rpwNumber, files: added },
      });
    }
    return loadIncomingItem({ tx, tenantId, id });
  });
}
