import {
  and,
  asc,
  eq,
  gte,
  ilike,
  inArray,
  isNull,
  lte,
  or,
  sql,
  type Placeholder,
  type SQL,
} from 'drizzle-orm';
import type { Grant } from '@obieg/contracts/permissions';
import type { Database } from '../../db/database.types.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { isEmptyPatch } from '../../db/patch.js';
import {
  createLoginTakenError,
  createPositionNotFoundError,
  createRoleCodeTakenError,
  createUserNotFoundError,
} from './organization.errors.js';
import {
  orgUnitsTable,
  positionRolesTable,
  positionsTable,
  roleGrantsTable,
  rolesTable,
  substitutionsTable,
  usersTable,
} from './organization.table.js';
import type { AccessRow, PositionRow, RoleRow, UserRow } from './organization.types.js';

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');

/**
 * One SQL expression (a scalar subquery, JSON) for the positions `userId` may act in on `day`:
 * their own and those of the colleagues they substitute (active substitution), each valid that
 * day, with the grants of its roles (not yet merged). Own positions come first, then by unit
 * symbol and holder. `userId` may be a value or a column of an outer query (the session's user),
 * so session and access resolve in one statement (see docs/adr/0005-request-authorization-path.md).
 */
export function activeAccessSql({
  tenantId,
  userId,
  day,
}: {
  tenantId: string | Placeholder;
  userId: string | SQL;
  day: string | Placeholder;
}): SQL<AccessRow[]> {
  const p = positionsTable;
  return sql<AccessRow[]>`coalesce((
    select json_agg(json_build_object(
        'id', p.id, 'title', p.title, 'orgUnitId', p.org_unit_id,
        'orgUnitSymbol', ou.symbol, 'orgUnitName', ou.name,
        'userId', p.user_id, 'userDisplayName', pu.display_name,
        'grants', coalesce((
          select json_agg(json_build_object('permission', g.permission, 'scope', g.scope))
          from ${positionRolesTable} pr
          join ${roleGrantsTable} g on g.tenant_id = pr.tenant_id and g.role_id = pr.role_id
          where pr.tenant_id = ${tenantId} and pr.position_id = p.id), '[]'::json))
      order by (p.user_id <> ${userId}), ou.symbol, pu.display_name, p.id)
    from ${p} p
    join ${usersTable} pu on pu.tenant_id = p.tenant_id and pu.id = p.user_id
    join ${orgUnitsTable} ou on ou.tenant_id = p.tenant_id and ou.id = p.org_unit_id
    where p.tenant_id = ${tenantId}
      and p.valid_from <= ${day}::date and (p.valid_to is null or p.valid_to >= ${day}::date)
      and (p.user_id = ${userId} or p.user_id in (
        select s.absent_user_id from ${substitutionsTable} s
        where s.tenant_id = ${tenantId} and s.substitute_user_id = ${userId} and s.revoked_at is null
          and s.valid_from <= ${day}::date and s.valid_to >= ${day}::date))
  ), '[]'::json)`.mapWith(
    (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as AccessRow[],
  );
}

/** Users, roles, positions and substitutions of one office. */
export function createPeopleRepository({ db }: { db: Database }) {
  return {
    async listUsers({
      tenantId,
      q,
      limit,
      afterLogin,
    }: {
      tenantId: string;
      q?: string;
      limit: number;
      afterLogin?: string;
    }) {
      const conditions = [eq(usersTable.tenantId, tenantId)];
      if (q) {
        const pattern = `%${escapeLike(q)}%`;
        const match = or(ilike(usersTable.login, pattern), ilike(usersTable.displayName, pattern));
        if (match) conditions.push(match);
      }
      if (afterLogin) conditions.push(sql`${usersTable.login} > ${afterLogin}`);
      return db
        .select()
        .from(usersTable)
        .where(and(...conditions))
        .orderBy(asc(usersTable.login))
        .limit(limit + 1);
    },

    async findUserById({ tenantId, id }: { tenantId: string; id: string }): Promise<UserRow | null> {
      const [row] = await db
        .select()
        .from(usersTable)
        .where(and(eq(usersTable.tenantId, tenantId), eq(usersTable.id, id)));
      return row ?? null;
    },

    /** The positions and (unmerged) grants `userId` may act in on `day`, in one statement. */
    async listAccess({ tenantId, userId, day }: { tenantId: string; userId: string; day: string }) {
      const [row] = await db
        .select({ access: activeAccessSql({ tenantId, userId, day }) })
        .from(usersTable)
        .where(and(eq(usersTable.tenantId, tenantId), eq(usersTable.id, userId)));
      return row?.access ?? [];
    },

    async findUserByLogin({ tenantId, login }: { tenantId: string; login: string }): Promise<UserRow | null> {
      const [row] = await db
        .select()
        .from(usersTable)
        .where(and(eq(usersTable.tenantId, tenantId), eq(usersTable.login, login.toLowerCase())));
      return row ?? null;
    },

    async insertUser({ user }: { user: typeof usersTable.$inferInsert }): Promise<UserRow> {
      try {
        const [row] = await db.insert(usersTable).values(user).returning();
        if (!row) throw new Error('insert returned no row');
        return row;
      } catch (error) {
        if (isUniqueViolation(error))
          throw createLoginTakenError({ detail: `Login ${user.login} is taken.` });
        throw error;
      }
    },

    async updateUser({ tenantId, id, patch }: { tenantId: string; id: string; patch: Partial<UserRow> }) {
      const where = and(eq(usersTable.tenantId, tenantId), eq(usersTable.id, id));
      const [row] = isEmptyPatch(patch)
        ? await db.select().from(usersTable).where(where)
        : await db.update(usersTable).set(patch).where(where).returning();
      if (!row) throw createUserNotFoundError();
      return row;
    },

    async listRoles({ tenantId }: { tenantId: string }) {
      return db
        .select()
        .from(rolesTable)
        .where(eq(rolesTable.tenantId, tenantId))
        .orderBy(asc(rolesTable.code));
    },

    async findRoleById({ tenantId, id }: { tenantId: string; id: string }): Promise<RoleRow | null> {
      const [row] = await db
        .select()
        .from(rolesTable)
        .where(and(eq(rolesTable.tenantId, tenantId), eq(rolesTable.id, id)));
      return row ?? null;
    },

    async listGrants({ tenantId, roleIds }: { tenantId: string; roleIds: string[] }) {
      if (roleIds.length === 0) return [];
      return db
        .select()
        .from(roleGrantsTable)
        .where(and(eq(roleGrantsTable.tenantId, tenantId), inArray(roleGrantsTable.roleId, roleIds)));
    },

    async insertRole({ role }: { role: typeof rolesTable.$inferInsert }): Promise<RoleRow> {
      try {
        const [row] = await db.insert(rolesTable).values(role).returning();
        if (!row) throw new Error('insert returned no row');
        return row;
      } catch (error) {
        if (isUniqueViolation(error)) throw createRoleCodeTakenError();
        throw error;
      }
    },

    async updateRoleName({ tenantId, id, name }: { tenantId: string; id: string; name: string }) {
      await db
        .update(rolesTable)
        .set({ name })
        .where(and(eq(rolesTable.tenantId, tenantId), eq(rolesTable.id, id)));
    },

    async replaceGrants({ tenantId, roleId, grants }: { tenantId: string; roleId: string; grants: Grant[] }) {
      await db
        .delete(roleGrantsTable)
        .where(and(eq(roleGrantsTable.tenantId, tenantId), eq(roleGrantsTable.roleId, roleId)));
      if (grants.length > 0) {
        await db
          .insert(roleGrantsTable)
          .values(grants.map((g) => ({ tenantId, roleId, permission: g.permission, scope: g.scope })));
      }
    },

    async listPositions({
      tenantId,
      userId,
      orgUnitId,
    }: {
      tenantId: string;
      userId?: string;
      orgUnitId?: string;
    }) {
      const conditions = [eq(positionsTable.tenantId, tenantId)];
      if (userId) conditions.push(eq(positionsTable.userId, userId));
      if (orgUnitId) conditions.push(eq(positionsTable.orgUnitId, orgUnitId));
      return db
        .select({
          position: positionsTable,
          userDisplayName: usersTable.displayName,
          orgUnitSymbol: orgUnitsTable.symbol,
          orgUnitName: orgUnitsTable.name,
        })
        .from(positionsTable)
        .innerJoin(usersTable, eq(usersTable.id, positionsTable.userId))
        .innerJoin(orgUnitsTable, eq(orgUnitsTable.id, positionsTable.orgUnitId))
        .where(and(...conditions))
        .orderBy(asc(orgUnitsTable.symbol), asc(usersTable.displayName));
    },

    async listPositionRoles({ tenantId, positionIds }: { tenantId: string; positionIds: string[] }) {
      if (positionIds.length === 0) return [];
      return db
        .select()
        .from(positionRolesTable)
        .where(
          and(eq(positionRolesTable.tenantId, tenantId), inArray(positionRolesTable.positionId, positionIds)),
        );
    },

    async insertPosition({
      position,
    }: {
      position: typeof positionsTable.$inferInsert;
    }): Promise<PositionRow> {
      const [row] = await db.insert(positionsTable).values(position).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async updatePosition({
      tenantId,
      id,
      patch,
    }: {
      tenantId: string;
      id: string;
      patch: Partial<PositionRow>;
    }) {
      const where = and(eq(positionsTable.tenantId, tenantId), eq(positionsTable.id, id));
      const [row] = isEmptyPatch(patch)
        ? await db.select().from(positionsTable).where(where)
        : await db.update(positionsTable).set(patch).where(where).returning();
      if (!row) throw createPositionNotFoundError();
      return row;
    },

    async replacePositionRoles({
      tenantId,
      positionId,
      roleIds,
    }: {
      tenantId: string;
      positionId: string;
      roleIds: string[];
    }) {
      await db
        .delete(positionRolesTable)
        .where(and(eq(positionRolesTable.tenantId, tenantId), eq(positionRolesTable.positionId, positionId)));
      await db.insert(positionRolesTable).values(roleIds.map((roleId) => ({ tenantId, positionId, roleId })));
    },

    async listSubstitutions({ tenantId }: { tenantId: string }) {
      return db
        .select()
        .from(substitutionsTable)
        .where(eq(substitutionsTable.tenantId, tenantId))
        .orderBy(sql`${substitutionsTable.validFrom} desc`);
    },

    /** Substitutions in force on `day` where `substituteUserId` acts for someone. */
    async listActiveSubstitutionsFor({
      tenantId,
      substituteUserId,
      day,
    }: {
      tenantId: string;
      substituteUserId: string;
      day: string;
    }) {
      return db
        .select()
        .from(substitutionsTable)
        .where(
          and(
            eq(substitutionsTable.tenantId, tenantId),
            eq(substitutionsTable.substituteUserId, substituteUserId),
            isNull(substitutionsTable.revokedAt),
            lte(substitutionsTable.validFrom, day),
            gte(substitutionsTable.validTo, day),
          ),
        );
    },

    async insertSubstitution({ substitution }: { substitution: typeof substitutionsTable.$inferInsert }) {
      const [row] = await db.insert(substitutionsTable).values(substitution).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async revokeSubstitution({ tenantId, id, at }: { tenantId: string; id: string; at: Date }) {
      const [row] = await db
        .update(substitutionsTable)
        .set({ revokedAt: at })
        .where(
          and(
            eq(substitutionsTable.tenantId, tenantId),
            eq(substitutionsTable.id, id),
            isNull(substitutionsTable.revokedAt),
          ),
        )
        .returning();
      return row ?? null;
    },
  };
}
