import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditEventSchema, auditListQuerySchema, auditVerifyResultSchema } from '@obieg/contracts/audit';
import { listResponseSchema } from '@obieg/contracts/common';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { listAuditEvents, verifyAuditChainForActor } from './audit.usecases.js';

export function registerAuditRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];

  app.get(
    '/api/v1/audit',
    {
      preHandler: requirePermission('audit:read'),
      schema: {
        tags,
        summary: 'History (metryka) of any subject, newest first',
        querystring: auditListQuerySchema,
        response: { 200: listResponseSchema(auditEventSchema) },
      },
    },
    async (request) => {
      const { from, to, cursor, ...rest } = request.query;
      return listAuditEvents({
        db: deps.db,
        ctx: request.ctx,
        filters: {
          ...rest,
          from: from ? new Date(from) : undefined,
          to: to ? new Date(to) : undefined,
          beforeSeq: cursor ? Number(cursor) : undefined,
        },
      });
    },
  );

  app.post(
    '/api/v1/audit/verify',
    {
      preHandler: requirePermission('audit:verify'),
      schema: {
        tags,
        summary: 'Recompute the office hash chain; names the first broken link',
        response: { 200: auditVerifyResultSchema },
      },
    },
    async (request) => verifyAuditChainForActor({ deps, ctx: request.ctx }),
  );
}
