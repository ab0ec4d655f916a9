import type { PositionSummary } from '@obieg/contracts/auth';
import type { Grant } from '@obieg/contracts/permissions';
import type { Database } from '../../db/database.types.js';
import type { Placeholder, SQL } from 'drizzle-orm';
import { mergeGrants } from './organization.models.js';
import { activeAccessSql, createPeopleRepository } from './people.repository.js';
import type { AccessRow, UserRow } from './organization.types.js';

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
 * substitute (zastępstwo), each with the grants of its roles. One statement.
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
  const rows = await createPeopleRepository({ db: tx }).listAccess({ tenantId, userId, day });
  return accessFromRows({ rows, userId });
}

/**
 * The SQL expression for the access of `userId` (a value or a column of the caller's query), for
 * resolving a session and its access in one statement; turn its value into `Access` with
 * `accessFromRows`.
 */
export function accessSql(args: {
  tenantId: string | Placeholder;
  userId: string | SQL;
  day: string | Placeholder;
}): SQL<AccessRow[]> {
  return activeAccessSql(args);
}

/** Shapes the rows of `accessSql` (grants merged per position). */
export function accessFromRows({ rows, userId }: { rows: AccessRow[]; userId: string }): Access {
  const grantsByPosition = new Map<string, Grant[]>();
  for (const row of rows) {
    grantsByPosition.set(
      row.id,
      mergeGrants(
        row.grants.map((g) => ({ permission: g.permission as Grant['permission'], scope: g.scope })),
      ),
    );
  }
  const positions = rows.map((row): PositionSummary => ({
    id: row.id,
    title: row.title,
    orgUnitId: row.orgUnitId,
    orgUnitSymbol: row.orgUnitSymbol,
    orgUnitName: row.orgUnitName,
    actingFor: row.userId === userId ? null : { userId: row.userId, displayName: row.userDisplayName },
  }));
  return { positions, grantsByPosition };
}
