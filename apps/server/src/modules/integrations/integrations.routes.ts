import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '@obieg/contracts/common';
import {
  createMailboxSchema,
  integrationLogPageSchema,
  integrationLogQuerySchema,
  mailboxSchema,
  syncResultSchema,
  updateMailboxSchema,
} from '@obieg/contracts/integrations';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { createMailbox, listIntegrationLog, listMailboxes, updateMailbox } from './mailboxes.usecases.js';
import { syncMailboxesNow } from './sync.usecases.js';

const tags = ['integrations'];

/** The office's e-Doręczenia, ePUAP and SMTP accounts, their log, and synchronisation on demand. */
export function registerIntegrationsRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const manage = requirePermission('tenant:manage');
  const sync = requirePermission('tenant:manage', 'correspondence:register');

  app.get(
    '/api/v1/integrations/mailboxes',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Mailboxes of the office (ADE, ePUAP boxes, SMTP)',
        response: { 200: z.object({ items: z.array(mailboxSchema) }) },
      },
    },
    async (request) => ({ items: await listMailboxes({ deps, ctx: request.ctx }) }),
  );
  app.post(
    '/api/v1/integrations/mailboxes',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Add a mailbox; its client certificate is pasted as PEM or issued by the office CA (keys sealed at rest)',
        body: createMailboxSchema,
        response: { 201: mailboxSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMailbox({ deps, ctx: request.ctx, input: request.body })),
  );
  app.patch(
    '/api/v1/integrations/mailboxes/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Change a mailbox (optimistic `version`)',
        params: idParamsSchema,
        body: updateMailboxSchema,
        response: { 200: mailboxSchema },
      },
    },
    async (request) => updateMailbox({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );
  app.get(
    '/api/v1/integrations/log',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'What the integrations did and refused (no personal data), newest first',
        querystring: integrationLogQuerySchema,
        response: { 200: integrationLogPageSchema },
      },
    },
    async (request) => listIntegrationLog({ deps, ctx: request.ctx, query: request.query }),
  );
  for (const kind of ['edelivery', 'epuap'] as const)
    app.post(
      `/api/v1/integrations/${kind}/sync`,
      {
        preHandler: sync,
        schema: {
          tags,
          summary: `Fetch the ${kind === 'edelivery' ? 'e-Doręczenia' : 'ePUAP'} mailboxes now: register new letters in the RPW, update the statuses of sent ones (also runs every minute)`,
          response: { 200: syncResultSchema },
        },
      },
      async (request) => syncMailboxesNow({ deps, ctx: request.ctx, kind }),
    );
}
