import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '@obieg/contracts/common';
import {
  attachIncomingFilesInputSchema,
  cancelIncomingInputSchema,
  correctIncomingInputSchema,
  dictionarySchema,
  incomingItemSchema,
  incomingListQuerySchema,
  incomingListSchema,
  registerIncomingInputSchema,
} from '@obieg/contracts/correspondence';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import {
  attachIncomingFiles,
  cancelIncomingItem,
  correctIncomingItem,
} from './incoming-corrections.usecases.js';
import { getIncomingItem, listDictionary, listIncomingItems } from './incoming-queries.usecases.js';
import { registerIncomingItem } from './incoming.usecases.js';
import { registerIncomingPrintRoutes } from './incoming-print.routes.js';

const idempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{8,200}$/, '8–200 visible ASCII characters')
    .optional()
    .describe('A retried registration with the same key (within 24 h) returns the same item.'),
});

export function registerCorrespondenceRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const register = requirePermission('correspondence:register');
  const read = requirePermission('correspondence:read');
  const tags = ['correspondence'];
  // The administrator needs the dictionaries to write distribution rules, not the letters.
  const readDictionaries = requirePermission('correspondence:read', 'organization:manage');

  app.post(
    '/api/v1/incoming',
    {
      preHandler: register,
      schema: {
        tags,
        summary: 'Register an incoming item in the RPW (new senders become contacts)',
        headers: idempotencyHeadersSchema,
        body: registerIncomingInputSchema,
        response: { 200: incomingItemSchema, 201: incomingItemSchema },
      },
    },
    async (request, reply) => {
      const { item, replayed } = await registerIncomingItem({
        deps,
        ctx: request.ctx,
        input: request.body,
        idempotencyKey: request.headers['idempotency-key'],
      });
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(item);
    },
  );
  app.get(
    '/api/v1/incoming',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'The RPW: filters, words (no diacritics needed), sorted by RPW number descending',
        querystring: incomingListQuerySchema,
        response: { 200: incomingListSchema },
      },
    },
    async (request) => {
      const { limit, cursor, ...filters } = request.query;
      return listIncomingItems({ deps, ctx: request.ctx, filters, limit, cursor });
    },
  );
  app.get(
    '/api/v1/incoming/lacking-scan',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Registered items still lacking a full scan (§16 ust. 9)',
        querystring: incomingListQuerySchema.omit({ lacksScan: true }),
        response: { 200: incomingListSchema },
      },
    },
    async (request) => {
      const { limit, cursor, ...filters } = request.query;
      return listIncomingItems({
        deps,
        ctx: request.ctx,
        filters: { ...filters, lacksScan: true },
        limit,
        cursor,
      });
    },
  );
  app.get(
    '/api/v1/incoming/:id',
    {
      preHandler: read,
      config: { writes: true },
      schema: {
        tags,
        summary:
          'An incoming item with its files, corrections and distribution (audited as correspondence.incoming_viewed)',
        params: idParamsSchema,
        response: { 200: incomingItemSchema },
      },
    },
    async (request) => getIncomingItem({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.patch(
    '/api/v1/incoming/:id',
    {
      preHandler: register,
      schema: {
        tags,
        summary: 'Correct an item (reason required, old values kept; stale version → 409)',
        params: idParamsSchema,
        body: correctIncomingInputSchema,
        response: { 200: incomingItemSchema },
      },
    },
    async (request) =>
      correctIncomingItem({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/v1/incoming/:id/cancel',
    {
      preHandler: register,
      schema: {
        tags,
        summary: 'Cancel an item: it keeps its number and record, marked cancelled',
        params: idParamsSchema,
        body: cancelIncomingInputSchema,
        response: { 200: incomingItemSchema },
      },
    },
    async (request) =>
      cancelIncomingItem({ deps, ctx: request.ctx, id: request.params.id, reason: request.body.reason }),
  );
  app.post(
    '/api/v1/incoming/:id/files',
    {
      preHandler: register,
      schema: {
        tags,
        summary: 'Attach uploaded files (scans) to an item',
        params: idParamsSchema,
        body: attachIncomingFilesInputSchema,
        response: { 200: incomingItemSchema },
      },
    },
    async (request) =>
      attachIncomingFiles({ deps, ctx: request.ctx, id: request.params.id, fileIds: request.body.fileIds }),
  );
  for (const [path, kind] of [
    ['delivery-methods', 'delivery_methods'],
    ['document-kinds', 'document_kinds'],
  ] as const) {
    app.get(
      `/api/v1/dictionaries/${path}`,
      {
        preHandler: readDictionaries,
        schema: { tags, summary: `The office dictionary of ${path}`, response: { 200: dictionarySchema } },
      },
      async (request) => listDictionary({ deps, ctx: request.ctx, kind }),
    );
  }
  registerIncomingPrintRoutes(fastify, deps);
}
