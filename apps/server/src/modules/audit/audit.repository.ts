import { and, desc, eq, gt, gte, like, lt, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database.types.js';
import { usersTable } from '../organization/organization.table.js';
import { auditChainHeadsTable, auditEventsTable } from './audit.table.js';
import { GENESIS_HASH } from './audit.models.js';
import type { AuditEventRow } from './audit.types.js';

export type AuditFilters = {
  subjectType?: string;
  subjectId?: string;
  action?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  beforeSeq?: number;
  limit: number;
};

export function createAuditRepository({ db }: { db: Database }) {
  return {
    /**
     * Reserves the next `count` sequence numbers of the office's chain, locking its head until
     * commit; answers the first of them and the hash the first event links to.
     */
    async advanceHead({ tenantId, count = 1 }: { tenantId: string; count?: number }) {
      const [head] = await db
        .insert(auditChainHeadsTable)
        .values({ tenantId, lastSeq: count, lastHash: GENESIS_HASH })
        .onConflictDoUpdate({
          target: auditChainHeadsTable.tenantId,
          set: { lastSeq: sql`${auditChainHeadsTable.lastSeq} + ${count}` },
        })
        .returning({ lastSeq: auditChainHeadsTable.lastSeq, prevHash: auditChainHeadsTable.lastHash });
      if (!head) throw new Error('audit chain head upsert returned no row');
      return { firstSeq: head.lastSeq - count + 1, prevHash: head.prevHash };
    },

    async findHead({ tenantId }: { tenantId: string }) {
      const [head] = await db
        .select()
        .from(auditChainHeadsTable)
        .where(eq(auditChainHeadsTable.tenantId, tenantId));
      return head ?? null;
    },

    /**
     * Inserts the events and moves the head's hash to the last of them, in one statement (a
     * data-modifying CTE): one round trip while the head is locked.
     */
    async appendEvents({
      tenantId,
      events,
      headHash,
    }: {
      tenantId: string;
      events: AuditEventRow[];
      headHash: string;
    }) {
      const inserted = db
        .$with('inserted', { seq: auditEventsTable.seq })
        .as(db.insert(auditEventsTable).values(events).returning({ seq: auditEventsTable.seq }).getSQL());
      await db
        .with(inserted)
        .update(auditChainHeadsTable)
        .set({ lastHash: headHash })
        .where(eq(auditChainHeadsTable.tenantId, tenantId));
    },

    async listChainSlice({ tenantId, fromSeq, limit }: { tenantId: string; fromSeq: number; limit: number }) {
      return db
        .select()
        .from(auditEventsTable)
        .where(and(eq(auditEventsTable.tenantId, tenantId), gte(auditEventsTable.seq, fromSeq)))
        .orderBy(auditEventsTable.seq)
        .limit(limit);
    },

    async listEvents({ tenantId, filters }: { tenantId: string; filters: AuditFilters }) {
      const actor = alias(usersTable, 'actor');
      const actingFor = alias(usersTable, 'acting_for');
      const conditions = [eq(auditEventsTable.tenantId, tenantId)];
      if (filters.subjectType) conditions.push(eq(auditEventsTable.subjectType, filters.subjectType));
      if (filters.subjectId) conditions.push(eq(auditEventsTable.subjectId, filters.subjectId));
      if (filters.action) {
        conditions.push(
          filters.action.endsWith('.')
            ? like(auditEventsTable.action, `${filters.action.replace(/[%_\\]/g, '\\$&')}%`)
            : eq(auditEventsTable.action, filters.action),
        );
      }
      if (filters.actorId) conditions.push(eq(auditEventsTable.actorUserId, filters.actorId));
      if (filters.from) conditions.push(gte(auditEventsTable.occurredAt, filters.from));
      if (filters.to) conditions.push(lte(auditEventsTable.occurredAt, filters.to));
      if (filters.beforeSeq !== undefined) conditions.push(lt(auditEventsTable.seq, filters.beforeSeq));
      return db
        .select({
          event: auditEventsTable,
          actorDisplayName: actor.displayName,
          actingForDisplayName: actingFor.displayName,
        })
        .from(auditEventsTable)
        .leftJoin(actor, eq(actor.id, auditEventsTable.actorUserId))
        .leftJoin(actingFor, eq(actingFor.id, auditEventsTable.actingForUserId))
        .where(and(...conditions))
        .orderBy(desc(auditEventsTable.seq))
        .limit(filters.limit + 1);
    },

    async countAfter({ tenantId, seq }: { tenantId: string; seq: number }) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditEventsTable)
        .where(and(eq(auditEventsTable.tenantId, tenantId), gt(auditEventsTable.seq, seq)));
      return row?.n ?? 0;
    },
  };
}
