import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database.types.js';
import { auditEventsTable } from '../audit/audit.table.js';
import { positionsTable, usersTable } from '../organization/organization.table.js';

/** An item's events in the metryka (read-only join for display, ADR 0003), in chain order. */
export function createIncomingHistoryRepository({ db }: { db: Database }) {
  return {
    async listItemEvents({
      tenantId,
      itemId,
      actions,
    }: {
      tenantId: string;
      itemId: string;
      actions: readonly string[];
    }) {
      const e = auditEventsTable;
      const actor = alias(usersTable, 'actor');
      const actingFor = alias(usersTable, 'acting_for');
      return db
        .select({
          seq: e.seq,
          occurredAt: e.occurredAt,
          action: e.action,
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
            eq(e.subjectType, 'incoming_item'),
            eq(e.subjectId, itemId),
            inArray(e.action, [...actions]),
          ),
        )
        .orderBy(asc(e.seq));
    },
  };
}

export type IncomingHistoryRow = Awaited<
  ReturnType<ReturnType<typeof createIncomingHistoryRepository>['listItemEvents']>
>[number];
