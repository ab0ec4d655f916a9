import type { Permission } from '@obieg/contracts/permissions';
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { sqlValues } from '../../db/sql-values.js';
import type { Actor, Context } from '../auth/auth.types.js';
import { activePositionUnitId, resolveGrantReach } from '../organization/unit-scope.usecases.js';
import {
  createCaseClosedError,
  createCaseNotFoundError,
  createOutsideCaseScopeError,
} from './cases.errors.js';
import { createCaseSharingRepository } from './case-sharing.repository.js';
import { createCasesRepository, type CaseRow, type CaseWithRefs } from './cases.repository.js';
import { casesTable } from './cases.table.js';

/**
 * Who sees and handles which cases (issue: "the officer sees own cases, the head the unit's, a
 * permission grants the whole office; shares add to that"): from the scope of `cases:read`
 * (seeing) and `cases:handle` (changing) — `office`: every case; `unit`: cases led by the
 * position's unit or a unit below it; every scope: the cases the person handles (also as a
 * substitute for the absent handler). A share to a person or to a unit (its people, and those who
 * read that unit's cases) adds the shared case — whole or chosen documents — to read, or to
 * contribute opinions.
 */
type Reach = { all: true } | { all: false; userIds: string[]; unitIds: string[] };
type CaseKey = Pick<CaseRow, 'id' | 'unitId' | 'handlerUserId'>;

/** What the actor may do with one case. */
export type CaseAccess = {
  /** `full`: the case and all its file; `partial`: the case and the shared documents only. */
  read: 'full' | 'partial' | 'none';
  /** The documents a partial share shows (case_documents ids); null for full access. */
  documentIds: string[] | null;
  /** May change the case (leading unit, within `cases:handle`). */
  handle: boolean;
  /** May add opinions (a `contribute` share, or handling it). */
  contribute: boolean;
};

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

/** Whom shares may name for the actor: the person, and the units they work in or read for. */
async function shareGranteesOf({ tx, actor, reach }: { tx: Database; actor: Actor; reach: Reach | null }) {
  const own = await activePositionUnitId({ tx, actor });
  const unitIds = [...new Set([...(own ? [own] : []), ...(reach && !reach.all ? reach.unitIds : [])])];
  return { userIds: userIdsOf(actor), unitIds };
}

/** Shares (alias `s`) naming one of the grantees; null when there is no one to name. */
function namesGrantee(grantees: { userIds: string[]; unitIds: string[] }): SQL | null {
  const to = [
    ...(grantees.userIds.length > 0 ? [sql`s.grantee_user_id in (${sqlValues(grantees.userIds)})`] : []),
    ...(grantees.unitIds.length > 0 ? [sql`s.grantee_unit_id in (${sqlValues(grantees.unitIds)})`] : []),
  ];
  return to.length > 0 ? sql`(${sql.join(to, sql` or `)})` : null;
}

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
  const grantees = await shareGranteesOf({ tx, actor, reach });
  const named = namesGrantee(grantees);
  if (named)
    parts.push(sql`exists (select 1 from case_shares s where s.case_id = ${casesTable.id}
      and s.revoked_at is null and ${named})`);
  return parts.length > 0 ? or(...parts) : sql`false`;
}

/** What the actor may do with the case: by grant scope, else by the shares naming them. */
export async function resolveCaseAccess({
  tx,
  actor,
  row,
}: {
  tx: Database;
  actor: Actor;
  row: CaseKey;
}): Promise<CaseAccess> {
  const read = await reachOf({ tx, actor, permission: 'cases:read' });
  const handle = covers(await reachOf({ tx, actor, permission: 'cases:handle' }), row);
  if (covers(read, row)) return { read: 'full', documentIds: null, handle, contribute: handle };
  if (!read) return { read: 'none', documentIds: null, handle: false, contribute: false };
  const shares = await createCaseSharingRepository({ db: tx }).listActiveSharesFor({
    caseId: row.id,
    ...(await shareGranteesOf({ tx, actor, reach: read })),
  });
  if (shares.length === 0) return { read: 'none', documentIds: null, handle: false, contribute: false };
  const whole = shares.some((s) => s.documentIds === null);
  return {
    read: whole ? 'full' : 'partial',
    documentIds: whole ? null : [...new Set(shares.flatMap((s) => s.documentIds ?? []))],
    handle: false,
    contribute: shares.some((s) => s.access === 'contribute'),
  };
}

/** Throws "not found" (the case's existence is not revealed) when the actor may not see it. */
export async function ensureCaseVisible({
  tx,
  actor,
  row,
}: {
  tx: Database;
  actor: Actor;
  row: CaseKey;
}): Promise<CaseAccess> {
  const access = await resolveCaseAccess({ tx, actor, row });
  if (access.read === 'none') throw createCaseNotFoundError();
  return access;
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
 * reopening, 409); `contribution` also admits a `contribute` share (adding an opinion). Throws
 * 404 when the actor cannot even see the case, else 403.
 */
export async function lockOpenCase({
  tx,
  ctx,
  id,
  allowClosed = false,
  contribution = false,
}: {
  tx: Database;
  ctx: Context;
  id: string;
  allowClosed?: boolean;
  contribution?: boolean;
}): Promise<{
  found: CaseWithRefs;
  repository: ReturnType<typeof createCasesRepository>;
  access: CaseAccess;
}> {
  const repository = createCasesRepository({ db: tx });
  const found = await repository.findCase({ tenantId: ctx.actor.tenantId, id, lock: true });
  if (!found) throw createCaseNotFoundError();
  const access = await ensureCaseVisible({ tx, actor: ctx.actor, row: found.row });
  if (!access.handle && !(contribution && access.contribute)) throw createOutsideCaseScopeError();
  if (found.row.status === 'closed' && !allowClosed) throw createCaseClosedError();
  return { found, repository, access };
}

/**
 * The condition on `case_documents` for what the actor may see: documents of cases they see in
 * full (by grant scope, or shared whole), and documents a share names. Undefined: every document.
 */
export async function caseDocumentsVisibleTo({
  tx,
  actor,
}: {
  tx: Database;
  actor: Actor;
}): Promise<SQL | undefined> {
  const reach = await reachOf({ tx, actor, permission: 'cases:read' });
  if (!reach) return sql`false`;
  if (reach.all) return undefined;
  const byReach = [
    ...(reach.userIds.length > 0 ? [sql`c.handler_user_id in (${sqlValues(reach.userIds)})`] : []),
    ...(reach.unitIds.length > 0 ? [sql`c.unit_id in (${sqlValues(reach.unitIds)})`] : []),
  ];
  const grantees = await shareGranteesOf({ tx, actor, reach });
  const named = namesGrantee(grantees);
  const parts: SQL[] = [];
  if (byReach.length > 0)
    parts.push(sql`exists (select 1 from cases c where c.id = case_documents.case_id
      and (${sql.join(byReach, sql` or `)}))`);
  if (named)
    parts.push(sql`exists (select 1 from case_shares s where s.case_id = case_documents.case_id
      and s.revoked_at is null and ${named}
      and (s.document_ids is null or case_documents.id = any(s.document_ids)))`);
  return parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}
