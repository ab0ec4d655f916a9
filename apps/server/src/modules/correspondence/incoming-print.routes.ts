import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@obieg/contracts/common';
import { incomingExportQuerySchema, incomingFiltersSchema } from '@obieg/contracts/correspondence';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import {
  exportIncoming,
  printIncomingLabel,
  printIncomingReceipt,
  printIncomingRegister,
} from './incoming-print.usecases.js';

/** Exports (CSV, XLSX) and printouts (label, receipt, register) of the RPW. */
export function registerIncomingPrintRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const typed = fastify.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('correspondence:read');
  const tags = ['correspondence'];

  typed.get(
    '/api/v1/incoming/export',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Export the filtered RPW as CSV (; and BOM) or XLSX',
        querystring: incomingExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const file = await exportIncoming({ deps, ctx: request.ctx, filters, format });
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.content);
    },
  );
  typed.get(
    '/api/v1/incoming/register.pdf',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'The RPW register printout (print date on every page)',
        querystring: incomingFiltersSchema,
      },
    },
    async (request, reply) =>
      reply
        .type('application/pdf')
        .send(await printIncomingRegister({ deps, ctx: request.ctx, filters: request.query })),
  );
  typed.get(
    '/api/v1/incoming/:id/label.pdf',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Label 62×29 mm: office, RPW number, date, Code 128 and QR of the document id',
        params: idParamsSchema,
      },
    },
    async (request, reply) =>
      reply
        .type('application/pdf')
        .send(await printIncomingLabel({ deps, ctx: request.ctx, id: request.params.id })),
  );
  typed.get(
    '/api/v1/incoming/:id/receipt.pdf',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Confirmation of receipt for a person delivering a letter',
        params: idParamsSchema,
      },
    },
    async (request, reply) =>
      reply
        .type('application/pdf')
        .send(await printIncomingReceipt({ deps, ctx: request.ctx, id: request.params.id })),
  );
}
