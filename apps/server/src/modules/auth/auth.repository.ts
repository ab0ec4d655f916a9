import { and, desc, eq, gt, isNull, ne, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { precompiledSelect, type PlaceholderOf } from '../../db/precompiled.js';
import type { Database } from '../../db/database.types.js';
import { usersTable } from '../organization/organization.table.js';
import type { AccessRow } from '../organization/organization.types.js';
import { tenantsTable } from '../tenants/tenants.table.js';
import { apiTokensTable, loginThrottleTable, sessionsTable } from './auth.table.js';
import type { ThrottleState } from './auth.models.js';

export type SessionRow = typeof sessionsTable.$inferSelect;
export type ApiTokenRow = typeof apiTokensTable.$inferSelect;

/** The access expression of `findSessionContext`, given the session's office, user column and day. */
export type SessionAccessSql = (args: {
  tenantId: Placeholder;
  userId: SQL;
  day: Placeholder;
}) => SQL<AccessRow[]>;

const precompileSessionContext = (access: SessionAccessSql) =>
  precompiledSelect((db, p: PlaceholderOf<'tenantId' | 'tokenHash' | 'day'>) =>
    db
      .select({
        session: sessionsTable,
        user: {
          id: usersTable.id,
          login: usersTable.login,
          displayName: usersTable.displayName,
          mustChangePassword: usersTable.mustChangePassword,
          active: usersTable.active,
        },
        tenant: { id: tenantsTable.id, code: tenantsTable.code, name: tenantsTable.name },
        access: access({ tenantId: p('tenantId'), userId: sql`${sessionsTable.userId}`, day: p('day') }),
      })
      .from(sessionsTable)
      .innerJoin(
        usersTable,
        and(eq(usersTable.tenantId, sessionsTable.tenantId), eq(usersTable.id, sessionsTable.userId)),
      )
      .innerJoin(tenantsTable, eq(tenantsTable.id, sessionsTable.tenantId))
      .where(and(eq(sessionsTable.tenantId, p('tenantId')), eq(sessionsTable.tokenHash, p('tokenHash')))),
  );
let sessionContext: ReturnType<typeof precompileSessionContext> | undefined;

export function createAuthRepository({ db }: { db: Database }) {
  return {
    async insertSession({ session }: { session: typeof sessionsTable.$inferInsert }) {
      await db.insert(sessionsTable).values(session);
    },

    async findSessionByTokenHash({
      tenantId,
      tokenHash,
    }: {
      tenantId: string;
      tokenHash: string;
    }): Promise<SessionRow | null> {
      const [row] = await db
        .select()
        .from(sessionsTable)
        .where(and(eq(sessionsTable.tenantId, tenantId), eq(sessionsTable.tokenHash, tokenHash)));
      return row ?? null;
    },

    /**
     * A session with its user, office and access, in one statement: what every authenticated
     * request needs. `access` builds the access expression for the session's user column; the
     * statement is built once per process (`precompiledSelect`), so it must not depend on the call.
     */
    async findSessionContext({
      tenantId,
      tokenHash,
      day,
      access,
    }: {
      tenantId: string;
      tokenHash: string;
      day: string;
      access: SessionAccessSql;
    }) {
      sessionContext ??= precompileSessionContext(access);
      const [row] = await sessionContext(db, { tenantId, tokenHash, day });
      return row ?? null;
    },

    async touchSession({ tenantId, id, at }: { tenantId: string; id: string; at: Date }) {
      await db
        .update(sessionsTable)
        .set({ lastSeenAt: at })
        .where(and(eq(sessionsTable.tenantId, tenantId), eq(sessionsTable.id, id)));
    },

    async setActivePosition({
      tenantId,
      id,
      positionId,
    }: {
      tenantId: string;
      id: string;
      positionId: string | null;
    }) {
      await db
        .update(sessionsTable)
        .set({ activePositionId: positionId })
        .where(and(eq(sessionsTable.tenantId, tenantId), eq(sessionsTable.id, id)));
    },

    async revokeSession({ tenantId, id, at }: { tenantId: string; id: string; at: Date }) {
      const [row] = await db
        .update(sessionsTable)
        .set({ revokedAt: at })
        .where(
          and(
            eq(sessionsTable.tenantId, tenantId),
            eq(sessionsTable.id, id),
            isNull(sessionsTable.revokedAt),
          ),
        )
        .returning({ id: sessionsTable.id, userId: sessionsTable.userId });
      return row ?? null;
    },

    async revokeUserSessions({
      tenantId,
      userId,
      exceptId,
      at,
    }: {
      tenantId: string;
      userId: string;
      exceptId?: string;
      at: Date;
    }) {
      const conditions = [
        eq(sessionsTable.tenantId, tenantId),
        eq(sessionsTable.userId, userId),
        isNull(sessionsTable.revokedAt),
      ];
      if (exceptId) conditions.push(ne(sessionsTable.id, exceptId));
      await db
        .update(sessionsTable)
        .set({ revokedAt: at })
        .where(and(...conditions));
    },

    async listLiveSessions({ tenantId, now }: { tenantId: string; now: Date }) {
      return db
        .select({
          session: sessionsTable,
          userLogin: usersTable.login,
          userDisplayName: usersTable.displayName,
        })
        .from(sessionsTable)
        .innerJoin(usersTable, eq(usersTable.id, sessionsTable.userId))
        .where(
          and(
            eq(sessionsTable.tenantId, tenantId),
            isNull(sessionsTable.revokedAt),
            gt(sessionsTable.expiresAt, now),
          ),
        )
        .orderBy(desc(sessionsTable.lastSeenAt));
    },

    async insertApiToken({ token }: { token: typeof apiTokensTable.$inferInsert }): Promise<ApiTokenRow> {
      const [row] = await db.insert(apiTokensTable).values(token).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async findApiTokenByHash({ tenantId, tokenHash }: { tenantId: string; tokenHash: string }) {
      const [row] = await db
        .select({ token: apiTokensTable, user: usersTable })
        .from(apiTokensTable)
        .innerJoin(usersTable, eq(usersTable.id, apiTokensTable.userId))
        .where(and(eq(apiTokensTable.tenantId, tenantId), eq(apiTokensTable.tokenHash, tokenHash)));
      return row ?? null;
    },

    async touchApiToken({ tenantId, id, at }: { tenantId: string; id: string; at: Date }) {
      await db
        .update(apiTokensTable)
        .set({ lastUsedAt: at })
        .where(and(eq(apiTokensTable.tenantId, tenantId), eq(apiTokensTable.id, id)));
    },

    async listApiTokens({ tenantId }: { tenantId: string }) {
      return db
        .select({ token: apiTokensTable, login: usersTable.login })
        .from(apiTokensTable)
        .innerJoin(usersTable, eq(usersTable.id, apiTokensTable.userId))
        .where(eq(apiTokensTable.tenantId, tenantId))
        .orderBy(desc(apiTokensTable.createdAt));
    },

    async revokeApiToken({ tenantId, id, at }: { tenantId: string; id: string; at: Date }) {
      const [row] = await db
        .update(apiTokensTable)
        .set({ revokedAt: at })
        .where(
          and(
            eq(apiTokensTable.tenantId, tenantId),
            eq(apiTokensTable.id, id),
            isNull(apiTokensTable.revokedAt),
          ),
        )
        .returning({ id: apiTokensTable.id });
      return row ?? null;
    },

    // Login throttling: system transactions only (see loginThrottleTable).
    async findThrottle({ key }: { key: string }): Promise<ThrottleState | null> {
      const [row] = await db
        .select()
        .from(loginThrottleTable)
        .where(eq(loginThrottleTable.key, key))
        .for('update');
      return row ?? null;
    },

    /** Creates an empty counter, so that `findThrottle` has a row to lock even on a first attempt. */
    async ensureThrottle({ key, at }: { key: string; at: Date }) {
      await db
        .insert(loginThrottleTable)
        .values({ key, failures: 0, firstFailureAt: at, lastFailureAt: at, lockedUntil: null })
        .onConflictDoNothing({ target: loginThrottleTable.key });
    },

    async saveThrottle({ key, state, at }: { key: string; state: ThrottleState; at: Date }) {
      await db
        .insert(loginThrottleTable)
        .values({ key, ...state, lastFailureAt: at })
        .onConflictDoUpdate({ target: loginThrottleTable.key, set: { ...state, lastFailureAt: at } });
    },

    async clearThrottle({ key }: { key: string }) {
      await db.delete(loginThrottleTable).where(eq(loginThrottleTable.key, key));
    },
  };
}
