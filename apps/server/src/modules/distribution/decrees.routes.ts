import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@obieg/contracts/common';
import {
  cancelDecreeInputSchema,
  correctDecreeInputSchema,
  decreeSchema,
  issueDecreeInputSchema,
  returnDecreeInputSchema,
} from '@obieg/contracts/distribution';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { acceptDecree, issueDecree, returnDecree } from './decrees.usecases.js';
import { cancelDecree, correctDecree } from './decree-corrections.usecases.js';

export function registerDecreeRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const distribute = requirePermission('correspondence:distribute');
  const read = requirePermission('correspondence:read');
  const tags = ['distribution'];

  app.post(
    '/api/v1/incoming/:id/decrees',
    {
      preHandler: distribute,
      schema: {
        tags,
        summary: 'Decree an item of your unit to a person in it, with an instruction and a deadline',
        description:
          'An item with an active decree may be re-decreed only by its assignee: earlier instructions stay, ' +
          'the deadline may not be extended (422 `correspondence.deadline_extended`). Someone else’s active ' +
          'decree answers 409 `correspondence.already_decreed`; of two concurrent decrees exactly one wins.',
        params: idParamsSchema,
        body: issueDecreeInputSchema,
        response: { 201: decreeSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await issueDecree({ deps, ctx: request.ctx, itemId: request.params.id, input: request.body })),
  );
  app.post(
    '/api/v1/decrees/:id/accept',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Accept a decree to you (once: again answers 409)',
        params: idParamsSchema,
        response: { 200: decreeSchema },
      },
    },
    async (request) => acceptDecree({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.post(
    '/api/v1/decrees/:id/return',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Return a decree to you, with a reason; the unit decrees the item again',
        params: idParamsSchema,
        body: returnDecreeInputSchema,
        response: { 200: decreeSchema },
      },
    },
    async (request) =>
      returnDecree({ deps, ctx: request.ctx, id: request.params.id, reason: request.body.reason }),
  );
  app.post(
    '/api/v1/decrees/:id/correct',
    {
      preHandler: distribute,
      schema: {
        tags,
        summary: 'Correct your own decree: a new decree replaces it, the old one is kept with the reason',
        params: idParamsSchema,
        body: correctDecreeInputSchema,
        response: { 200: decreeSchema },
      },
    },
    async (request) => correctDecree({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/v1/decrees/:id/cancel',
    {
      preHandler: distribute,
      schema: {
        tags,
        summary: 'Cancel your own decree with a reason (the decree it passed on is active again)',
        params: idParamsSchema,
        body: cancelDecreeInputSchema,
        response: { 200: decreeSchema },
      },
    },
    async (request) =>
      cancelDecree({ deps, ctx: request.ctx, id: request.params.id, reason: request.body.reason }),
  );
}
