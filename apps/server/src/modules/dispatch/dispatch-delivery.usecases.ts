import type {
  Dispatch,
  MarkPostedInput,
  RecordDeliveryInput,
  RecordReturnInput,
  RegisterRow,
  ReturnReceiptInput,
} from '@obieg/contracts/dispatch';
import type { Database } from '../../db/database.types.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { createVersionConflictError } from '../../shared/errors/common.errors.js';
import { withAuditedTenant, type AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { getFileInTransaction } from '../files/files.usecases.js';
import { enqueueJob } from '../jobs/jobs.usecases.js';
import { normalizeTrackingNumber } from '../../integrations/postal/tracking-number.js';
import { DISPATCH_SEND_JOB } from './dispatch.constants.js';
import {
  createDispatchItemNotFoundError,
  createDispatchNotFoundError,
  createDispatchUnknownFileError,
  createInvalidTrackingNumberError,
  createInvalidTransitionError,
  createItemRequiredError,
  createTrackingNumberTakenError,
  createUnknownTrackingNumberError,
} from './dispatch.errors.js';
import { toRegisterRow } from './dispatch.models.js';
import { createDispatchRepository, type DispatchItemRow, type DispatchRow } from './dispatch.repository.js';
import { auditDispatch, loadDispatch } from './dispatch.usecases.js';

type Scope = { deps: CoreDeps; ctx: Context };

/** A business date in the future is refused (a receipt cannot predate… the future). */
function notInFuture(deps: CoreDeps, date: string, path: string) {
  if (date > toWarsawDate(deps.clock.now()))
    throw createInvalidTransitionError({
      detail: `${date} is in the future.`,
      meta: { errors: [{ path, message: 'date in the future' }] },
    });
}

async function lockItem({ tx, tenantId, itemId }: { tx: Database; tenantId: string; itemId: string }) {
  const repository = createDispatchRepository({ db: tx });
  const item = await repository.findItem({ tenantId, id: itemId, lock: true });
  if (!item) throw createDispatchItemNotFoundError();
  const dispatch = await repository.findDispatch({ tenantId, id: item.dispatchId });
  if (!dispatch) throw createDispatchNotFoundError();
  return { repository, item, dispatch };
}

async function ensureEvidenceFile(tx: Database, tenantId: string, fileId: string | undefined) {
  if (!fileId) return;
  if (!(await getFileInTransaction({ tx, tenantId, id: fileId })))
    throw createDispatchUnknownFileError({
      meta: { errors: [{ path: '/evidenceFileId', message: 'unknown file' }] },
    });
}

/**
 * Sets the delivery date of an item and keeps the proof: the case's metryka records it. Shared by
 * the registry's entries (ZPO card, in-person receipt) and by the electronic channels' evidence.
 */
export async function settleDelivery({
  deps,
  tx,
  audit,
  item,
  dispatch,
  deliveredOn,
  kind,
  evidence,
  externalStatus,
}: {
  deps: Pick<CoreDeps, 'ids' | 'clock'>;
  tx: Database;
  audit: AuditFn;
  item: DispatchItemRow;
  dispatch: DispatchRow;
  deliveredOn: string;
  kind: 'confirmed' | 'fiction';
  evidence?: { kind: string; fileId: string | null; externalId?: string | null; eventAt?: Date | null };
  externalStatus?: string | null;
}) {
  const repository = createDispatchRepository({ db: tx });
  const now = deps.clock.now();
  if (evidence)
    await repository.insertEvidence({
      id: deps.ids.next(),
      tenantId: item.tenantId,
      itemId: item.id,
      kind: evidence.kind,
      externalId: evidence.externalId ?? null,
      fileId: evidence.fileId,
      eventAt: evidence.eventAt ?? null,
      createdAt: now,
    });
  const updated = await repository.updateItem({
    id: item.id,
    patch: {
      status: 'delivered',
      deliveredOn,
      deliveryKind: kind,
      ...(externalStatus !== undefined ? { externalStatus } : {}),
      lastError: null,
      nextAttemptAt: null,
      updatedAt: now,
    },
  });
  await auditDispatch({
    audit,
    dispatch,
    action: 'dispatch.delivered',
    details: {
      itemId: item.id,
      addressee: item.addressee.name,
      channel: item.channel,
      deliveredOn,
      deliveryKind: kind,
      evidence: evidence?.kind ?? null,
    },
  });
  return updated;
}

const DELIVERABLE: DispatchItemRow['status'][] = ['queued', 'sent', 'undelivered'];

/** The registry enters a delivery date (a ZPO card, a receipt signed at the office…). */
export async function recordDelivery({
  deps,
  ctx,
  dispatchId,
  input,
}: Scope & { dispatchId: string; input: RecordDeliveryInput }): Promise<Dispatch> {
  const tenantId = ctx.actor.tenantId;
  notInFuture(deps, input.deliveredAt, '/deliveredAt');
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createDispatchRepository({ db: tx });
    const dispatch = await repository.findDispatch({ tenantId, id: dispatchId });
    if (!dispatch) throw createDispatchNotFoundError();
    const items = await repository.listItems({ dispatchIds: [dispatchId] });
    const target = input.itemId
      ? items.find((i) => i.id === input.itemId)
      : items.length === 1
        ? items[0]
        : null;
    if (!target) throw input.itemId ? createDispatchItemNotFoundError() : createItemRequiredError();
    const { item } = await lockItem({ tx, tenantId, itemId: target.id });
    if (!DELIVERABLE.includes(item.status) || (item.channel === 'post' && !item.postedOn))
      throw createInvalidTransitionError({
        detail: `A letter in status ${item.status} cannot be delivered.`,
      });
    await ensureEvidenceFile(tx, tenantId, input.evidenceFileId);
    await settleDelivery({
      deps,
      tx,
      audit,
      item,
      dispatch,
      deliveredOn: input.deliveredAt,
      kind: 'confirmed',
      evidence: input.evidenceFileId
        ? { kind: item.returnReceipt ? 'ZPO' : 'PROOF', fileId: input.evidenceFileId }
        : undefined,
    });
    return loadDispatch({ tx, ctx, id: dispatchId });
  });
}

