import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { caseRegisterQuerySchema, caseRegisterSchema } from '@obieg/contracts/cases';
import { idParamsSchema } from '@obieg/contracts/common';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { printCaseMetryka } from './case-metryka.usecases.js';
import { exportCaseRegister, getCaseRegister } from './case-register.usecases.js';

const FORMATS = {
  pdf: { summary: 'The spis spraw printout (A4 landscape; header, print date and page on every page)' },
  csv: { summary: 'The spis spraw as CSV for Polish Excel (UTF-8 with BOM, `;`, CRLF)' },
  xlsx: { summary: 'The spis spraw as XLSX' },
} as const;

const REGISTER_DESCRIPTION =
  'The cases of a unit in a JRWA class of any level (`jrwaSymbol` and every class under it), of a ' +
  '`year` or opened between `from` and `to`, in the order of the znak; only the cases you may see. ' +
  '422 `cases.unknown_unit`, `cases.register_too_large`.';

/** The printouts of cases: the spis spraw (JSON, PDF, CSV, XLSX) and the metryka as a PDF. */
export function registerCaseRegisterRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('cases:read');
  const tags = ['cases'];

  app.get(
    '/api/v1/case-registers',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'The spis spraw (case register) of a unit and JRWA class, for a year or a date range',
        description: REGISTER_DESCRIPTION,
        querystring: caseRegisterQuerySchema,
        response: { 200: caseRegisterSchema },
      },
    },
    async (request) => getCaseRegister({ deps, ctx: request.ctx, query: request.query }),
  );
  for (const format of ['pdf', 'csv', 'xlsx'] as const)
    app.get(
      `/api/v1/case-registers.${format}`,
      {
        preHandler: read,
        config: { writes: true },
        schema: {
          tags,
          summary: FORMATS[format].summary,
          description: `${REGISTER_DESCRIPTION} Recorded in the audit trail (\`cases.register_printed\`).`,
          querystring: caseRegisterQuerySchema,
        },
      },
      async (request, reply) => {
        const file = await exportCaseRegister({ deps, ctx: request.ctx, query: request.query, format });
        const disposition = format === 'pdf' ? 'inline' : 'attachment';
        return reply
          .type(file.mediaType)
          .header('content-disposition', `${disposition}; filename="${file.fileName}"`)
          .send(file.content);
      },
    );
  app.get(
    '/api/v1/cases/:id/metryka.pdf',
    {
      preHandler: read,
      config: { writes: true },
      schema: {
        tags,
        summary:
          'The metryka sprawy (KPA art. 66a) as a PDF: znak, title, date of initiation, one row per action',
        description:
          'Needs the whole case in sight (404 `cases.not_found` otherwise; 403 `cases.outside_scope` for a ' +
          'share of chosen documents). Recorded in the audit trail (`cases.metryka_printed`).',
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await printCaseMetryka({ deps, ctx: request.ctx, id: request.params.id });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${file.fileName}"`)
        .send(file.content);
    },
  );
}
