import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { workingDaysQuerySchema, workingDaysSchema } from '@obieg/contracts/calendar';
import { requireAuthenticated } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { listWorkingDays } from './calendar.usecases.js';

const tags = ['calendar'];

export function registerCalendarRoutes(fastify: FastifyInstance, _deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/calendar/working-days',
    {
      preHandler: requireAuthenticated(),
      schema: {
        tags,
        summary: 'Working days and Polish public holidays of a date range (at most 366 days)',
        querystring: workingDaysQuerySchema,
        response: { 200: workingDaysSchema },
      },
    },
    async (request) => listWorkingDays(request.query),
  );
}
