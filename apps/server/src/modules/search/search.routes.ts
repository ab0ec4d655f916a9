import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { searchQuerySchema, searchResultSchema } from '@obieg/contracts/search';
import { requireAuthenticated } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { search } from './search.usecases.js';

export function registerSearchRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/search',
    {
      preHandler: requireAuthenticated(),
      schema: {
        tags: ['search'],
        summary: 'Search incoming items, cases, case documents (with the text of their files) and contacts',
        description:
          'Only what the caller may open is searched, and nothing else is counted. Every word must match the ' +
          'start of a word, with or without Polish letters; `%`, `_` and quotes are ordinary characters. ' +
          'Newest first, at most `limit` hits.',
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema },
      },
    },
    async (request) => search({ deps, ctx: request.ctx, query: request.query }),
  );
}
