import { createHash } from 'node:crypto';
import type { CreateContactInput } from '@obieg/contracts/contacts';
import type {
  IncomingItem,
  IncomingSenderInput,
  RegisterIncomingInput,
} from '@obieg/contracts/correspondence';
import type { Database } from '../../db/database.types.js';
import { warsawYear } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { withAuditedTenant, type AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { createContactInTransaction, findContactInTransaction } from '../contacts/contacts.usecases.js';
import {
  applyDistributionPlan,
  planDistributionByRules,
} from '../distribution/distribution-by-rules.usecases.js';
import { getOfficeCode } from '../tenants/tenants.usecases.js';
import {
  IDEMPOTENCY_SCOPE_REGISTER,
  IDEMPOTENCY_TTL_MS,
  RPW_REGISTER_CODE,
} from './correspondence.constants.js';
import { createIdempotencyKeyReusedError, createUnknownContactError } from './correspondence.errors.js';
import {
  buildDocumentId,
  buildIncomingSearchText,
  toIncomingItemDto,
  toSenderSnapshot,
} from './correspondence.models.js';
import { createCorrespondenceRepository } from './correspondence.repository.js';
import type { IncomingSenderSnapshot } from './correspondence.types.js';
import { ensureFilesExist, ensureReferencesExist, loadIncomingItem } from './incoming-references.js';
import { createIncomingRepository } from './incoming.repository.js';
import { allocateRegistryNumber } from './registry-numbering.js';

type Scope = { deps: CoreDeps; ctx: Context };

/** The validated request, hashed: its keys come in the contract's order, whatever the client sent. */
const requestHash = (input: RegisterIncomingInput) =>
  createHash('sha256').update(JSON.stringify(input)).digest('hex');

/** Existing senders are looked up, new ones created as contacts, all in the caller's transaction. */
async function resolveSenders({
  deps,
  tx,
  audit,
  tenantId,
  senders,
}: {
  deps: CoreDeps;
  tx: Database;
  audit: AuditFn;
  tenantId: string;
  senders: IncomingSenderInput[];
}): Promise<IncomingSenderSnapshot[]> {
  const snapshots: IncomingSenderSnapshot[] = [];
  for (const [index, sender] of senders.entries()) {
    if ('contactId' in sender) {
      const contact = await findContactInTransaction({ tx, tenantId, id: sender.contactId });
      if (!contact) {
        throw createUnknownContactError({
          detail: `No contact ${sender.contactId} in the office.`,
          meta: {
            errors: [
              {
                path: index === 0 ? '/sender/contactId' : `/senders/${index - 1}/contactId`,
                message: 'Unknown contact',
              },
            ],
          },
        });
      }
      snapshots.push(toSenderSnapshot(contact));
    } else {
      const input: CreateContactInput = sender;
      snapshots.push(
        toSenderSnapshot(await createContactInTransaction({ deps, tx, audit, tenantId, input })),
      );
    }
  }
  return snapshots;
}

/**
 * Registers an incoming item in the RPW (metadata part A). Everything happens in one audited
 * transaction: new senders become contacts, the next RPW number of the Warsaw-time year is
 * taken, the item, its files and the event are written. Any failure rolls all of it back, so no
 * number is consumed and no contact is left behind. With an `Idempotency-Key` seen in the last
 * 24 hours, the item registered under it is returned instead (`replayed`).
 */
export async function registerIncomingItem({
  deps,
  ctx,
  input,
  idempotencyKey,
}: Scope & { input: RegisterIncomingInput; idempotencyKey?: string }): Promise<{
  item: IncomingItem;
  replayed: boolean;
}> {
  return withAuditedTenant({ deps, ctx }, (tx, audit) =>
    registerIncomingInTransaction({ deps, ctx, tx, audit, input, idempotencyKey }),
  );
}

/**
 * `registerIncomingItem` inside the caller's audited transaction: the intake of e-Doręczenia and
 * ePUAP registers a message together with its files and the claim that it was taken, all or nothing.
 */
export async function registerIncomingInTransaction({
  deps,
  ctx,
  tx,
  audit,
  input,
  idempotencyKey,
}: Scope & { tx: Database; audit: AuditFn; input: RegisterIncomingInput; idempotencyKey?: string }): Promise<{
  item: IncomingItem;
  replayed: boolean;
}> {
  const tenantId = ctx.actor.tenantId;
  const correspondence = createCorrespondenceRepository({ db: tx });
  const now = deps.clock.now();
  if (idempotencyKey) {
    const key = { tenantId, scope: IDEMPOTENCY_SCOPE_REGISTER, key: idempotencyKey };
    await correspondence.lockIdempotencyKey(key);
    const existing = await correspondence.findIdempotencyKey({
      ...key,
      notBefore: new Date(now.getTime() - IDEMPOTENCY_TTL_MS),
    });
    if (existing) {
      if (existing.requestHash !== null && existing.requestHash !== requestHash(input))
        throw createIdempotencyKeyReusedError({
          detail: 'A retry must repeat the request that created the item; use a new key for a new letter.',
        });
      return { item: await loadIncomingItem({ tx, tenantId, id: existing.subjectId }), replayed: true };
    }
  }
  await ensureReferencesExist({ tx, tenantId, input });
  await ensureFilesExist({ tx, tenantId, fileIds: input.fileIds });
  const senders = await resolveSenders({
    deps,
    tx,
    audit,
    tenantId,
    senders: [...(input.sender ? [input.sender] : []), ...(input.senders ?? [])],
  });
  const officeCode = await getOfficeCode({ tx, tenantId });
  const routing = await planDistributionByRules({
    deps,
    tx,
    tenantId,
    item: {
      senderContactIds: senders.map((s) => s.contactId),
      documentKind: input.documentKind ?? null,
      organId: input.organId ?? null,
      deliveryMethod: input.deliveryMethod,
    },
  });
  const id = deps.ids.next();
  const year = warsawYear(now);
  const documentId = buildDocumentId({ officeCode: officeCode ?? 'X', year, id });
  // Everything that needs no number comes first: the counter row stays locked until commit.
  if (idempotencyKey) {
    await correspondence.insertIdempotencyKey({
      tenantId,
      scope: IDEMPOTENCY_SCOPE_REGISTER,
      key: idempotencyKey,
      subjectId: id,
      requestHash: requestHash(input),
      createdAt: now,
    });
  }
  const number = await allocateRegistryNumber({ tx, tenantId, registerCode: RPW_REGISTER_CODE, year });
  const fields = {
    title: input.title,
    senders,
    rpwNumber: number.formatted,
    documentId,
    senderReference: input.senderReference ?? null,
  };
  const row = await createIncomingRepository({ db: tx }).insertItem({
    ...fields,
    id,
    tenantId,
    rpwYear: year,
    rpwSequence: number.sequence,
    letterDate: input.letterDate ?? null,
    postingDate: input.postingDate ?? null,
    receivedAt: input.receivedAt,
    registeredAt: now,
    registeredBy: ctx.actor.userId,
    documentKind: input.documentKind ?? null,
    access: input.access,
    attachmentsCount: input.attachmentsCount ?? null,
    remarks: input.remarks ?? null,
    dcmiType: input.dcmiType,
    deliveryMethod: input.deliveryMethod,
    organId: input.organId ?? null,
    paperStore: input.paperOriginal?.store ?? null,
    paperBox: input.paperOriginal?.box ?? null,
    fullScan: input.fullScan,
    noFullScanReason: input.noFullScanReason ?? null,
    notOpened: input.notOpened,
    searchText: buildIncomingSearchText(fields),
    status: 'registered',
    cancellationReason: null,
    cancelledAt: null,
    cancelledBy: null,
    version: 1,
  });
  await correspondence.appendFiles({ tenantId, itemId: id, fileIds: input.fileIds, at: now });
  await audit({
    action: 'correspondence.incoming_registered',
    subjectType: 'incoming_item',
    subjectId: id,
    documentId,
    details: {
      rpwNumber: row.rpwNumber,
      deliveryMethod: row.deliveryMethod,
      senders: senders.map((s) => s.contactId),
      files: input.fileIds,
    },
  });
  // Automatic distribution rules (planned before the number was taken), recorded as done by the rule.
  const distribution = routing
    ? await applyDistributionPlan({
        deps,
        tx,
        audit,
        tenantId,
        actorUserId: ctx.actor.userId,
        item: row,
        plan: routing,
      })
    : null;
  // Built from what was written (no re-read): the counter row stays locked until commit.
  const files = [...new Set(input.fileIds)].map((fileId, i) => ({
    tenantId,
    itemId: id,
    fileId,
    position: i + 1,
    createdAt: now,
  }));
  return { item: toIncomingItemDto({ row, files, corrections: [], distribution }), replayed: false };
}
