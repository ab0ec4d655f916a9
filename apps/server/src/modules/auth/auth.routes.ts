import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  changePasswordInputSchema,
  loginInputSchema,
  loginResponseSchema,
  meSchema,
  sessionSchema,
  switchPositionInputSchema,
} from '@obieg/contracts/auth';
import { idParamsSchema, listResponseSchema } from '@obieg/contracts/common';
import { resetPasswordInputSchema } from '@obieg/contracts/organization';
import type { AppDependencies } from '../../app/server.types.js';
import { requirePermission } from '../../app/plugins/request-context.js';
import {
  changeOwnPassword,
  describeTokenActor,
  listSessions,
  resetUserPassword,
  revokeSession,
  switchPosition,
} from './account.usecases.js';
import { SESSION_COOKIE } from './auth.models.js';
import { login, logout, resolveSession } from './auth.usecases.js';

const tags = ['auth'];

export function registerAuthRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Log in with office code, login and password',
        body: loginInputSchema,
        response: { 200: loginResponseSchema },
      },
    },
    async (request, reply) => {
      const result = await login({
        deps,
        input: request.body,
        meta: { requestId: request.id, clientAddress: request.ip },
        userAgent: request.headers['user-agent'] ?? null,
      });
      void reply.setCookie(SESSION_COOKIE, result.cookieValue, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
      });
      return { user: result.me, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { allowPasswordChangePending: true }, schema: { tags, summary: 'End the session' } },
    async (request, reply) => {
      await logout({ deps, ctx: request.ctx });
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { allowPasswordChangePending: true },
      schema: { tags, summary: 'The logged-in user, positions and permissions', response: { 200: meSchema } },
    },
    async (request) => {
      if (request.session) return request.session.me;
      return describeTokenActor({ deps, ctx: request.ctx });
    },
  );

  app.post(
    '/api/v1/auth/position',
    {
      schema: {
        tags,
        summary: 'Switch the active position (own or substituted)',
        body: switchPositionInputSchema,
        response: { 200: meSchema },
      },
    },
    async (request) => {
      await switchPosition({ deps, ctx: request.ctx, positionId: request.body.positionId });
      const resolved = await resolveSession({ deps, cookie: request.cookies.obieg_session });
      return resolved?.me ?? request.session?.me;
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { allowPasswordChangePending: true },
      schema: { tags, summary: 'Change own password', body: changePasswordInputSchema },
    },
    async (request, reply) => {
      await changeOwnPassword({ deps, ctx: request.ctx, ...request.body });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/auth/sessions',
    {
      preHandler: requirePermission('sessions:manage'),
      schema: {
        tags,
        summary: 'Live sessions of the office',
        response: { 200: listResponseSchema(sessionSchema) },
      },
    },
    async (request) => ({ items: await listSessions({ deps, ctx: request.ctx }), nextCursor: null }),
  );

  app.delete(
    '/api/v1/auth/sessions/:id',
    {
      preHandler: requirePermission('sessions:manage'),
      schema: { tags, summary: 'Revoke a session', params: idParamsSchema },
    },
    async (request, reply) => {
      await revokeSession({ deps, ctx: request.ctx, id: request.params.id });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/users/:id/password-reset',
    {
      preHandler: requirePermission('users:manage'),
      schema: {
        tags: ['users'],
        summary: "Administrator sets a temporary password; the user's sessions end",
        params: idParamsSchema,
        body: resetPasswordInputSchema,
      },
    },
    async (request, reply) => {
      await resetUserPassword({
        deps,
        ctx: request.ctx,
        id: request.params.id,
        newPassword: request.body.newPassword,
      });
      return reply.status(204).send();
    },
  );
}
