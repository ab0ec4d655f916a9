import type {
  CreateDispatchInput,
  Dispatch,
  DispatchChannel,
  DispatchOptions,
  RegisterQuery,
  RegisterRow,
} from '@obieg/contracts/dispatch';
import type { Database } from '../../db/database.types.js';
import { warsawYear } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { createForbiddenError } from '../../shared/errors/common.errors.js';
import { inTenant, withAuditedTenant, type AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { isCaseVisible } from '../cases/case-visibility.usecases.js';
import { findContactInTransaction } from '../contacts/contacts.usecases.js';
import { allocateRegisterNumber } from '../correspondence/registers.usecases.js';
import {
  findDocumentForDispatch,
  type DispatchableDocument,
} from '../documents/document-dispatch.usecases.js';
import { pickMailbox } from '../integrations/mailboxes.usecases.js';
import { enqueueJob } from '../jobs/jobs.usecases.js';
import { DEFAULT_OUTGOING_FORMAT, DISPATCH_SEND_JOB, OUTGOING_REGISTER_CODE } from './dispatch.constants.js';
import {
  createChannelUnavailableError,
  createDispatchNotFoundError,
  createNoMailboxError,
  createNotDispatchableError,
  createPostalOptionsRequiredError,
} from './dispatch.errors.js';
import {
  addresseeSnapshot,
  channelsFor,
  reachable,
  sortableName,
  toDispatchDto,
  toRegisterRow,
} from './dispatch.models.js';
import {
  createDispatchRepository,
  type DispatchItemRow,
  type DispatchRow,
  type RegisterFilter,
} from './dispatch.repository.js';

type Scope = { deps: CoreDeps; ctx: Context };

/** Channels that carry the electronic original: the letter must be signed. */
const NEEDS_SIGNATURE: DispatchChannel[] = ['edelivery', 'epuap'];
const MAILBOX_OF: Partial<Record<DispatchChannel, 'edelivery' | 'epuap' | 'smtp'>> = {
  edelivery: 'edelivery',
  edelivery_hybrid: 'edelivery',
  epuap: 'epuap',
  email: 'smtp',
};

function dispatchableReason(document: DispatchableDocument): 'not_approved' | null {
  if (document.status === 'signed') return null;
  if (document.status === 'approved') return null;
  return 'not_approved';
}

/** What the dispatch dialog offers for a document: its addressees and their channels. */
export async function getDispatchOptions({
  deps,
  ctx,
  documentId,
}: Scope & { documentId: string }): Promise<DispatchOptions> {
  return inTenant({ deps, ctx }, async (tx) => {
    const document = await findDocumentForDispatch({ tx, actor: ctx.actor, documentId });
    const addressees = [];
    for (const a of document.addressees) {
      const contact = await findContactInTransaction({ tx, tenantId: ctx.actor.tenantId, id: a.id });
      if (!contact) continue;
      const snapshot = addresseeSnapshot(contact);
      const channels = channelsFor(snapshot, contact.emails).filter(
        (channel) => document.version.signed || !NEEDS_SIGNATURE.includes(channel),
      );
      addressees.push({
        contactId: contact.id,
        name: snapshot.name,
        addressLines: snapshot.addressLines,
        edeliveryAddress: snapshot.edeliveryAddress,
        epuapBox: snapshot.epuapBox,
        email: snapshot.email,
        channels,
        emails: contact.emails,
      });
    }
    const reason = document.handles ? dispatchableReason(document) : ('not_handler' as const);
    return {
      documentId,
      dispatchable: reason === null,
      reason,
      signed: document.version.signed,
      addressees,
    };
  });
}

/**
 * Orders the dispatch of a document: one register number for the letter, one item per addressee
 * with its channel. Electronic items go to the job queue (sent after commit, retried); paper and
 * in-person items wait in the registry's queue. All or nothing.
 */
export async function orderDispatch({
  deps,
  ctx,
  input,
}: Scope & { input: CreateDispatchInput }): Promise<Dispatch> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const document = await findDocumentForDispatch({
      tx,
      actor: ctx.actor,
      documentId: input.documentId,
      lock: true,
    });
    if (!document.handles)
      throw createForbiddenError({ detail: 'Only those who handle the case order its letters sent.' });
    if (dispatchableReason(document))
      throw createNotDispatchableError({
        detail: `The document is ${document.status}; it must be accepted first.`,
      });
    const now = deps.clock.now();
    const dispatchId = deps.ids.next();
    const items: DispatchItemRow[] = [];
    for (const [index, entry] of input.addressees.entries()) {
      const path = `/addressees/${index}`;
      if (NEEDS_SIGNATURE.includes(entry.channel) && !document.version.signed)
        throw createNotDispatchableError({
          detail: 'An electronic letter (e-Doręczenia, ePUAP) must be signed before it is sent.',
          meta: { errors: [{ path: `${path}/channel`, message: 'not signed' }] },
        });
      const contact = await findContactInTransaction({ tx, tenantId, id: entry.contactId });
      if (!contact)
        throw createChannelUnavailableError({
          detail: `No contact ${entry.contactId} in the office.`,
          meta: { errors: [{ path: `${path}/contactId`, message: 'unknown contact' }] },
        });
      if (entry.email && !contact.emails.includes(entry.email))
        throw createChannelUnavailableError({
          detail: 'The e-mail address is not one of the contact’s.',
          meta: { errors: [{ path: `${path}/email`, message: 'not the contact’s address' }] },
        });
      const snapshot = addresseeSnapshot(contact, entry.email);
      if (!reachable(snapshot, entry.channel))
        throw createChannelUnavailableError({
          detail: `${snapshot.name} has no address for ${entry.channel}.`,
          meta: { errors: [{ path: `${path}/channel`, message: 'no address for the channel' }] },
        });
      if (entry.channel === 'post' && !entry.postal)
        throw createPostalOptionsRequiredError({
          meta: { errors: [{ path: `${path}/postal`, message: 'required for post' }] },
        });
      const mailboxKind = MAILBOX_OF[entry.channel];
      const mailbox = mailboxKind
        ? await pickMailbox({ tx, tenantId, kind: mailboxKind, unitId: document.caseUnitId })
        : null;
      if (mailboxKind && !mailbox)
        throw createNoMailboxError({
          detail: `No enabled ${mailboxKind} mailbox is configured.`,
          meta: { errors: [{ path: `${path}/channel`, message: 'no mailbox' }] },
        });
      const postal = entry.channel === 'post' ? entry.postal : undefined;
      const registered = postal?.kind === 'registered' || Boolean(postal?.returnReceipt);
      items.push({
        id: deps.ids.next(),
        tenantId,
        dispatchId,
        position: index + 1,
        contactId: contact.id,
        addressee: snapshot,
        addresseeSort: sortableName(snapshot.name),
        channel: entry.channel,
        postalKind: postal ? (registered ? 'registered' : 'ordinary') : null,
        priority: postal?.priority ?? false,
        returnReceipt: postal?.returnReceipt ?? false,
        specialRules: postal?.returnReceipt ? (postal.specialRules ?? 'ADMINISTRACYJNA') : null,
        status: mailbox ? 'waiting' : 'queued',
        externalStatus: null,
        externalId: null,
        mailboxId: mailbox?.id ?? null,
        trackingNumber: null,
        postedOn: null,
        sentAt: null,
        deliveredOn: null,
        deliveryKind: null,
        availableOn: null,
        returnedOn: null,
        returnReason: null,
        attempts: 0,
        lastError: null,
        nextAttemptAt: mailbox ? now : null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
    }
    const repository = createDispatchRepository({ db: tx });
    for (const item of items.filter((i) => i.status === 'waiting'))
      await enqueueJob({
        tx,
        deps,
        tenantId,
        kind: DISPATCH_SEND_JOB,
        payload: { itemId: item.id },
        dedupeKey: `${DISPATCH_SEND_JOB}:${item.id}`,
      });
    const year = warsawYear(now);
    // The number last: the counter row stays locked until commit.
    const number = await allocateRegisterNumber({
      tx,
      tenantId,
      registerCode: OUTGOING_REGISTER_CODE,
      year,
      defaultFormat: DEFAULT_OUTGOING_FORMAT,
    });
    const dispatch: DispatchRow = {
      id: dispatchId,
      tenantId,
      year,
      sequence: number.sequence,
      number: number.formatted,
      documentId: document.id,
      versionId: document.version.id,
      fileId: document.version.fileId,
      documentTitle: document.title,
      caseId: document.caseId,
      caseSign: document.caseSign,
      remarks: input.remarks ?? null,
      orderedAt: now,
      orderedBy: ctx.actor.userId,
      orderedByName: ctx.actor.displayName,
      orderedByPositionId: ctx.actor.positionId,
      actingForUserId: ctx.actor.actingForUserId,
    };
    await repository.insertDispatch(dispatch);
    await repository.insertItems(items);
    await auditDispatch({
      audit,
      dispatch,
      action: 'dispatch.ordered',
      details: { addressees: items.map((i) => ({ name: i.addressee.name, channel: i.channel })) },
    });
    return toDispatchDto({ dispatch, items, evidence: [], orderedBy: orderedByRef(dispatch) });
  });
}

