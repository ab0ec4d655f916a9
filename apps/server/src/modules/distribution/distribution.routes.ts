import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@obieg/contracts/common';
import {
  distributeInputSchema,
  incomingDistributionSchema,
  incomingHistorySchema,
} from '@obieg/contracts/distribution';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { registerDecreeRoutes } from './decrees.routes.js';
import { registerDistributionRuleRoutes } from './distribution-rules.routes.js';
import { distributeIncomingItem } from './distribution.usecases.js';
import { getIncomingHistory } from './incoming-history.usecases.js';
import { registerInboxRoutes } from './inbox.routes.js';

/** Distribution and dekretacja of incoming items, distribution rules, inboxes and their live events. */
export async function registerDistributionRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['distribution'];

  app.post(
    '/api/v1/incoming/:id/distribution',
    {
      preHandler: requirePermission('correspondence:distribute'),
      schema: {
        tags,
        summary:
          'Distribute an item to a leading unit (and units for information), or pass it on with a reason',
        description:
          'The registry (office-wide grant) distributes any item; the head of a unit passes on items of ' +
          'their unit. Passing on to another unit ends the current decree. Without `reason` an item that ' +
          'is already distributed answers 409 `correspondence.already_distributed`.',
        params: idParamsSchema,
        body: distributeInputSchema,
        response: { 200: incomingDistributionSchema },
      },
    },
    async (request) =>
      distributeIncomingItem({ deps, ctx: request.ctx, itemId: request.params.id, input: request.body }),
  );
  app.get(
    '/api/v1/incoming/:id/history',
    {
      preHandler: requirePermission('correspondence:read'),
      schema: {
        tags,
        summary: 'The item’s story from the metryka: registration, corrections, distributions, decrees',
        params: idParamsSchema,
        response: { 200: incomingHistorySchema },
      },
    },
    async (request) => getIncomingHistory({ deps, ctx: request.ctx, itemId: request.params.id }),
  );
  registerDecreeRoutes(fastify, deps);
  registerDistributionRuleRoutes(fastify, deps);
  await registerInboxRoutes(fastify, deps);
}
