import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDateSchema, listResponseSchema } from '@obieg/contracts/common';
import {
  jrwaClassSchema,
  jrwaExportQuerySchema,
  jrwaExtractSchema,
  jrwaImportResultSchema,
  jrwaListQuerySchema,
  jrwaListResponseSchema,
  jrwaVersionSchema,
  setJrwaExtractInputSchema,
} from '@obieg/contracts/jrwa';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { AppError } from '../../shared/errors/app-error.js';
import {
  exportJrwa,
  getJrwaClass,
  getJrwaExtract,
  importJrwa,
  listJrwaVersions,
  searchJrwa,
  setJrwaExtract,
} from './jrwa.usecases.js';

const tags = ['jrwa'];
const importFieldsSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  validFrom: isoDateSchema.optional(),
});

export function registerJrwaRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('jrwa:read');
  const manage = requirePermission('jrwa:manage');

  app.get(
    '/api/v1/jrwa',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Classes of the JRWA in force; search by symbol or words',
        querystring: jrwaListQuerySchema,
        response: { 200: jrwaListResponseSchema },
      },
    },
    async (request) => searchJrwa({ deps, ctx: request.ctx, ...request.query }),
  );

  app.get(
    '/api/v1/jrwa/versions',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'JRWA versions with validity dates',
        response: { 200: listResponseSchema(jrwaVersionSchema) },
      },
    },
    async (request) => ({
      items: await listJrwaVersions({ deps, ctx: request.ctx }),
      nextCursor: null,
    }),
  );

  app.get(
    '/api/v1/jrwa/export',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Export as CSV (documented format) or NDAP WykazAkt XML',
        querystring: jrwaExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { body, fileName } = await exportJrwa({
        deps,
        ctx: request.ctx,
        format: request.query.format,
        versionId: request.query.versionId,
      });
      const type =
        request.query.format === 'xml' ? 'application/xml; charset=utf-8' : 'text/csv; charset=utf-8';
      return reply.type(type).header('content-disposition', `attachment; filename="${fileName}"`).send(body);
    },
  );

  app.post(
    '/api/v1/jrwa/import',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Import a JRWA file (multipart field `file`; optional fields `name`, `validFrom`). All or nothing.',
        consumes: ['multipart/form-data'],
        response: { 201: jrwaImportResultSchema },
      },
    },
    async (request, reply) => {
      const fields: Record<string, string> = {};
      let file: { buffer: Buffer; name: string } | null = null;
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file') throw badUpload(`Unexpected file field ${part.fieldname}.`);
          file = { buffer: await part.toBuffer(), name: part.filename };
        } else {
          fields[part.fieldname] = String(part.value);
        }
      }
      if (!file) throw badUpload('The multipart field `file` is required.');
      const parsedFields = importFieldsSchema.safeParse(fields);
      if (!parsedFields.success) {
        throw new AppError({
          code: 'validation.failed',
          status: 400,
          title: 'Request validation failed',
          errors: parsedFields.error.issues.map((i) => ({
            path: `/${i.path.join('/')}`,
            message: i.message,
          })),
        });
      }
      const result = await importJrwa({
        deps,
        ctx: request.ctx,
        file: file.buffer,
        fileName: file.name || null,
        ...parsedFields.data,
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/v1/jrwa/extracts/:orgUnitId',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'End classes used by a unit (wyciąg)',
        params: z.object({ orgUnitId: z.uuid() }),
        response: { 200: jrwaExtractSchema },
      },
    },
    async (request) => getJrwaExtract({ deps, ctx: request.ctx, orgUnitId: request.params.orgUnitId }),
  );

  app.put(
    '/api/v1/jrwa/extracts/:orgUnitId',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Set the end classes a unit uses',
        params: z.object({ orgUnitId: z.uuid() }),
        body: setJrwaExtractInputSchema,
        response: { 200: jrwaExtractSchema },
      },
    },
    async (request) =>
      setJrwaExtract({
        deps,
        ctx: request.ctx,
        orgUnitId: request.params.orgUnitId,
        symbols: request.body.symbols,
      }),
  );

  app.get(
    '/api/v1/jrwa/:symbol',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'One class',
        params: z.object({ symbol: z.string().regex(/^\d{1,10}$/) }),
        querystring: z.object({ versionId: z.uuid().optional() }),
        response: { 200: jrwaClassSchema },
      },
    },
    async (request) =>
      getJrwaClass({
        deps,
        ctx: request.ctx,
        symbol: request.params.symbol,
        versionId: request.query.versionId,
      }),
  );
}

const badUpload = (detail: string) =>
  new AppError({ code: 'http.bad_request', status: 400, title: 'Bad upload', detail });
