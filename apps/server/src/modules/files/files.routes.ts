import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@obieg/contracts/common';
import { fileContentQuerySchema, fileSchema } from '@obieg/contracts/files';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { AppError } from '../../shared/errors/app-error.js';
import { registerFilePreviewRoutes } from './files-preview.routes.js';
import { contentDisposition } from './files.models.js';
import { getFile, readFileContent, uploadFile } from './files.usecases.js';

const tags = ['files'];
/** Types a browser would run as a page if shown inline: sandboxed. */
const ACTIVE_CONTENT = /^(text\/html|application\/xhtml\+xml|image\/svg\+xml|application\/xml)$/;

export function registerFilesRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const upload = requirePermission('files:upload');
  const read = requirePermission('files:read');

  app.post(
    '/api/v1/files',
    {
      preHandler: upload,
      schema: {
        tags,
        summary:
          'Upload one file (multipart field `file`), streamed and hashed; its type is told from the content. ' +
          '413 past the limit, 415 for types outside the accepted list (KRI) and executables.',
        consumes: ['multipart/form-data'],
        response: { 201: fileSchema },
      },
    },
    async (request, reply) => {
      const maxBytes = deps.config.files.maxUploadBytes;
      const part = await request.file({
        limits: { fileSize: maxBytes + 1, files: 1, fields: 10, parts: 11 },
        throwFileSizeLimit: false,
      });
      if (!part || part.fieldname !== 'file') {
        part?.file.resume();
        throw new AppError({
          code: 'http.bad_request',
          status: 400,
          title: 'Bad upload',
          detail: 'The multipart field `file` is required.',
        });
      }
      const file = await uploadFile({ deps, ctx: request.ctx, source: part.file, fileName: part.filename });
      return reply.status(201).send(file);
    },
  );

  app.get(
    '/api/v1/files/:id',
    {
      preHandler: read,
      schema: { tags, summary: 'Metadata of a file', params: idParamsSchema, response: { 200: fileSchema } },
    },
    async (request) => getFile({ deps, ctx: request.ctx, id: request.params.id }),
  );

  app.get(
    '/api/v1/files/:id/content',
    {
      preHandler: read,
      config: { writes: true },
      schema: {
        tags,
        summary:
          'The content, with its detected media type; a download unless `inline=1`. Every read is recorded in the audit log.',
        params: idParamsSchema,
        querystring: fileContentQuerySchema,
      },
    },
    async (request, reply) => {
      const { file, content } = await readFileContent({ deps, ctx: request.ctx, id: request.params.id });
      const inline = request.query.inline === '1' || request.query.inline === 'true';
      void reply
        .type(file.mediaType)
        .header('content-length', file.size)
        .header('content-disposition', contentDisposition({ name: file.name, inline }))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store');
      if (ACTIVE_CONTENT.test(file.mediaType))
        void reply.header(
          'content-security-policy',
          "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        );
      return reply.send(content);
    },
  );
  registerFilePreviewRoutes(fastify, deps);
}
