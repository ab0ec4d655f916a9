import type { LoginInput, Me } from '@obieg/contracts/auth';
import type { Config } from '../../config/config.js';
import { withTenant } from '../../db/tenant-scope.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import { randomToken, sha256Hex } from '../../shared/crypto/tokens.js';
import { verifyPassword } from '../../shared/crypto/passwords.js';
import type { CoreDeps } from '../../shared/deps.js';
import { recordAuditEvent } from '../audit/audit.usecases.js';
import {
  accessFromRows,
  accessSql,
  findUserByLogin,
  loadAccess,
  type Access,
} from '../organization/access.usecases.js';
import { findTenantByCode } from '../tenants/tenants.usecases.js';
import { createInvalidCredentialsError, createSessionExpiredError } from './auth.errors.js';
import { makeSessionSecret, parseSessionCookie, permissionsOf } from './auth.models.js';
import { createAuthRepository, type SessionRow } from './auth.repository.js';
import type { Actor, Context, RequestMeta } from './auth.types.js';
import {
  admitLoginAttempt,
  clearAccountFailures,
  oneAttemptAtATime,
  registerLoginFailure,
  throttleKeys,
} from './throttle.usecases.js';

export type AuthDeps = CoreDeps & { sessions: Config['sessions']; throttle: Config['throttle'] };

/** How often a session's last-seen time is written (idle expiry needs no finer grain). */
const TOUCH_INTERVAL_MS = 60_000;

export type SessionActor = { actor: Actor; me: Me; session: SessionRow };

/** Chooses the active position: the one stored in the session if still available, else the first. */
function actorFrom({
  access,
  user,
  session,
  tenant,
}: {
  access: Access;
  user: { id: string; login: string; displayName: string; mustChangePassword: boolean };
  session: SessionRow;
  tenant: { id: string; code: string; name: string };
}): { actor: Actor; me: Me } {
  const active =
    access.positions.find((p) => p.id === session.activePositionId) ?? access.positions[0] ?? null;
  const grants = active ? (access.grantsByPosition.get(active.id) ?? []) : [];
  const actor: Actor = {
    kind: 'user',
    tenantId: tenant.id,
    userId: user.id,
    displayName: user.displayName,
    positionId: active?.id ?? null,
    actingForUserId: active?.actingFor?.userId ?? null,
    grants,
    permissions: permissionsOf(grants),
    sessionId: session.id,
    tokenId: null,
  };
  const me: Me = {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    tenant,
    positions: access.positions,
    activePositionId: active?.id ?? null,
    permissions: [...actor.permissions].sort(),
    grants,
    mustChangePassword: user.mustChangePassword,
    csrfToken: session.csrfToken,
  };
  return { actor, me };
}

type LoginArgs = { deps: AuthDeps; input: LoginInput; meta: RequestMeta; userAgent: string | null };

/**
 * Logs in with office code + login + password. Failures are counted per account and per client
 * address; the answer is the same whether or not the login exists. Attempts for one account run
 * one after another in this process (see `oneAttemptAtATime`).
 */
export async function login(args: LoginArgs) {
  const { account } = throttleKeys({
    tenantCode: args.input.tenant,
    login: args.input.login,
    clientAddress: null,
  });
  return oneAttemptAtATime(account, () => attemptLogin(args));
}

