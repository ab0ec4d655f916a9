import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { sqlValues } from '../../db/sql-values.js';
import type { Actor } from '../auth/auth.types.js';
import { resolveGrantReach } from '../organization/unit-scope.usecases.js';
import { createIncomingItemNotFoundError } from './correspondence.errors.js';
import { incomingItemsTable } from './incoming.table.js';

/**
 * Which incoming items the actor may read, from the scope of their `correspondence:read` grant:
 * `office` — all of the office; `unit` — items distributed (now or before) to their unit or a unit
 * below it, as leading unit or for information; every scope — items they registered or that were
 * decreed to them (or to the colleague they stand in for, or to their position).
 */
export type IncomingVisibility =
  { all: true } | { all: false; userIds: string[]; positionId: string | null; unitIds: string[] };

async function resolveIncomingVisibility({
  tx,
  actor,
}: {
  tx: Database;
  actor: Actor;
}): Promise<IncomingVisibility> {
  const reach = await resolveGrantReach({ tx, actor, permission: 'correspondence:read' });
  if (reach.office) return { all: true };
  const userIds = [actor.userId, actor.actingForUserId].filter((id): id is string => id !== null);
  return { all: false, userIds, positionId: actor.positionId, unitIds: reach.unitIds };
}

/** The condition on `incoming_items` for `visibility`; undefined when everything is visible. */
function visibilityCondition(visibility: IncomingVisibility): SQL | undefined {
  if (visibility.all) return undefined;
  const t = incomingItemsTable;
  const { userIds, positionId, unitIds } = visibility;
  const parts: SQL[] = [];
  if (userIds.length > 0) parts.push(inArray(t.registeredBy, userIds));
  if (unitIds.length > 0) {
    // Tables of the distribution module, named here so the list stays one query.
    parts.push(sql`exists (select 1 from incoming_distributions d where d.item_id = ${t.id}
      and (d.unit_id in (${sqlValues(unitIds)}) or d.info_unit_ids && array[${sqlValues(unitIds)}]::uuid[]))`);
  }
  const decreedTo = [
    ...userIds.map((id) => sql`k.assignee_user_id = ${id}`),
    ...(positionId ? [sql`k.assignee_position_id = ${positionId}`] : []),
  ];
  if (decreedTo.length > 0) {
    parts.push(
      sql`exists (select 1 from decrees k where k.item_id = ${t.id} and (${sql.join(decreedTo, sql` or `)}))`,
    );
  }
  return parts.length > 0 ? or(...parts) : sql`false`;
}

/** The condition on `incoming_items` for what the actor may read; undefined when they see all. */
export async function incomingVisibleTo({ tx, actor }: { tx: Database; actor: Actor }) {
  return visibilityCondition(await resolveIncomingVisibility({ tx, actor }));
}

/** Throws "not found" (not "forbidden": the item's existence is not revealed) when out of sight. */
export async function ensureIncomingVisible({
  tx,
  actor,
  id,
}: {
  tx: Database;
  actor: Actor;
  id: string;
}): Promise<void> {
  const condition = await incomingVisibleTo({ tx, actor });
  if (!condition) return;
  const t = incomingItemsTable;
  const [row] = await tx
    .select({ id: t.id })
    .from(t)
    .where(sql`${t.tenantId} = ${actor.tenantId} and ${t.id} = ${id} and ${condition}`);
  if (!row) throw createIncomingItemNotFoundError();
}
