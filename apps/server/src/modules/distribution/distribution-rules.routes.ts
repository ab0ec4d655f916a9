import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@obieg/contracts/common';
import {
  createDistributionRuleInputSchema,
  distributionRuleListSchema,
  distributionRuleSchema,
  updateDistributionRuleInputSchema,
} from '@obieg/contracts/distribution';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import {
  createDistributionRule,
  deleteDistributionRule,
  listDistributionRules,
  updateDistributionRule,
} from './distribution-rules.usecases.js';

export function registerDistributionRuleRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const manage = requirePermission('organization:manage');
  const tags = ['distribution'];

  app.get(
    '/api/v1/distribution-rules',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Automatic distribution rules, in the order they are tried (first match wins)',
        response: { 200: distributionRuleListSchema },
      },
    },
    async (request) => listDistributionRules({ deps, ctx: request.ctx }),
  );
  app.post(
    '/api/v1/distribution-rules',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Add a rule: items matching every criterion given go to the unit at registration',
        body: createDistributionRuleInputSchema,
        response: { 201: distributionRuleSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createDistributionRule({ deps, ctx: request.ctx, input: request.body })),
  );
  app.patch(
    '/api/v1/distribution-rules/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Change a rule (stale version → 409 common.version_conflict)',
        params: idParamsSchema,
        body: updateDistributionRuleInputSchema,
        response: { 200: distributionRuleSchema },
      },
    },
    async (request) =>
      updateDistributionRule({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );
  app.delete(
    '/api/v1/distribution-rules/:id',
    { preHandler: manage, schema: { tags, summary: 'Delete a rule', params: idParamsSchema } },
    async (request, reply) => {
      await deleteDistributionRule({ deps, ctx: request.ctx, id: request.params.id });
      return reply.status(204).send();
    },
  );
}
