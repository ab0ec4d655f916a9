import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { apiTokenSchema, createApiTokenInputSchema, createdApiTokenSchema } from '@obieg/contracts/auth';
import { idParamsSchema, listResponseSchema } from '@obieg/contracts/common';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.usecases.js';

const tags = ['api-tokens'];

export function registerApiTokenRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const guard = requirePermission('api-tokens:manage');

  app.get(
    '/api/v1/api-tokens',
    {
      preHandler: guard,
      schema: {
        tags,
        summary: 'API tokens of service accounts',
        response: { 200: listResponseSchema(apiTokenSchema) },
      },
    },
    async (request) => ({
      items: await listApiTokens({ deps, ctx: request.ctx }),
      nextCursor: null,
    }),
  );

  app.post(
    '/api/v1/api-tokens',
    {
      preHandler: guard,
      schema: {
        tags,
        summary: 'Issue a token (the secret is shown once)',
        body: createApiTokenInputSchema,
        response: { 201: createdApiTokenSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiToken({ deps, ctx: request.ctx, input: request.body })),
  );

  app.delete(
    '/api/v1/api-tokens/:id',
    { preHandler: guard, schema: { tags, summary: 'Revoke a token', params: idParamsSchema } },
    async (request, reply) => {
      await revokeApiToken({ deps, ctx: request.ctx, id: request.params.id });
      return reply.status(204).send();
    },
  );
}
