import { and, asc, desc, eq, getTableColumns, gt, gte, inArray, like, lt, lte, sql } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database.types.js';
import { NO_RESULT_MARKER } from '../../db/pg-coalescing-client.js';
import { positionsTable, usersTable } from '../organization/organization.table.js';
import { auditChainHeadsTable, auditEventsTable } from './audit.table.js';
import { GENESIS_HASH } from './audit.models.js';
import type { AuditEventRow, SubjectHistoryRow } from './audit.types.js';

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

/** The columns of `audit_events` (property, column): the append sends every one of them. */
const EVENT_COLUMNS = Object.entries(getTableColumns(auditEventsTable)) as [keyof AuditEventRow, PgColumn][];
/** Each column's name and SQL type, as `jsonb_to_recordset` reads them back. */
export const EVENT_RECORD_COLUMNS = EVENT_COLUMNS.map(
  ([, column]) => [column.name, column.getSQLType()] as const,
);
const EVENT_COLUMN_LIST = EVENT_RECORD_COLUMNS.map(([name]) => name).join(', ');
const EVENT_RECORD = EVENT_RECORD_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ');

export function createAuditRepository({ db }: { db: Database }) {
  return {
    /** A subject's events of these actions in chain order, with actor, position and "acting for" names. */
    async listSubjectHistory({
      tenantId,
      subjectType,
      subjectId,
      actions,
    }: {
      tenantId: string;
      subjectType: string;
      subjectId: string;
      actions: readonly string[];
    }): Promise<SubjectHistoryRow[]> {
      const e = auditEventsTable;
      const actor = alias(usersTable, 'actor');
      const actingFor = alias(usersTable, 'acting_for');
      return db
        .select({
          seq: e.seq,
          occurredAt: e.occurredAt,
          action: e.action,
          documentId: e.documentId,
          details: e.details,
          actorUserId: e.actorUserId,
          actorName: actor.displayName,
          actorPositionId: e.actorPositionId,
          actorPositionTitle: positionsTable.title,
          actingForUserId: e.actingForUserId,
          actingForName: actingFor.displayName,
        })
        .from(e)
        .leftJoin(actor, eq(actor.id, e.actorUserId))
        .leftJoin(actingFor, eq(actingFor.id, e.actingForUserId))
        .leftJoin(positionsTable, eq(positionsTable.id, e.actorPositionId))
        .where(
          and(
            eq(e.tenantId, tenantId),
            eq(e.subjectType, subjectType),
            eq(e.subjectId, subjectId),
            inArray(e.action, [...actions]),
          ),
        )
        .orderBy(asc(e.seq));
    },

    /**
     * Reserves the next `count` sequence numbers of the office's chain, locking its head until
     * commit; answers the first of them and the hash the first event links to.
     */
    async advanceHead({ tenantId, count = 1 }: { tenantId: string; count?: number }) {
      // Plain SQL with two parameters: this runs on every write, and a Drizzle builder costs more
      // CPU to render than the statement costs to run (ADR 0007).
      const result = await db.execute(sql`
        insert into ${auditChainHeadsTable} as h (tenant_id, last_seq, last_hash)
        values (${tenantId}, ${count}, ${GENESIS_HASH})
        on conflict (tenant_id) do update set last_seq = h.last_seq + ${count}
        returning h.last_seq, h.last_hash`);
      const [head] = (result as unknown as { rows: { last_seq: string | number; last_hash: string }[] }).rows;
      if (!head) throw new Error('audit chain head upsert returned no row');
      return { firstSeq: Number(head.last_seq) - count + 1, prevHash: head.last_hash };
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
      // The events travel as one JSON parameter (one statement text whatever their number);
      // dates become ISO strings through their toJSON.
      const rows = JSON.stringify(
        events.map((event) =>
          Object.fromEntries(EVENT_COLUMNS.map(([key, column]) => [column.name, event[key]])),
        ),
      );
      // Nothing is read back: on PostgreSQL it may travel with the COMMIT (NO_RESULT_MARKER).
      await db.execute(sql`${sql.raw(NO_RESULT_MARKER)}
        with inserted as (
          insert into ${auditEventsTable} (${sql.raw(EVENT_COLUMN_LIST)})
          select ${sql.raw(EVENT_COLUMN_LIST)} from jsonb_to_recordset(${rows}::jsonb) as e(${sql.raw(EVENT_RECORD)})
          returning seq
        )
        update ${auditChainHeadsTable} set last_hash = ${headHash} where tenant_id = ${tenantId}`);
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