/**
 * A returned ZPO card scanned: its barcode is the letter's posting number; the delivery date
 * written on the card becomes the delivery date of the letter and of the case's record.
 */
export async function recordReturnReceipt({
  deps,
  ctx,
  input,
}: Scope & { input: ReturnReceiptInput }): Promise<Dispatch> {
  const tenantId = ctx.actor.tenantId;
  notInFuture(deps, input.deliveredAt, '/deliveredAt');
  const parsed = normalizeTrackingNumber(input.barcode);
  if (!parsed.ok)
    throw createInvalidTrackingNumberError({
      detail: parsed.reason,
      meta: { errors: [{ path: '/barcode', message: parsed.reason }] },
    });
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createDispatchRepository({ db: tx });
    const item = await repository.findItemByTracking({ tenantId, trackingNumber: parsed.value });
    if (!item) throw createUnknownTrackingNumberError({ detail: `No letter posted as ${parsed.value}.` });
    const dispatch = await repository.findDispatch({ tenantId, id: item.dispatchId });
    if (!dispatch) throw createDispatchNotFoundError();
    if (item.status === 'delivered' && item.deliveredOn === input.deliveredAt)
      return loadDispatch({ tx, ctx, id: dispatch.id }); // the same card scanned twice
    if (!DELIVERABLE.includes(item.status))
      throw createInvalidTransitionError({
        detail: `The letter is ${item.status}; its card cannot be recorded.`,
      });
    if (item.postedOn && input.deliveredAt < item.postedOn)
      throw createInvalidTransitionError({
        detail: `Delivered ${input.deliveredAt} before it was posted (${item.postedOn}).`,
        meta: { errors: [{ path: '/deliveredAt', message: 'before posting' }] },
      });
    await ensureEvidenceFile(tx, tenantId, input.evidenceFileId);
    await settleDelivery({
      deps,
      tx,
      audit,
      item,
      dispatch,
      deliveredOn: input.deliveredAt,
      kind: 'confirmed',
      evidence: { kind: 'ZPO', fileId: input.evidenceFileId ?? null, externalId: `ZPO:${parsed.value}` },
    });
    return loadDispatch({ tx, ctx, id: dispatch.id });
  });
}

/** Letters handed to the post on a day, with the numbers scanned from their labels. */
export async function markPosted({
  deps,
  ctx,
  input,
}: Scope & { input: MarkPostedInput }): Promise<{ items: RegisterRow[] }> {
  const tenantId = ctx.actor.tenantId;
  notInFuture(deps, input.postedOn, '/postedOn');
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const now = deps.clock.now();
    const results: RegisterRow[] = [];
    for (const [index, entry] of input.items.entries()) {
      const path = `/items/${index}`;
      const { repository, item, dispatch } = await lockItem({ tx, tenantId, itemId: entry.itemId });
      if (entry.version !== undefined && entry.version !== item.version) throw createVersionConflictError();
      if (!['post', 'in_person'].includes(item.channel) || item.status !== 'queued')
        throw createInvalidTransitionError({
          detail: `Item ${index + 1} is not waiting to be posted.`,
          meta: { errors: [{ path, message: 'not queued' }] },
        });
      let trackingNumber: string | null = null;
      if (entry.trackingNumber) {
        const parsed = normalizeTrackingNumber(entry.trackingNumber);
        if (!parsed.ok)
          throw createInvalidTrackingNumberError({
            detail: parsed.reason,
            meta: { errors: [{ path: `${path}/trackingNumber`, message: parsed.reason }] },
          });
        trackingNumber = parsed.value;
        const other = await repository.findItemByTracking({ tenantId, trackingNumber });
        if (other && other.id !== item.id)
          throw createTrackingNumberTakenError({
            meta: { errors: [{ path: `${path}/trackingNumber`, message: 'taken' }] },
          });
      } else if (item.channel === 'post' && item.postalKind === 'registered') {
        throw createInvalidTrackingNumberError({
          detail: 'A registered letter needs its posting number.',
          meta: { errors: [{ path: `${path}/trackingNumber`, message: 'required' }] },
        });
      }
      const inPerson = item.channel === 'in_person';
      const updated = await repository.updateItem({
        id: item.id,
        patch: inPerson
          ? {
              status: 'delivered',
              postedOn: input.postedOn,
              deliveredOn: input.postedOn,
              deliveryKind: 'confirmed',
              updatedAt: now,
            }
          : { status: 'sent', postedOn: input.postedOn, trackingNumber, sentAt: now, updatedAt: now },
      });
      await auditDispatch({
        audit,
        dispatch,
        action: inPerson ? 'dispatch.delivered' : 'dispatch.posted',
        details: {
          itemId: item.id,
          addressee: item.addressee.name,
          channel: item.channel,
          postedOn: input.postedOn,
          trackingNumber,
          ...(inPerson ? { deliveredOn: input.postedOn, deliveryKind: 'confirmed' } : {}),
        },
      });
      results.push(toRegisterRow({ item: updated, dispatch }));
    }
    return { items: results };
  });
}

