import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '@obieg/contracts/common';
import {
  FILE_PREVIEW_PAGE_COUNT_HEADER,
  FILE_PREVIEW_PAGE_HEADER,
  filePreviewQuerySchema,
  filePreviewSchema,
} from '@obieg/contracts/files-preview';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { previewFile } from './files-preview.usecases.js';

export function registerFilePreviewRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/files/:id/preview',
    {
      preHandler: requirePermission('files:read'),
      config: { writes: true },
      schema: {
        tags: ['files'],
        summary: 'A preview of the file for the browser, by its detected type',
        description: [
          '- PDF, JPEG, PNG, GIF, SVG: JSON `{kind: "pdf"|"image", contentUrl}`; the browser renders the',
          '  content from `contentUrl` (that read is audited there). Nothing is read here.',
          `- TIFF: one page as \`image/png\` (\`?page=N\`, default 1), with headers \`${FILE_PREVIEW_PAGE_HEADER}\``,
          `  and \`${FILE_PREVIEW_PAGE_COUNT_HEADER}\`; 404 \`files.preview_page_not_found\` past the last page.`,
          '- Plain text (UTF-8, else Windows-1250), XML (pretty-printed; malformed XML as it is with',
          '  `wellFormed: false`), DOCX and ODT (extracted text): JSON `{kind: "text"|"xml", text, truncated}`',
          '  with about 1 MB of text at most.',
          '- Other types: 415 `files.preview_unavailable`. Over the limits (50 MB to convert, 20 MB',
          '  unzipped, 40 megapixels a page): 422 `files.preview_too_large`; unreadable: 422 `files.preview_damaged`.',
          'Every conversion reads the content and is recorded as `files.content_read` with `purpose: "preview"`.',
        ].join('\n'),
        params: idParamsSchema,
        querystring: filePreviewQuerySchema,
        response: {
          200: {
            content: {
              'application/json': { schema: filePreviewSchema },
              'image/png': {
                schema: z
                  .custom<Uint8Array>((value) => value instanceof Uint8Array)
                  .meta({ type: 'string', format: 'binary', description: 'A TIFF page as PNG.' }),
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const result = await previewFile({
        deps,
        ctx: request.ctx,
        id: request.params.id,
        page: request.query.page,
      });
      void reply.header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff');
      if (result.format === 'json') return reply.type('application/json').send(result.preview);
      return reply
        .type('image/png')
        .header(FILE_PREVIEW_PAGE_HEADER, result.page)
        .header(FILE_PREVIEW_PAGE_COUNT_HEADER, result.pageCount)
        .send(result.png);
    },
  );
}
