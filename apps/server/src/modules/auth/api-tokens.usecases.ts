import type { ApiToken, CreateApiTokenInput } from '@obieg/contracts/auth';
import type { Permission } from '@obieg/contracts/permissions';
import { withTenant } from '../../db/tenant-scope.js';
import { sha256Hex } from '../../shared/crypto/tokens.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import { ensureServiceAccount } from '../organization/access.usecases.js';
import {
  createApiTokenNotFoundError,
  createPermissionNotHeldError,
  createTokenExpiryInvalidError,
  createTokenInvalidError,
} from './auth.errors.js';
import { makeApiTokenSecret, parseApiToken } from './auth.models.js';
import { createAuthRepository, type ApiTokenRow } from './auth.repository.js';
import type { Actor, Context } from './auth.types.js';

const toApiTokenDto = (row: ApiTokenRow, login: string): ApiToken => ({
  id: row.id,
  name: row.name,
  serviceAccountId: row.userId,
  serviceAccountLogin: login,
  permissions: row.permissions as Permission[],
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt?.toISOString() ?? null,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

/** Issues a token for a service account. The secret is returned once and only its hash is kept. */
export async function createApiToken({
  deps,
  ctx,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  input: CreateApiTokenInput;
}) {
  const missing = input.permissions.filter((p) => !ctx.actor.permissions.has(p));
  if (missing.length > 0) throw createPermissionNotHeldError({ detail: `Not held: ${missing.join(', ')}` });
  if (input.expiresAt && new Date(input.expiresAt).getTime() <= deps.clock.now().getTime()) {
    throw createTokenExpiryInvalidError({
      errors: [{ path: '/expiresAt', message: 'must be in the future' }],
    });
  }
  const tenantId = ctx.actor.tenantId;
  const { token, secret } = makeApiTokenSecret(tenantId);
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const now = deps.clock.now();
    const account = await ensureServiceAccount({
      tx,
      tenantId,
      login: input.serviceAccountLogin,
      id: deps.ids.next(),
      at: now,
    });
    if (account.kind !== 'service')
      throw createPermissionNotHeldError({ detail: 'Tokens are issued only to service accounts.' });
    const row = await createAuthRepository({ db: tx }).insertApiToken({
      token: {
        id: deps.ids.next(),
        tenantId,
        userId: account.id,
        name: input.name,
        tokenHash: sha256Hex(secret),
        permissions: [...new Set(input.permissions)],
        createdBy: ctx.actor.userId ?? account.id,
        createdAt: now,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      },
    });
    await audit({
      action: 'auth.api_token_created',
      subjectType: 'api_token',
      subjectId: row.id,
      details: { name: row.name, serviceAccount: account.login, permissions: row.permissions },
    });
    return { ...toApiTokenDto(row, account.login), token };
  });
}

export async function listApiTokens({ deps, ctx }: { deps: CoreDeps; ctx: Context }) {
  const rows = await inTenant({ deps, ctx }, (tx) =>
    createAuthRepository({ db: tx }).listApiTokens({ tenantId: ctx.actor.tenantId }),
  );
  return rows.map((r) => toApiTokenDto(r.token, r.login));
}

export async function revokeApiToken({ deps, ctx, id }: { deps: CoreDeps; ctx: Context; id: string }) {
  await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const row = await createAuthRepository({ db: tx }).revokeApiToken({
      tenantId: ctx.actor.tenantId,
      id,
      at: deps.clock.now(),
    });
    if (!row) throw createApiTokenNotFoundError();
    await audit({ action: 'auth.api_token_revoked', subjectType: 'api_token', subjectId: id });
  });
}

const TOUCH_INTERVAL_MS = 60_000;

/** Turns `Authorization: Bearer obg_…` into the request's actor, or fails with 401. */
export async function resolveApiToken({ deps, bearer }: { deps: CoreDeps; bearer: string }): Promise<Actor> {
  const parsed = parseApiToken(bearer);
  if (!parsed) throw createTokenInvalidError();
  const now = deps.clock.now();
  return withTenant({ db: deps.db, tenantId: parsed.tenantId }, async (tx) => {
    const repository = createAuthRepository({ db: tx });
    const found = await repository.findApiTokenByHash({
      tenantId: parsed.tenantId,
      tokenHash: sha256Hex(parsed.secret),
    });
    const { token, user } = found ?? {};
    if (!token || !user || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || !user.active)
      throw createTokenInvalidError();
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await repository.touchApiToken({ tenantId: parsed.tenantId, id: token.id, at: now });
    }
    const permissions = token.permissions as Permission[];
    return {
      kind: 'service',
      tenantId: parsed.tenantId,
      userId: user.id,
      displayName: user.displayName,
      positionId: null,
      actingForUserId: null,
      grants: permissions.map((permission) => ({ permission, scope: 'office' as const })),
      permissions: new Set(permissions),
      sessionId: null,
      tokenId: token.id,
    };
  });
}