/** A letter came back undelivered (returned by the post, refused, addressee unknown…). */
export async function recordReturn({
  deps,
  ctx,
  dispatchId,
  itemId,
  input,
}: Scope & { dispatchId: string; itemId: string; input: RecordReturnInput }): Promise<Dispatch> {
  const tenantId = ctx.actor.tenantId;
  notInFuture(deps, input.returnedOn, '/returnedOn');
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { repository, item, dispatch } = await lockItem({ tx, tenantId, itemId });
    if (dispatch.id !== dispatchId) throw createDispatchItemNotFoundError();
    if (item.status !== 'sent')
      throw createInvalidTransitionError({
        detail: `Only a sent letter can come back (it is ${item.status}).`,
      });
    await ensureEvidenceFile(tx, tenantId, input.evidenceFileId);
    const now = deps.clock.now();
    if (input.evidenceFileId)
      await repository.insertEvidence({
        id: deps.ids.next(),
        tenantId,
        itemId,
        kind: 'RETURN',
        externalId: null,
        fileId: input.evidenceFileId,
        eventAt: null,
        createdAt: now,
      });
    await repository.updateItem({
      id: itemId,
      patch: {
        status: 'undelivered',
        returnedOn: input.returnedOn,
        returnReason: input.remarks ? `${input.reason}: ${input.remarks}` : input.reason,
        updatedAt: now,
      },
    });
    await auditDispatch({
      audit,
      dispatch,
      action: 'dispatch.returned',
      details: { itemId, addressee: item.addressee.name, returnedOn: input.returnedOn, reason: input.reason },
    });
    return loadDispatch({ tx, ctx, id: dispatchId });
  });
}

/** Withdraws an item not sent yet. */
export async function cancelItem({
  deps,
  ctx,
  dispatchId,
  itemId,
}: Scope & { dispatchId: string; itemId: string }) {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { repository, item, dispatch } = await lockItem({ tx, tenantId, itemId });
    if (dispatch.id !== dispatchId) throw createDispatchItemNotFoundError();
    // An electronic item with a draft at the channel may be in flight: it can no longer be withdrawn.
    if (
      !['queued', 'waiting', 'failed'].includes(item.status) ||
      (item.status === 'waiting' && item.externalId)
    )
      throw createInvalidTransitionError({
        detail: `A letter in status ${item.status} cannot be withdrawn.`,
      });
    await repository.updateItem({
      id: itemId,
      patch: { status: 'cancelled', nextAttemptAt: null, updatedAt: deps.clock.now() },
    });
    await auditDispatch({
      audit,
      dispatch,
      action: 'dispatch.cancelled',
      details: { itemId, addressee: item.addressee.name },
    });
    return loadDispatch({ tx, ctx, id: dispatchId });
  });
}

/** Sends a failed electronic item again (after the cause was fixed). */
export async function retryItem({
  deps,
  ctx,
  dispatchId,
  itemId,
}: Scope & { dispatchId: string; itemId: string }) {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { repository, item, dispatch } = await lockItem({ tx, tenantId, itemId });
    if (dispatch.id !== dispatchId) throw createDispatchItemNotFoundError();
    if (item.status !== 'failed' || !item.mailboxId)
      throw createInvalidTransitionError({ detail: 'Only a failed electronic letter is sent again.' });
    const now = deps.clock.now();
    await repository.updateItem({
      id: itemId,
      // A letter refused by the channel is sent as a new message (its old draft was spent).
      patch: {
        status: 'waiting',
        attempts: 0,
        nextAttemptAt: now,
        externalId: null,
        externalStatus: null,
        updatedAt: now,
      },
    });
    await enqueueJob({
      tx,
      deps,
      tenantId,
      kind: DISPATCH_SEND_JOB,
      payload: { itemId },
      dedupeKey: `${DISPATCH_SEND_JOB}:${itemId}`,
    });
    await auditDispatch({
      audit,
      dispatch,
      action: 'dispatch.retried',
      details: { itemId, addressee: item.addressee.name },
    });
    return loadDispatch({ tx, ctx, id: dispatchId });
  });
}
