import type { Organ, OrgUnit, Role, User } from '@obieg/contracts/organization';
import type { Grant } from '@obieg/contracts/permissions';
import type { OrganRow, OrgUnitRow, RoleRow, UserRow } from './organization.types.js';

/** Dates are `YYYY-MM-DD` strings, so string comparison is chronological. */
export function isValidOn(
  { validFrom, validTo }: { validFrom: string; validTo: string | null },
  day: string,
): boolean {
  return validFrom <= day && (validTo === null || day <= validTo);
}

/** Calendar years a validity period touches (open-ended periods reach "forever"). */
export function yearsOverlap(
  a: { validFrom: string; validTo: string | null },
  b: { validFrom: string; validTo: string | null },
): boolean {
  const start = (p: { validFrom: string }) => Number(p.validFrom.slice(0, 4));
  const end = (p: { validTo: string | null }) =>
    p.validTo === null ? Infinity : Number(p.validTo.slice(0, 4));
  return start(a) <= end(b) && start(b) <= end(a);
}

/** True when making `parentId` the parent of `unitId` would put the unit under itself. */
export function wouldCreateCycle({
  unitId,
  parentId,
  parents,
}: {
  unitId: string;
  parentId: string;
  parents: Map<string, string | null>;
}): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = parentId; current; current = parents.get(current)) {
    if (current === unitId || seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}

export const toOrgUnitDto = (row: OrgUnitRow, today: string): OrgUnit => ({
  id: row.id,
  symbol: row.symbol,
  name: row.name,
  parentId: row.parentId,
  headPositionId: row.headPositionId,
  validFrom: row.validFrom,
  validTo: row.validTo,
  active: isValidOn(row, today),
  createdAt: row.createdAt.toISOString(),
});

export const toOrganDto = (row: OrganRow): Organ => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  active: row.active,
  createdAt: row.createdAt.toISOString(),
});

export const toUserDto = (row: UserRow): User => ({
  id: row.id,
  login: row.login,
  displayName: row.displayName,
  email: row.email,
  kind: row.kind,
  active: row.active,
  mustChangePassword: row.mustChangePassword,
  createdAt: row.createdAt.toISOString(),
});

export const toRoleDto = (row: RoleRow, grants: Grant[]): Role => ({
  id: row.id,
  code: row.code,
  name: row.name,
  system: row.system,
  grants: [...grants].sort((a, b) => a.permission.localeCompare(b.permission)),
});

/** One grant per permission; when several roles give it, the wider scope wins. */
export function mergeGrants(grants: Grant[]): Grant[] {
  const rank = { own: 0, unit: 1, office: 2 } as const;
  const merged = new Map<Grant['permission'], Grant>();
  for (const grant of grants) {
    const existing = merged.get(grant.permission);
    if (!existing || rank[grant.scope] > rank[existing.scope]) merged.set(grant.permission, grant);
  }
  return [...merged.values()].sort((a, b) => a.permission.localeCompare(b.permission));
}
