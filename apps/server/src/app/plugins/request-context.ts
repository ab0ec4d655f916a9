import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Me } from '@obieg/contracts/auth';
import type { Permission } from '@obieg/contracts/permissions';
import { constantTimeEqual } from '../../shared/crypto/tokens.js';
import { createForbiddenError, createUnauthenticatedError } from '../../shared/errors/common.errors.js';
import { resolveApiToken } from '../../modules/auth/api-tokens.usecases.js';
import {
  createCsrfTokenInvalidError,
  createPasswordChangeRequiredError,
} from '../../modules/auth/auth.errors.js';
import { SESSION_COOKIE } from '../../modules/auth/auth.models.js';
import type { Context } from '../../modules/auth/auth.types.js';
import { resolveSession } from '../../modules/auth/auth.usecases.js';
import type { AppDependencies } from '../server.types.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated actor and request metadata; set for every route that is not `public`. */
    ctx: Context;
    /** The session's CSRF token and whether the initial password must still be changed (cookie sessions). */
    session: { csrfToken: string; mustChangePassword: boolean; me: Me } | null;
  }
  interface FastifyContextConfig {
    /** No authentication (login, health, docs). */
    public?: boolean;
    /** Allowed while the user must still change the initial password. */
    allowPasswordChangePending?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authenticates every `/api` request that is not public: a bearer API token (integrations) or the
 * session cookie (browser, which must then send `X-CSRF-Token` on state-changing requests). Runs
 * on `onRequest`, before the body is read or validated: a stranger learns nothing but 401.
 */
export function registerRequestContext(app: FastifyInstance, deps: AppDependencies) {
  app.decorateRequest('ctx', null as unknown as Context);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    // Unknown routes fall through to the 404 handler; public routes need no identity.
    if (!request.routeOptions.url || request.routeOptions.config.public || !request.url.startsWith('/api/'))
      return;
    const meta = { requestId: request.id, clientAddress: request.ip ?? null };
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const bearer = authorization.slice('Bearer '.length).trim();
      const actor = await resolveApiToken({ deps, bearer });
      request.ctx = { actor, meta };
      return;
    }
    const resolved = await resolveSession({ deps, cookie: request.cookies[SESSION_COOKIE] });
    if (!resolved) throw createUnauthenticatedError();
    request.ctx = { actor: resolved.actor, meta };
    request.session = {
      csrfToken: resolved.session.csrfToken,
      mustChangePassword: resolved.me.mustChangePassword,
      me: resolved.me,
    };
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !constantTimeEqual(sent, resolved.session.csrfToken))
        throw createCsrfTokenInvalidError();
    }
    if (resolved.me.mustChangePassword && !request.routeOptions.config.allowPasswordChangePending) {
      throw createPasswordChangeRequiredError();
    }
  });
}

/**
 * Route guard for what any signed-in user (or API token) of an office may read: an authenticated
 * actor of an office, no particular permission. Still checked here so that a route left open by
 * mistake (`public`) answers 401 rather than data.
 */
export function requireAuthenticated() {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.ctx?.actor.tenantId) throw createUnauthenticatedError();
  };
}

/** Route guard: the actor's active position (or API token) must hold the permission. */
export function requirePermission(permission: Permission, ...alternatives: Permission[]) {
  const accepted = [permission, ...alternatives];
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.ctx) throw createUnauthenticatedError();
    const { permissions } = request.ctx.actor;
    if (!accepted.some((p) => permissions.has(p))) {
      throw createForbiddenError({ detail: `Requires ${accepted.join(' or ')}.` });
    }
  };
}
