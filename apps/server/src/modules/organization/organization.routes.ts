import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, listResponseSchema } from '@obieg/contracts/common';
import {
  createOrganInputSchema,
  createOrgUnitInputSchema,
  organSchema,
  orgUnitListQuerySchema,
  orgUnitSchema,
  updateOrganInputSchema,
  updateOrgUnitInputSchema,
} from '@obieg/contracts/organization';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { createOrgan, getOrgan, listOrgans, updateOrgan } from './organs.usecases.js';
import { createOrgUnit, getOrgUnit, listOrgUnits, updateOrgUnit } from './org-units.usecases.js';

export function registerOrganizationRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('organization:read');
  const manage = requirePermission('organization:manage');
  const tags = ['org-units'];

  app.get(
    '/api/v1/org-units',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Organisational units',
        querystring: orgUnitListQuerySchema,
        response: { 200: listResponseSchema(orgUnitSchema) },
      },
    },
    async (request) => ({
      items: await listOrgUnits({
        deps,
        ctx: request.ctx,
        at: request.query.at,
        includeInactive: request.query.includeInactive,
      }),
      nextCursor: null,
    }),
  );
  app.get(
    '/api/v1/org-units/:id',
    { preHandler: read, schema: { tags, params: idParamsSchema, response: { 200: orgUnitSchema } } },
    async (request) => getOrgUnit({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.post(
    '/api/v1/org-units',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Create a unit',
        body: createOrgUnitInputSchema,
        response: { 201: orgUnitSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOrgUnit({ deps, ctx: request.ctx, input: request.body })),
  );
  app.patch(
    '/api/v1/org-units/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Change a unit (name, parent, head, end of validity)',
        params: idParamsSchema,
        body: updateOrgUnitInputSchema,
        response: { 200: orgUnitSchema },
      },
    },
    async (request) => updateOrgUnit({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );

  const organTags = ['organs'];
  app.get(
    '/api/v1/organs',
    {
      preHandler: read,
      schema: {
        tags: organTags,
        summary: 'Organs served by the office',
        response: { 200: listResponseSchema(organSchema) },
      },
    },
    async (request) => ({
      items: await listOrgans({ deps, ctx: request.ctx }),
      nextCursor: null,
    }),
  );
  app.get(
    '/api/v1/organs/:id',
    { preHandler: read, schema: { tags: organTags, params: idParamsSchema, response: { 200: organSchema } } },
    async (request) => getOrgan({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.post(
    '/api/v1/organs',
    {
      preHandler: manage,
      schema: { tags: organTags, body: createOrganInputSchema, response: { 201: organSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createOrgan({ deps, ctx: request.ctx, input: request.body })),
  );
  app.patch(
    '/api/v1/organs/:id',
    {
      preHandler: manage,
      schema: {
        tags: organTags,
        params: idParamsSchema,
        body: updateOrganInputSchema,
        response: { 200: organSchema },
      },
    },
    async (request) => updateOrgan({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );
}
