import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '@obieg/contracts/common';
import {
  createDispatchSchema,
  dispatchOptionsSchema,
  dispatchSchema,
  envelopesQuerySchema,
  markPostedSchema,
  postalDayQuerySchema,
  recordDeliverySchema,
  recordReturnSchema,
  registerExportQuerySchema,
  registerPageSchema,
  registerQuerySchema,
  registerRowSchema,
  returnReceiptSchema,
} from '@obieg/contracts/dispatch';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import {
  cancelItem,
  markPosted,
  recordDelivery,
  recordReturn,
  recordReturnReceipt,
  retryItem,
} from './dispatch-delivery.usecases.js';
import { exportRegister } from './dispatch-print.usecases.js';
import {
  printEnvelopes,
  printPostalBook,
  exportForElektronicznyNadawca,
} from './dispatch-postal.usecases.js';
import { getDispatch, getDispatchOptions, listRegister, orderDispatch } from './dispatch.usecases.js';

const tags = ['dispatch'];
const itemParamsSchema = z.object({ id: z.uuid(), itemId: z.uuid() });

/** Outgoing letters: ordering, the register, paper mail (envelopes, postal book, EN), deliveries. */
export function registerDispatchRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const registry = requirePermission('dispatch:send');
  const handle = requirePermission('cases:handle');
  const read = requirePermission('dispatch:send', 'cases:read');

  app.get(
    '/api/v1/documents/:id/dispatch-options',
    {
      preHandler: handle,
      schema: {
        tags,
        summary: 'The addressees of a document and the channels each can be sent by',
        params: idParamsSchema,
        response: { 200: dispatchOptionsSchema },
      },
    },
    async (request) => getDispatchOptions({ deps, ctx: request.ctx, documentId: request.params.id }),
  );
  app.post(
    '/api/v1/outgoing',
    {
      preHandler: handle,
      schema: {
        tags,
        summary:
          'Order the dispatch of a signed (or, for paper, accepted) document per addressee and channel; electronic items are sent by the job queue',
        body: createDispatchSchema,
        response: { 201: dispatchSchema },
      },
    },
    async (request, reply) => {
      const dispatch = await orderDispatch({ deps, ctx: request.ctx, input: request.body });
      request.server.jobs.wake();
      return reply.status(201).send(dispatch);
    },
  );
  app.get(
    '/api/v1/outgoing',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'The outgoing register (one row per addressee), sortable; the registry sees all, others pass `caseId` of a case they see',
        querystring: registerQuerySchema,
        response: { 200: registerPageSchema },
      },
    },
    async (request) => listRegister({ deps, ctx: request.ctx, query: request.query }),
  );
  app.get(
    '/api/v1/outgoing/export',
    {
      preHandler: registry,
      schema: {
        tags,
        summary:
          'The outgoing register as CSV, XLSX or a PDF printout (print date on each page), chosen fields',
        querystring: registerExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { format, fields, ...query } = request.query;
      const file = await exportRegister({ deps, ctx: request.ctx, query, format, fields });
      return reply
        .type(file.mediaType)
        .header(
          'content-disposition',
          `${format === 'pdf' ? 'inline' : 'attachment'}; filename="${file.fileName}"`,
        )
        .send(file.content);
    },
  );
  app.get(
    '/api/v1/outgoing/postal-book.pdf',
    {
      preHandler: registry,
      schema: {
        tags,
        summary: 'The pocztowa książka nadawcza of a day: registered letters handed to the post that day',
        querystring: postalDayQuerySchema,
      },
    },
    async (request, reply) =>
      reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="ksiazka-nadawcza-${request.query.date}.pdf"`)
        .send(await printPostalBook({ deps, ctx: request.ctx, date: request.query.date })),
  );
  app.get(
    '/api/v1/outgoing/en-export.xml',
    {
      preHandler: registry,
      schema: {
        tags,
        summary:
          'Letters posted on a day as a Poczta Polska Elektroniczny Nadawca `addShipment` request (types of the EN WSDL)',
        querystring: postalDayQuerySchema,
      },
    },
    async (request, reply) =>
      reply
        .type('application/xml; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="elektroniczny-nadawca-${request.query.date}.xml"`,
        )
        .send(await exportForElektronicznyNadawca({ deps, ctx: request.ctx, date: request.query.date })),
  );
  app.get(
    '/api/v1/outgoing/envelopes.pdf',
    {
      preHandler: registry,
      schema: {
        tags,
        summary: 'Envelopes (DL, C5, C4) or an A4 sheet of address labels for chosen items',
        querystring: envelopesQuerySchema,
      },
    },
    async (request, reply) =>
      reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="koperty.pdf"')
        .send(
          await printEnvelopes({
            deps,
            ctx: request.ctx,
            itemIds: request.query.items.split(',').map((s) => s.trim()),
            format: request.query.format,
          }),
        ),
  );
  app.post(
    '/api/v1/outgoing/posted',
    {
      preHandler: registry,
      schema: {
        tags,
        summary: 'Letters handed to the post (or the addressee) on a day, with their posting numbers',
        body: markPostedSchema,
        response: { 200: z.object({ items: z.array(registerRowSchema) }) },
      },
    },
    async (request) => markPosted({ deps, ctx: request.ctx, input: request.body }),
  );
  app.post(
    '/api/v1/outgoing/return-receipts',
    {
      preHandler: registry,
      schema: {
        tags,
        summary: 'A returned ZPO card: its barcode (the posting number) and the delivery date on it',
        body: returnReceiptSchema,
        response: { 200: dispatchSchema },
      },
    },
    async (request) => recordReturnReceipt({ deps, ctx: request.ctx, input: request.body }),
  );
  app.get(
    '/api/v1/outgoing/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'A dispatch with its addressees, statuses and evidence',
        params: idParamsSchema,
        response: { 200: dispatchSchema },
      },
    },
    async (request) => getDispatch({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.post(
    '/api/v1/outgoing/:id/delivery',
    {
      preHandler: registry,
      schema: {
        tags,
        summary: 'Record the delivery date of an addressee (with an uploaded proof)',
        params: idParamsSchema,
        body: recordDeliverySchema,
        response: { 200: dispatchSchema },
      },
    },
    async (request) =>
      recordDelivery({ deps, ctx: request.ctx, dispatchId: request.params.id, input: request.body }),
  );
  app.post(
    '/api/v1/outgoing/:id/items/:itemId/return',
    {
      preHandler: registry,
      schema: {
        tags,
        summary: 'A letter returned undelivered',
        params: itemParamsSchema,
        body: recordReturnSchema,
        response: { 200: dispatchSchema },
      },
    },
    async (request) =>
      recordReturn({
        deps,
        ctx: request.ctx,
        dispatchId: request.params.id,
        itemId: request.params.itemId,
        input: request.body,
      }),
  );
  app.post(
    '/api/v1/outgoing/:id/items/:itemId/retry',
    {
      preHandler: registry,
      schema: {
        tags,
        summary: 'Send a failed electronic letter again',
        params: itemParamsSchema,
        response: { 200: dispatchSchema },
      },
    },
    async (request) => {
      const dispatch = await retryItem({
        deps,
        ctx: request.ctx,
        dispatchId: request.params.id,
        itemId: request.params.itemId,
      });
      request.server.jobs.wake();
      return dispatch;
    },
  );
  app.post(
    '/api/v1/outgoing/:id/items/:itemId/cancel',
    {
      preHandler: registry,
      schema: {
        tags,
        summary: 'Withdraw a letter not sent yet',
        params: itemParamsSchema,
        response: { 200: dispatchSchema },
      },
    },
    async (request) =>
      cancelItem({ deps, ctx: request.ctx, dispatchId: request.params.id, itemId: request.params.itemId }),
  );
}