async function attemptLogin({ deps, input, meta, userAgent }: LoginArgs) {
  const keys = throttleKeys({
    tenantCode: input.tenant,
    login: input.login,
    clientAddress: meta.clientAddress,
  });
  await admitLoginAttempt({ deps, keys });
  const tenant = await findTenantByCode({ deps, code: input.tenant });
  const fail = async () => {
    await registerLoginFailure({ deps, keys });
    return createInvalidCredentialsError();
  };
  if (!tenant) {
    await verifyPassword({ stored: null, password: input.password });
    throw await fail();
  }
  const now = deps.clock.now();
  const { cookieValue, secret } = makeSessionSecret(tenant.id);
  const outcome = await withTenant({ db: deps.db, tenantId: tenant.id }, async (tx) => {
    const user = await findUserByLogin({ tx, tenantId: tenant.id, login: input.login });
    const usable = user && user.active && user.kind === 'person' ? user : null;
    const ok = await verifyPassword({ stored: usable?.passwordHash ?? null, password: input.password });
    const ctx: Context = { actor: anonymousActor(tenant.id), meta };
    if (!ok || !usable) {
      await recordAuditEvent({
        tx,
        ctx,
        clock: deps.clock,
        ids: deps.ids,
        event: {
          action: 'auth.login_failed',
          subjectType: user ? 'user' : null,
          subjectId: user?.id ?? null,
          details: { login: input.login.toLowerCase() },
        },
      });
      return null;
    }
    const session: SessionRow = {
      id: deps.ids.next(),
      tenantId: tenant.id,
      userId: usable.id,
      tokenHash: sha256Hex(secret),
      csrfToken: randomToken(24),
      activePositionId: null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + deps.sessions.absoluteHours * 3_600_000),
      revokedAt: null,
      clientAddress: meta.clientAddress,
      userAgent: userAgent?.slice(0, 500) ?? null,
    };
    const access = await loadAccess({ tx, tenantId: tenant.id, userId: usable.id, day: toWarsawDate(now) });
    session.activePositionId = access.positions[0]?.id ?? null;
    await createAuthRepository({ db: tx }).insertSession({ session });
    const resolved = actorFrom({
      access,
      user: usable,
      session,
      tenant: { id: tenant.id, code: tenant.code, name: tenant.name },
    });
    await recordAuditEvent({
      tx,
      ctx: { actor: resolved.actor, meta },
      clock: deps.clock,
      ids: deps.ids,
      event: { action: 'auth.login_succeeded', subjectType: 'session', subjectId: session.id },
    });
    return resolved;
  });
  if (!outcome) throw await fail();
  await clearAccountFailures({ deps, key: keys.account });
  return { cookieValue, me: outcome.me, csrfToken: outcome.me.csrfToken ?? '' };
}

/** Whoever attempts a login is not yet anyone: the event's subject names the account tried. */
function anonymousActor(tenantId: string): Actor {
  return {
    kind: 'user',
    tenantId,
    userId: null,
    displayName: 'anonymous',
    positionId: null,
    actingForUserId: null,
    grants: [],
    permissions: new Set(),
    sessionId: null,
    tokenId: null,
  };
}

/** Turns a session cookie into the request's actor; null when there is no usable session. */
export async function resolveSession({
  deps,
  cookie,
}: {
  deps: AuthDeps;
  cookie: string | undefined;
}): Promise<SessionActor | null> {
  const parsed = parseSessionCookie(cookie);
  if (!parsed) return null;
  const now = deps.clock.now();
  const tenantId = parsed.tenantId;
  const day = toWarsawDate(now);
  // One statement (session, user, office and access) in the office's RLS transaction; read fresh
  // on every request, so revocation, expiry and permission changes apply at once (ADR 0005).
  return withTenant({ db: deps.db, tenantId }, async (tx) => {
    const repository = createAuthRepository({ db: tx });
    const found = await repository.findSessionContext({
      tenantId,
      tokenHash: sha256Hex(parsed.secret),
      day,
      access: accessSql,
    });
    if (!found) return null;
    const { session, user, tenant } = found;
    if (session.revokedAt) return null;
    const idleDeadline = session.lastSeenAt.getTime() + deps.sessions.idleMinutes * 60_000;
    if (session.expiresAt.getTime() <= now.getTime() || idleDeadline <= now.getTime())
      throw createSessionExpiredError();
    if (!user.active) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await repository.touchSession({ tenantId, id: session.id, at: now });
    }
    const access = accessFromRows({ rows: found.access, userId: user.id });
    return { ...actorFrom({ access, user, session, tenant }), session };
  });
}

export async function logout({ deps, ctx }: { deps: AuthDeps; ctx: Context }) {
  const sessionId = ctx.actor.sessionId;
  if (!sessionId) return;
  await withTenant({ db: deps.db, tenantId: ctx.actor.tenantId }, async (tx) => {
    await createAuthRepository({ db: tx }).revokeSession({
      tenantId: ctx.actor.tenantId,
      id: sessionId,
      at: deps.clock.now(),
    });
    await recordAuditEvent({
      tx,
      ctx,
      clock: deps.clock,
      ids: deps.ids,
      event: { action: 'auth.logout', subjectType: 'session', subjectId: sessionId },
    });
  });
}