/** Records a dispatch event in its case's trail (the metryka) and on the dispatch. */
export async function auditDispatch({
  audit,
  dispatch,
  action,
  details,
}: {
  audit: AuditFn;
  dispatch: Pick<DispatchRow, 'id' | 'number' | 'caseId' | 'documentId' | 'documentTitle'>;
  action: Parameters<AuditFn>[0]['action'];
  details: Record<string, unknown>;
}) {
  await audit({
    action,
    subjectType: dispatch.caseId ? 'case' : 'dispatch',
    subjectId: dispatch.caseId ?? dispatch.id,
    details: {
      dispatchId: dispatch.id,
      number: dispatch.number,
      documentId: dispatch.documentId,
      title: dispatch.documentTitle,
      ...details,
    },
  });
}

export const orderedByRef = (dispatch: DispatchRow): Dispatch['orderedBy'] => ({
  userId: dispatch.orderedBy,
  displayName: dispatch.orderedByName,
  positionId: dispatch.orderedByPositionId,
  positionTitle: null,
  actingFor: dispatch.actingForUserId ? { userId: dispatch.actingForUserId, displayName: null } : null,
});

/** The registry (dispatch:send) sees every dispatch; others those of the cases they see. */
async function ensureDispatchVisible({
  tx,
  ctx,
  dispatch,
}: {
  tx: Database;
  ctx: Context;
  dispatch: DispatchRow;
}) {
  if (ctx.actor.permissions.has('dispatch:send')) return;
  const visible = dispatch.caseId
    ? await isCaseVisible({ tx, actor: ctx.actor, caseId: dispatch.caseId })
    : false;
  if (!visible) throw createDispatchNotFoundError();
}

