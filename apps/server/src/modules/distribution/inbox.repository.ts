import { and, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { InboxCounts, InboxState } from '@obieg/contracts/distribution';
import type { Database } from '../../db/database.types.js';
import { sqlValues } from '../../db/sql-values.js';
import { incomingItemsTable } from '../correspondence/incoming.table.js';
import { orgUnitsTable } from '../organization/organization.table.js';
import { decreeNameJoins } from './distribution.repository.js';
import { decreesTable, incomingDistributionsTable } from './distribution.table.js';

/** Whose inbox: a person's (`userId`: decrees to them) or units' (all of the office: `office`). */
export type InboxScope =
  { kind: 'me'; userId: string } | { kind: 'unit'; office: boolean; unitIds: string[] };

const dist = incomingDistributionsTable;
const d = decreesTable;
const item = incomingItemsTable;
const never = sql`false`;

const uuidArray = (ids: string[]) => sql`array[${sqlValues(ids)}]::uuid[]`;

/** The condition of each inbox state, and of the whole inbox (`all`), for a scope. */
function stateConditions(
  scope: InboxScope,
  today: string,
): Record<InboxState | 'all', SQL> & { leading: SQL } {
  const active = inArray(d.status, ['pending', 'accepted']);
  const overdue = and(active, lt(d.effectiveDeadline, today))!;
  if (scope.kind === 'me') {
    const mine = eq(d.assigneeUserId, scope.userId);
    const states = {
      new: and(mine, eq(d.status, 'pending'))!,
      decreed: never,
      accepted: and(mine, eq(d.status, 'accepted'))!,
      returned: and(
        eq(d.status, 'returned'),
        sql`coalesce(${d.actingForUserId}, ${d.decreedBy}) = ${scope.userId}`,
      )!,
      overdue: and(mine, overdue)!,
      info: never,
    };
    return { ...states, all: or(states.new, states.accepted, states.returned)!, leading: sql`true` };
  }
  const ids = scope.unitIds;
  const leading = scope.office ? sql`true` : ids.length > 0 ? inArray(dist.unitId, ids) : never;
  const info = scope.office
    ? sql`cardinality(${dist.infoUnitIds}) > 0`
    : ids.length > 0
      ? sql`${dist.infoUnitIds} && ${uuidArray(ids)}`
      : never;
  const states = {
    new: and(leading, isNull(d.id))!,
    decreed: and(leading, eq(d.status, 'pending'))!,
    accepted: and(leading, eq(d.status, 'accepted'))!,
    returned: and(leading, eq(d.status, 'returned'))!,
    overdue: and(leading, overdue)!,
    info: and(info, sql`not (${leading})`)!,
  };
  return { ...states, all: or(leading, info)!, leading };
}

/** Inbox lists and counts over current distributions of registered (not cancelled) items. */
export function createInboxRepository({ db }: { db: Database }) {
  const j = decreeNameJoins();
  const base = (tenantId: string) =>
    and(eq(dist.tenantId, tenantId), isNull(dist.supersededAt), eq(item.status, 'registered'))!;

  return {
    async listInbox({
      tenantId,
      scope,
      state,
      today,
      limit,
      offset,
    }: {
      tenantId: string;
      scope: InboxScope;
      state?: InboxState;
      today: string;
      limit: number;
      offset: number;
    }) {
      const conditions = stateConditions(scope, today);
      const since = sql<Date>`greatest(${dist.distributedAt}, ${d.decreedAt}, ${d.acceptedAt}, ${d.returnedAt})`;
      const rows = await db
        .select({
          itemId: item.id,
          rpwNumber: item.rpwNumber,
          documentId: item.documentId,
          title: item.title,
          senders: item.senders,
          receivedAt: item.receivedAt,
          unitId: dist.unitId,
          unitSymbol: orgUnitsTable.symbol,
          unitName: orgUnitsTable.name,
          leading: sql<boolean>`(${conditions.leading})`.mapWith(Boolean),
          since: sql<number>`(extract(epoch from ${since}) * 1000)::float8`.mapWith(Number),
          decree: d,
          decreeUnitSymbol: j.decreeUnit.symbol,
          decreeUnitName: j.decreeUnit.name,
          assigneeName: j.assignee.displayName,
          assigneePositionTitle: j.assigneePosition.title,
          authorName: j.author.displayName,
          authorPositionTitle: j.authorPosition.title,
          actingForName: j.actingFor.displayName,
        })
        .from(dist)
        .innerJoin(item, eq(item.id, dist.itemId))
        .innerJoin(orgUnitsTable, eq(orgUnitsTable.id, dist.unitId))
        .leftJoin(d, and(eq(d.id, dist.currentDecreeId), eq(d.itemId, dist.itemId)))
        .leftJoin(j.decreeUnit, eq(j.decreeUnit.id, d.unitId))
        .leftJoin(j.assignee, eq(j.assignee.id, d.assigneeUserId))
        .leftJoin(j.assigneePosition, eq(j.assigneePosition.id, d.assigneePositionId))
        .leftJoin(j.author, eq(j.author.id, d.decreedBy))
        .leftJoin(j.authorPosition, eq(j.authorPosition.id, d.decreedByPositionId))
        .leftJoin(j.actingFor, eq(j.actingFor.id, d.actingForUserId))
        .where(and(base(tenantId), state ? conditions[state] : conditions.all))
        .orderBy(desc(since), desc(item.id))
        .limit(limit)
        .offset(offset);
      return rows;
    },

    async countInbox({
      tenantId,
      scope,
      today,
    }: {
      tenantId: string;
      scope: InboxScope;
      today: string;
    }): Promise<InboxCounts> {
      const c = stateConditions(scope, today);
      const count = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
      const [row] = await db
        .select({
          new: count(c.new),
          decreed: count(c.decreed),
          accepted: count(c.accepted),
          returned: count(c.returned),
          overdue: count(c.overdue),
          info: count(c.info),
        })
        .from(dist)
        .innerJoin(item, eq(item.id, dist.itemId))
        .leftJoin(d, and(eq(d.id, dist.currentDecreeId), eq(d.itemId, dist.itemId)))
        .where(and(base(tenantId), c.all));
      return row ?? { new: 0, decreed: 0, accepted: 0, returned: 0, overdue: 0, info: 0 };
    },
  };
}

export type InboxRow = Awaited<ReturnType<ReturnType<typeof createInboxRepository>['listInbox']>>[number];
