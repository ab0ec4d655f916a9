import type { AuditEvent, AuditSubjectType, AuditVerifyResult } from '@obieg/contracts/audit';
import type { Database } from '../../db/database.types.js';
import { withTenant } from '../../db/tenant-scope.js';
import type { Clock } from '../../shared/clock/clock.js';
import type { IdGenerator } from '../../shared/ids/ids.js';
import type { CoreDeps } from '../../shared/deps.js';
import type { Context } from '../auth/auth.types.js';
import { computeEventHash, findChainBreak, GENESIS_HASH, toAuditEventDto } from './audit.models.js';
import { createAuditRepository, type AuditFilters } from './audit.repository.js';
import type { AuditEventInput, SubjectHistoryRow } from './audit.types.js';

/** An event with the moment it happened, waiting to be appended to the chain. */
export type PendingAuditEvent = { event: AuditEventInput; occurredAt: Date };

/**
 * Appends events to the office's metryka inside the caller's transaction, so the change and its
 * record commit or roll back together. However many events, two statements: reserve their
 * sequence numbers (locking the chain head until commit), then insert them and move the head's
 * hash in one data-modifying CTE.
 */
export async function recordAuditEvents({
  tx,
  ctx,
  events,
  ids,
}: {
  tx: Database;
  ctx: Context;
  events: readonly PendingAuditEvent[];
  ids: IdGenerator;
}): Promise<void> {
  if (events.length === 0) return;
  const repository = createAuditRepository({ db: tx });
  const tenantId = ctx.actor.tenantId;
  const head = await repository.advanceHead({ tenantId, count: events.length });
  let prevHash = head.prevHash;
  const rows = events.map(({ event, occurredAt }, index) => {
    const row = {
      id: ids.next(),
      tenantId,
      seq: head.firstSeq + index,
      occurredAt,
      action: event.action,
      subjectType: event.subjectType ?? null,
      subjectId: event.subjectId ?? null,
      documentId: event.documentId ?? null,
      actorUserId: ctx.actor.userId,
      actorPositionId: ctx.actor.positionId,
      actingForUserId: ctx.actor.actingForUserId,
      requestId: ctx.meta.requestId,
      clientAddress: ctx.meta.clientAddress,
      details: event.details ?? {},
      prevHash,
    };
    const hash = computeEventHash(row);
    prevHash = hash;
    return { ...row, hash };
  });
  await repository.appendEvents({ tenantId, events: rows, headHash: prevHash });
}

/** Appends one event to the office's metryka inside the caller's transaction. */
export async function recordAuditEvent({
  tx,
  ctx,
  event,
  clock,
  ids,
}: {
  tx: Database;
  ctx: Context;
  event: AuditEventInput;
  clock: Clock;
  ids: IdGenerator;
}): Promise<void> {
  await recordAuditEvents({ tx, ctx, events: [{ event, occurredAt: clock.now() }], ids });
}

export async function listAuditEvents({
  db,
  ctx,
  filters,
}: {
  db: Database;
  ctx: Context;
  filters: AuditFilters;
}): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  const tenantId = ctx.actor.tenantId;
  const rows = await withTenant({ db, tenantId }, (tx) =>
    createAuditRepository({ db: tx }).listEvents({ tenantId, filters }),
  );
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) =>
      toAuditEventDto({
        ...r.event,
        actorDisplayName: r.actorDisplayName,
        actingForDisplayName: r.actingForDisplayName,
      }),
    ),
    nextCursor: rows.length > filters.limit && last ? String(last.event.seq) : null,
  };
}

const VERIFY_BATCH = 2000;

/** Recomputes the office's whole hash chain and names the first broken link, if any. */
export async function verifyAuditChain({
  db,
  tenantId,
}: {
  db: Database;
  tenantId: string;
}): Promise<AuditVerifyResult> {
  // One snapshot for the events and the head: an event appended meanwhile (e.g. a concurrent
  // verification recording itself) must not look like a gap after the last event read.
  return withTenant({ db, tenantId, isolationLevel: 'repeatable read' }, async (tx) => {
    const repository = createAuditRepository({ db: tx });
    let expected = { seq: 1, prevHash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const events = await repository.listChainSlice({
        tenantId,
        fromSeq: expected.seq,
        limit: VERIFY_BATCH,
      });
      const { broken, next } = findChainBreak({ events, expected });
      checked += next.seq - expected.seq;
      if (broken) return { ok: false, checked, firstBroken: broken };
      expected = next;
      if (events.length < VERIFY_BATCH) break;
    }
    const head = await repository.findHead({ tenantId });
    const lastSeq = expected.seq - 1;
    const headMatches = head
      ? head.lastSeq === lastSeq && head.lastHash === expected.prevHash
      : lastSeq === 0;
    if (!headMatches) {
      // Events after a gap, or a head pointing past the last event: the chain was cut.
      const orphaned = await repository.countAfter({ tenantId, seq: lastSeq });
      return {
        ok: false,
        checked,
        firstBroken: { seq: expected.seq, id: null, reason: orphaned > 0 ? 'sequence_gap' : 'head_mismatch' },
      };
    }
    return { ok: true, checked, firstBroken: null };
  });
}

export type AuditFn = (event: AuditEventInput) => Promise<void>;

/**
 * Runs a change in the actor's office (RLS-scoped transaction) and hands it an `audit` function
 * that records events for the metryka of the same transaction. The events are appended when the
 * work has finished, just before commit: the office's chain head (which serialises appends) is
 * then locked only for the last statements of the transaction, not for all of its work.
 */
export async function withAuditedTenant<T>(
  { deps, ctx }: { deps: CoreDeps; ctx: Context },
  work: (tx: Database, audit: AuditFn) => Promise<T>,
): Promise<T> {
  return withTenant({ db: deps.db, tenantId: ctx.actor.tenantId }, async (tx) => {
    const pending: PendingAuditEvent[] = [];
    const result = await work(tx, (event) => {
      pending.push({ event, occurredAt: deps.clock.now() });
      return Promise.resolve();
    });
    await recordAuditEvents({ tx, ctx, events: pending, ids: deps.ids });
    return result;
  });
}

/** Reads in the actor's office (RLS-scoped transaction). */
export function inTenant<T>(
  { deps, ctx }: { deps: { db: Database }; ctx: Context },
  work: (tx: Database) => Promise<T>,
) {
  return withTenant({ db: deps.db, tenantId: ctx.actor.tenantId }, work);
}

/** An administrator's check of the chain; the check itself is recorded (who checked, with what result). */
export async function verifyAuditChainForActor({
  deps,
  ctx,
}: {
  deps: CoreDeps;
  ctx: Context;
}): Promise<AuditVerifyResult> {
  const result = await verifyAuditChain({ db: deps.db, tenantId: ctx.actor.tenantId });
  await withAuditedTenant({ deps, ctx }, (_tx, audit) =>
    audit({
      action: 'audit.chain_verified',
      subjectType: 'tenant',
      subjectId: ctx.actor.tenantId,
      details: { ...result },
    }),
  );
  return result;
}

/** A subject's history (chosen actions, chain order, with names), inside the caller's transaction. */
export function listSubjectHistory({
  tx,
  ...filter
}: {
  tx: Database;
  tenantId: string;
  subjectType: AuditSubjectType;
  subjectId: string;
  actions: readonly string[];
}): Promise<SubjectHistoryRow[]> {
  return createAuditRepository({ db: tx }).listSubjectHistory(filter);
}
