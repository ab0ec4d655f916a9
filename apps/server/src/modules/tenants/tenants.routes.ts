import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createTenantInputSchema, tenantSchema, updateTenantInputSchema } from '@obieg/contracts/tenants';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { constantTimeEqual } from '../../shared/crypto/tokens.js';
import { createForbiddenError } from '../../shared/errors/common.errors.js';
import { createTenant, getOwnTenant, updateOwnTenant } from './tenants.usecases.js';

const tags = ['tenants'];

export function registerTenantRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  /** The platform operator authenticates with OBIEG_OPERATOR_TOKEN; offices' own users never can. */
  const requireOperator = async (request: FastifyRequest) => {
    const expected = deps.config.operatorToken;
    const header = request.headers.authorization ?? '';
    const sent = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (!expected || !constantTimeEqual(sent, expected))
      throw createForbiddenError({ detail: 'Platform operator token required.' });
  };

  app.post(
    '/api/v1/tenants',
    {
      config: { public: true },
      preHandler: requireOperator,
      schema: {
        tags,
        summary: 'Platform operator: create an office',
        body: createTenantInputSchema,
        response: { 201: tenantSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await createTenant({
          deps,
          input: request.body,
          meta: { requestId: request.id, clientAddress: request.ip },
        }),
      ),
  );

  app.get(
    '/api/v1/tenant',
    {
      preHandler: requirePermission('tenant:read'),
      schema: { tags, summary: 'Settings of the own office', response: { 200: tenantSchema } },
    },
    async (request) => getOwnTenant({ deps, ctx: request.ctx }),
  );

  app.patch(
    '/api/v1/tenant',
    {
      preHandler: requirePermission('tenant:manage'),
      schema: {
        tags,
        summary: 'Change settings of the own office',
        body: updateTenantInputSchema,
        response: { 200: tenantSchema },
      },
    },
    async (request) => updateOwnTenant({ deps, ctx: request.ctx, input: request.body }),
  );
}
