import type { Me, Session } from '@obieg/contracts/auth';
import { getTenantSummary } from '../tenants/tenants.usecases.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import { hashPassword, verifyPassword } from '../../shared/crypto/passwords.js';
import { withAuditedTenant, inTenant } from '../audit/audit.usecases.js';
import { findUserById, loadAccess, setUserPassword } from '../organization/access.usecases.js';
import { createUserNotFoundError } from '../organization/organization.errors.js';
import { createPositionNotAvailableError, createWrongCurrentPasswordError } from './auth.errors.js';
import { createAuthRepository } from './auth.repository.js';
import type { Context } from './auth.types.js';
import type { AuthDeps } from './auth.usecases.js';
import { createSessionExpiredError, createSessionNotFoundError } from './auth.errors.js';

/** Changes the active position of the session (own position or a substituted colleague's). */
export async function switchPosition({
  deps,
  ctx,
  positionId,
}: {
  deps: AuthDeps;
  ctx: Context;
  positionId: string;
}) {
  const { sessionId, userId, tenantId } = { ...ctx.actor };
  if (!sessionId || !userId) throw createSessionExpiredError();
  await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const access = await loadAccess({ tx, tenantId, userId, day: toWarsawDate(deps.clock.now()) });
    const position = access.positions.find((p) => p.id === positionId);
    if (!position) throw createPositionNotAvailableError();
    await createAuthRepository({ db: tx }).setActivePosition({ tenantId, id: sessionId, positionId });
    await audit({
      action: 'auth.position_switched',
      subjectType: 'position',
      subjectId: positionId,
      details: { actingForUserId: position.actingFor?.userId ?? null },
    });
  });
}

/** The user changes their own password; their other sessions end. */
export async function changeOwnPassword({
  deps,
  ctx,
  currentPassword,
  newPassword,
}: {
  deps: AuthDeps;
  ctx: Context;
  currentPassword: string;
  newPassword: string;
}) {
  const { userId, tenantId, sessionId } = ctx.actor;
  if (!userId) throw createSessionExpiredError();
  const user = await inTenant({ deps, ctx }, (tx) => findUserById({ tx, tenantId, id: userId }));
  if (!(await verifyPassword({ stored: user?.passwordHash ?? null, password: currentPassword })))
    throw createWrongCurrentPasswordError();
  const passwordHash = await hashPassword(newPassword);
  await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const now = deps.clock.now();
    await setUserPassword({ tx, tenantId, id: userId, passwordHash, at: now });
    await createAuthRepository({ db: tx }).revokeUserSessions({
      tenantId,
      userId,
      exceptId: sessionId ?? undefined,
      at: now,
    });
    await audit({ action: 'auth.password_changed', subjectType: 'user', subjectId: userId });
  });
}

export async function listSessions({ deps, ctx }: { deps: AuthDeps; ctx: Context }): Promise<Session[]> {
  const now = deps.clock.now();
  const rows = await inTenant({ deps, ctx }, (tx) =>
    createAuthRepository({ db: tx }).listLiveSessions({ tenantId: ctx.actor.tenantId, now }),
  );
  const idleMs = deps.sessions.idleMinutes * 60_000;
  return rows
    .filter((r) => r.session.lastSeenAt.getTime() + idleMs > now.getTime())
    .map((r) => ({
      id: r.session.id,
      userId: r.session.userId,
      userLogin: r.userLogin,
      userDisplayName: r.userDisplayName,
      createdAt: r.session.createdAt.toISOString(),
      lastSeenAt: r.session.lastSeenAt.toISOString(),
      expiresAt: new Date(
        Math.min(r.session.expiresAt.getTime(), r.session.lastSeenAt.getTime() + idleMs),
      ).toISOString(),
      clientAddress: r.session.clientAddress,
      userAgent: r.session.userAgent,
      current: r.session.id === ctx.actor.sessionId,
    }));
}

/** An administrator ends someone's session (e.g. a lost laptop). */
export async function revokeSession({ deps, ctx, id }: { deps: AuthDeps; ctx: Context; id: string }) {
  await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const revoked = await createAuthRepository({ db: tx }).revokeSession({
      tenantId: ctx.actor.tenantId,
      id,
      at: deps.clock.now(),
    });
    if (!revoked) throw createSessionNotFoundError();
    await audit({
      action: 'auth.session_revoked',
      subjectType: 'session',
      subjectId: id,
      details: { userId: revoked.userId },
    });
  });
}

/** An administrator sets a temporary password; the user's sessions end and they must change it. */
export async function resetUserPassword({
  deps,
  ctx,
  id,
  newPassword,
}: {
  deps: AuthDeps;
  ctx: Context;
  id: string;
  newPassword: string;
}) {
  const tenantId = ctx.actor.tenantId;
  const passwordHash = await hashPassword(newPassword);
  await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const user = await findUserById({ tx, tenantId, id });
    if (!user || user.kind !== 'person') throw createUserNotFoundError();
    const now = deps.clock.now();
    await setUserPassword({ tx, tenantId, id, passwordHash, at: now, temporary: true });
    await createAuthRepository({ db: tx }).revokeUserSessions({ tenantId, userId: id, at: now });
    await audit({ action: 'organization.user_password_reset', subjectType: 'user', subjectId: id });
  });
}

/** `GET /auth/me` for an API token: the service account, its office and the token's permissions. */
export async function describeTokenActor({ deps, ctx }: { deps: AuthDeps; ctx: Context }): Promise<Me> {
  const { actor } = ctx;
  const { user, tenant } = await inTenant({ deps, ctx }, async (tx) => ({
    user: actor.userId ? await findUserById({ tx, tenantId: actor.tenantId, id: actor.userId }) : null,
    tenant: await getTenantSummary({ tx, tenantId: actor.tenantId }),
  }));
  if (!user || !tenant) throw createSessionExpiredError();
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    tenant,
    positions: [],
    activePositionId: null,
    permissions: [...actor.permissions].sort(),
    grants: actor.grants,
    mustChangePassword: false,
  };
}
