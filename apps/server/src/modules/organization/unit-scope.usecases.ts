import type { Permission } from '@obieg/contracts/permissions';
import type { Database } from '../../db/database.types.js';
import type { Actor } from '../auth/auth.types.js';
import { isValidOn } from './organization.models.js';
import { createOrganizationRepository } from './organization.repository.js';
import { createPeopleRepository } from './people.repository.js';
import type { OrgUnitRow } from './organization.types.js';

/**
 * Where a grant reaches: `office` (every unit), or the units of `unitIds` — for scope `unit` the
 * unit of the active position and all its sub-units; for `own` (or no grant) none.
 */
export type GrantReach = { office: boolean; unitIds: string[] };

/** A unit and every unit below it (any depth), by id. */
export function subtreeIds(units: Pick<OrgUnitRow, 'id' | 'parentId'>[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  const result: string[] = [];
  const queue = [rootId];
  const seen = new Set<string>();
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return result;
}

/** The units the actor's active position may use `permission` in (see `GrantReach`). */
export async function resolveGrantReach({
  tx,
  actor,
  permission,
}: {
  tx: Database;
  actor: Actor;
  permission: Permission;
}): Promise<GrantReach> {
  const grant = actor.grants.find((g) => g.permission === permission);
  if (!grant || grant.scope === 'own') return { office: false, unitIds: [] };
  if (grant.scope === 'office') return { office: true, unitIds: [] };
  const unitId = await activePositionUnitId({ tx, actor });
  if (!unitId) return { office: false, unitIds: [] };
  const units = await createOrganizationRepository({ db: tx }).listUnits({ tenantId: actor.tenantId });
  return { office: false, unitIds: subtreeIds(units, unitId) };
}

/** Units of the office valid on `day` among `ids` (unknown or inactive ones are left out). */
export async function findActiveUnits({
  tx,
  tenantId,
  ids,
  day,
}: {
  tx: Database;
  tenantId: string;
  ids: string[];
  day: string;
}): Promise<OrgUnitRow[]> {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  const units = await createOrganizationRepository({ db: tx }).listUnits({ tenantId });
  return units.filter((u) => wanted.has(u.id) && isValidOn(u, day));
}

/** The ids of a unit and all its sub-units. */
export async function listUnitSubtreeIds({
  tx,
  tenantId,
  unitId,
}: {
  tx: Database;
  tenantId: string;
  unitId: string;
}): Promise<string[]> {
  const units = await createOrganizationRepository({ db: tx }).listUnits({ tenantId });
  return subtreeIds(units, unitId);
}

export type StaffPosition = {
  id: string;
  userId: string;
  userDisplayName: string;
  orgUnitId: string;
  title: string;
};

/**
 * The positions valid on `day` held by active users: one position by id, or all of a user's.
 * Used to check who an item may be decreed to.
 */
export async function listStaffPositionsOn({
  tx,
  tenantId,
  day,
  positionId,
  userId,
}: {
  tx: Database;
  tenantId: string;
  day: string;
  positionId?: string;
  userId?: string;
}): Promise<StaffPosition[]> {
  const people = createPeopleRepository({ db: tx });
  const rows = await people.listPositions({ tenantId, userId });
  const users = new Map<string, boolean>();
  const result: StaffPosition[] = [];
  for (const row of rows) {
    const p = row.position;
    if ((positionId && p.id !== positionId) || !isValidOn(p, day)) continue;
    if (!users.has(p.userId)) {
      const user = await people.findUserById({ tenantId, id: p.userId });
      users.set(p.userId, Boolean(user?.active && user.kind === 'person'));
    }
    if (!users.get(p.userId)) continue;
    result.push({
      id: p.id,
      userId: p.userId,
      userDisplayName: row.userDisplayName,
      orgUnitId: p.orgUnitId,
      title: p.title,
    });
  }
  return result;
}

/** The unit of the actor's active position (for a substitute: the absent colleague's position). */
export async function activePositionUnitId({
  tx,
  actor,
}: {
  tx: Database;
  actor: Actor;
}): Promise<string | null> {
  const holder = actor.actingForUserId ?? actor.userId;
  if (!actor.positionId || !holder) return null;
  const positions = await createPeopleRepository({ db: tx }).listPositions({
    tenantId: actor.tenantId,
    userId: holder,
  });
  return positions.find((p) => p.position.id === actor.positionId)?.position.orgUnitId ?? null;
}
