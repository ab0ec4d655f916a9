import type { Permission } from '@obieg/contracts/permissions';
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import type { Actor, Context } from '../auth/auth.types.js';
import { activePositionUnitId, resolveGrantReach } from '../organization/unit-scope.usecases.js';
import {
  createCaseClosedError,
  createCaseNotFoundError,
  createOutsideCaseScopeError,
} from './cases.errors.js';
import { createCasesRepository, type CaseRow, type CaseWithRefs } from './cases.repository.js';
import { casesTable } from './cases.table.js';

/**
 * Who sees and handles which cases (issue: "the officer sees own cases, the head the unit's, a
 * permission grants the whole office"): from the scope of `cases:read` (seeing) and `cases:handle`
 * (changing) — `office`: every case; `unit`: cases led by the position's unit or a unit below it;
 * every scope: the cases the person handles (also as a substitute for the absent handler).
 */
type Reach = { all: true } | { all: false; userIds: string[]; unitIds: string[] };

const userIdsOf = (actor: Actor) =>
  [actor.userId, actor.actingForUserId].filter((id): id is string => id !== null);

async function reachOf({ tx, actor, permission }: { tx: Database; actor: Actor; permission: Permission }) {
  if (!actor.grants.some((g) => g.permission === permission)) return null;
  const reach = await resolveGrantReach({ tx, actor, permission });
  if (reach.office) return { all: true } as const;
  return { all: false, userIds: userIdsOf(actor), unitIds: reach.unitIds } as const;
}

const covers = (reach: Reach | null, row: Pick<CaseRow, 'unitId' | 'handlerUserId'>) =>
  reach !== null &&
  (reach.all || reach.userIds.includes(row.handlerUserId) || reach.unitIds.includes(row.unitId));

/** The condition on `cases` for what the actor may see; undefined when they see every case. */
export async function casesVisibleTo({
  tx,
  actor,
}: {
  tx: Database;
  actor: Actor;
}): Promise<SQL | undefined> {
  const reach = await reachOf({ tx, actor, permission: 'cases:read' });
  if (!reach) return sql`false`;
  if (reach.all) return undefined;
  const parts: SQL[] = [];
  if (reach.userIds.length > 0) parts.push(inArray(casesTable.handlerUserId, reach.userIds));
  if (reach.unitIds.length > 0) parts.push(inArray(casesTable.unitId, reach.unitIds));
  return parts.length > 0 ? or(...parts) : sql`false`;
}

/** Throws "not found" (the case's existence is not revealed) when the actor may not see it. */
export async function ensureCaseVisible({
  tx,
  actor,
  row,
}: {
  tx: Database;
  actor: Actor;
  row: Pick<CaseRow, 'unitId' | 'handlerUserId'>;
}): Promise<void> {
  if (!covers(await reachOf({ tx, actor, permission: 'cases:read' }), row)) throw createCaseNotFoundError();
}

/** Throws unless the actor may change the case: 404 when they cannot even see it, else 403. */
export async function ensureCaseHandleable({
  tx,
  actor,
  row,
}: {
  tx: Database;
  actor: Actor;
  row: Pick<CaseRow, 'unitId' | 'handlerUserId'>;
}): Promise<void> {
  if (covers(await reachOf({ tx, actor, permission: 'cases:handle' }), row)) return;
  await ensureCaseVisible({ tx, actor, row });
  throw createOutsideCaseScopeError();
}

/**
 * Whether the actor may open a case led by `unitId`: with `cases:handle` in scope `office` any
 * unit, `unit` their unit or one below it, `own` the unit of their active position.
 */
export async function mayOpenCaseIn({ tx, actor, unitId }: { tx: Database; actor: Actor; unitId: string }) {
  const reach = await reachOf({ tx, actor, permission: 'cases:handle' });
  if (!reach) return false;
  if (reach.all || reach.unitIds.includes(unitId)) return true;
  return (await activePositionUnitId({ tx, actor })) === unitId;
}

/**
 * Locks a case the actor may change and that is not closed (closed cases change only through
 * reopening, 409); answers it with its repository.
 */
export async function lockOpenCase({
  tx,
  ctx,
  id,
  allowClosed = false,
}: {
  tx: Database;
  ctx: Context;
  id: string;
  allowClosed?: boolean;
}): Promise<{ found: CaseWithRefs; repository: ReturnType<typeof createCasesRepository> }> {
  const repository = createCasesRepository({ db: tx });
  const found = await repository.findCase({ tenantId: ctx.actor.tenantId, id, lock: true });
  if (!found) throw createCaseNotFoundError();
  await ensureCaseHandleable({ tx, actor: ctx.actor, row: found.row });
  if (found.row.status === 'closed' && !allowClosed) throw createCaseClosedError();
  return { found, repository };
}
