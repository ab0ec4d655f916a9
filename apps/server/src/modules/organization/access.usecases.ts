import type { PositionSummary } from '@obieg/contracts/auth';
import type { Grant } from '@obieg/contracts/permissions';
import type { Database } from '../../db/database.types.js';
import { isValidOn, mergeGrants } from './organization.models.js';
import { createPeopleRepository } from './people.repository.js';
import type { UserRow } from './organization.types.js';

export type Access = {
  positions: PositionSummary[];
  grantsByPosition: Map<string, Grant[]>;
};

/** Finds an account for login; runs inside the caller's tenant transaction. */
export async function findUserByLogin({
  tx,
  tenantId,
  login,
}: {
  tx: Database;
  tenantId: string;
  login: string;
}): Promise<UserRow | null> {
  return createPeopleRepository({ db: tx }).findUserByLogin({ tenantId, login });
}

export async function findUserById({
  tx,
  tenantId,
  id,
}: {
  tx: Database;
  tenantId: string;
  id: string;
}): Promise<UserRow | null> {
  return createPeopleRepository({ db: tx }).findUserById({ tenantId, id });
}

/**
 * Stores a new password hash. `temporary`: an administrator's reset, which the user must change at
 * the next login; otherwise the user chose it.
 */
export async function setUserPassword({
  tx,
  tenantId,
  id,
  passwordHash,
  at,
  temporary = false,
}: {
  tx: Database;
  tenantId: string;
  id: string;
  passwordHash: string;
  at: Date;
  temporary?: boolean;
}) {
  await createPeopleRepository({ db: tx }).updateUser({
    tenantId,
    id,
    patch: { passwordHash, mustChangePassword: temporary, passwordChangedAt: at },
  });
}

/** A service account for API tokens: no password, cannot log in interactively. */
export async function ensureServiceAccount({
  tx,
  tenantId,
  login,
  id,
  at,
}: {
  tx: Database;
  tenantId: string;
  login: string;
  id: string;
  at: Date;
}) {
  const repository = createPeopleRepository({ db: tx });
  const existing = await repository.findUserByLogin({ tenantId, login });
  if (existing) return existing;
  return repository.insertUser({
    user: { id, tenantId, login, displayName: `API: ${login}`, kind: 'service', createdAt: at },
  });
}

/**
 * The positions a user may act in on `day`: their own, plus the positions of colleagues they
 * substitute (zastępstwo), each with the grants of its roles.
 */
export async function loadAccess({
  tx,
  tenantId,
  userId,
  day,
}: {
  tx: Database;
  tenantId: string;
  userId: string;
  day: string;
}): Promise<Access> {
  const repository = createPeopleRepository({ db: tx });
  const substitutions = await repository.listActiveSubstitutionsFor({
    tenantId,
    substituteUserId: userId,
    day,
  });
  const absentIds = [...new Set(substitutions.map((s) => s.absentUserId))];
  const rows = (
    await Promise.all([userId, ...absentIds].map((id) => repository.listPositions({ tenantId, userId: id })))
  )
    .flat()
    .filter((r) => isValidOn(r.position, day));
  const positionRoles = await repository.listPositionRoles({
    tenantId,
    positionIds: rows.map((r) => r.position.id),
  });
  const grants = await repository.listGrants({
    tenantId,
    roleIds: [...new Set(positionRoles.map((pr) => pr.roleId))],
  });

  const grantsByPosition = new Map<string, Grant[]>();
  for (const row of rows) {
    const roleIds = new Set(
      positionRoles.filter((pr) => pr.positionId === row.position.id).map((pr) => pr.roleId),
    );
    grantsByPosition.set(
      row.position.id,
      mergeGrants(
        grants
          .filter((g) => roleIds.has(g.roleId))
          .map((g) => ({ permission: g.permission as Grant['permission'], scope: g.scope })),
      ),
    );
  }
  const positions = rows.map((row): PositionSummary => ({
    id: row.position.id,
    title: row.position.title,
    orgUnitId: row.position.orgUnitId,
    orgUnitSymbol: row.orgUnitSymbol,
    orgUnitName: row.orgUnitName,
    actingFor:
      row.position.userId === userId
        ? null
        : { userId: row.position.userId, displayName: row.userDisplayName },
  }));
  return { positions, grantsByPosition };
}
