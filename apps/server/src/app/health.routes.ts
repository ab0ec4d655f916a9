import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isDatabaseReady } from '../db/database.js';
import { sendProblem } from './plugins/problem-details.js';
import type { AppDependencies } from './server.types.js';

export function registerHealthRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const status = z.object({ status: z.enum(['ok']), database: z.string().optional() });
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: { tags: ['health'], summary: 'The process is up', response: { 200: status } },
    },
    async () => ({
      status: 'ok' as const,
    }),
  );
  app.get(
    '/readyz',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'The database answers and every migration is applied',
        response: { 200: status },
      },
    },
    async (request, reply) => {
      if (await isDatabaseReady(deps.db)) return { status: 'ok' as const, database: deps.database.kind };
      return sendProblem(request, reply, {
        code: 'internal.error',
        status: 503,
        title: 'Database not ready',
      });
    },
  );
}
