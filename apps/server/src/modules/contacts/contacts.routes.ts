import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@obieg/contracts/common';
import {
  contactListQuerySchema,
  contactListSchema,
  contactSchema,
  contactSuggestionsQuerySchema,
  contactSuggestionsSchema,
  createContactInputSchema,
  updateContactInputSchema,
} from '@obieg/contracts/contacts';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import {
  createContact,
  getContact,
  searchContacts,
  suggestSimilarContacts,
  updateContact,
} from './contacts.usecases.js';

export function registerContactsRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('contacts:read');
  // The searchable, masked list also serves the administrator writing distribution rules.
  const search = requirePermission('contacts:read', 'organization:manage');
  const manage = requirePermission('contacts:manage');
  const tags = ['contacts'];

  app.get(
    '/api/v1/contacts',
    {
      preHandler: search,
      schema: {
        tags,
        summary: 'Search contacts as you type (PESEL masked, persons’ addresses cut to the city)',
        querystring: contactListQuerySchema,
        response: { 200: contactListSchema },
      },
    },
    async (request) => searchContacts({ deps, ctx: request.ctx, ...request.query }),
  );
  app.get(
    '/api/v1/contacts/suggestions',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Existing contacts with a similar name ("did you mean…?")',
        querystring: contactSuggestionsQuerySchema,
        response: { 200: contactSuggestionsSchema },
      },
    },
    async (request) => suggestSimilarContacts({ deps, ctx: request.ctx, name: request.query.name }),
  );
  app.post(
    '/api/v1/contacts',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Create a contact; the same PESEL/NIP/REGON/KRS in the office answers 409 with existingId',
        body: createContactInputSchema,
        response: { 201: contactSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createContact({ deps, ctx: request.ctx, input: request.body })),
  );
  app.get(
    '/api/v1/contacts/:id',
    {
      preHandler: read,
      config: { writes: true },
      schema: {
        tags,
        summary: 'The full record (audited as contacts.record_viewed)',
        params: idParamsSchema,
        response: { 200: contactSchema },
      },
    },
    async (request) => getContact({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.patch(
    '/api/v1/contacts/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Change a contact; a stale version answers 409 common.version_conflict',
        params: idParamsSchema,
        body: updateContactInputSchema,
        response: { 200: contactSchema },
      },
    },
    async (request) => updateContact({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );
}