/** A dispatch with its items and evidence, in the caller's transaction. */
export async function loadDispatch({
  tx,
  ctx,
  id,
}: {
  tx: Database;
  ctx: Context;
  id: string;
}): Promise<Dispatch> {
  const repository = createDispatchRepository({ db: tx });
  const dispatch = await repository.findDispatch({ tenantId: ctx.actor.tenantId, id });
  if (!dispatch) throw createDispatchNotFoundError();
  await ensureDispatchVisible({ tx, ctx, dispatch });
  const items = await repository.listItems({ dispatchIds: [id] });
  const evidence = await repository.listEvidence({ itemIds: items.map((i) => i.id) });
  return toDispatchDto({ dispatch, items, evidence, orderedBy: orderedByRef(dispatch) });
}

export async function getDispatch({ deps, ctx, id }: Scope & { id: string }): Promise<Dispatch> {
  return inTenant({ deps, ctx }, (tx) => loadDispatch({ tx, ctx, id }));
}

/** Narrows the register to what the actor may see: all for the registry, else their cases. */
async function visibleFilter({
  tx,
  ctx,
  query,
}: {
  tx: Database;
  ctx: Context;
  query: RegisterFilter;
}): Promise<RegisterFilter | null> {
  if (ctx.actor.permissions.has('dispatch:send')) return query;
  if (!query.caseId) throw createForbiddenError({ detail: 'The outgoing register is kept by the registry.' });
  return (await isCaseVisible({ tx, actor: ctx.actor, caseId: query.caseId })) ? query : null;
}

/** A page of the outgoing register (one row per addressee). */
export async function listRegister({
  deps,
  ctx,
  query,
}: Scope & { query: RegisterQuery }): Promise<{ items: RegisterRow[]; total: number }> {
  return inTenant({ deps, ctx }, async (tx) => {
    const filter = await visibleFilter({ tx, ctx, query });
    if (!filter) return { items: [], total: 0 };
    const { rows, total } = await createDispatchRepository({ db: tx }).register({
      tenantId: ctx.actor.tenantId,
      filter,
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows.map(toRegisterRow), total };
  });
}

/** One addressee of a dispatch, found by its own id (404 when the actor may not see the dispatch). */
export async function getDispatchItem({ deps, ctx, itemId }: Scope & { itemId: string }) {
  return inTenant({ deps, ctx }, async (tx) => {
    const item = await createDispatchRepository({ db: tx }).findItem({
      tenantId: ctx.actor.tenantId,
      id: itemId,
    });
    if (!item) throw createDispatchNotFoundError();
    const dispatch = await loadDispatch({ tx, ctx, id: item.dispatchId });
    return { dispatch, item: dispatch.items.find((i) => i.id === itemId) ?? dispatch.items[0]! };
  });
}
