import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '@obieg/contracts/common';
import {
  approvalDecisionSchema,
  approvalTaskQuerySchema,
  approvalTaskSchema,
  caseDraftSchema,
  createDraftSchema,
  createdDraftSchema,
  createdVersionSchema,
  createTemplateSchema,
  createVersionSchema,
  diffQuerySchema,
  documentDiffSchema,
  documentSchema,
  startApprovalSchema,
  templateListQuerySchema,
  templateSchema,
  updateTemplateSchema,
  versionTextSchema,
} from '@obieg/contracts/documents';
import { requireAuthenticated, requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { cancelApproval, decideApprovalTask, listApprovalTasks, startApproval } from './approval.usecases.js';
import {
  addVersion,
  createDraft,
  diffVersions,
  getDocument,
  getVersionText,
  listCaseDrafts,
} from './drafts.usecases.js';
import { createTemplate, getTemplate, listTemplates, updateTemplate } from './templates.usecases.js';

const tags = ['documents'];

export function registerDocumentsRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const manage = requirePermission('tenant:manage');
  const read = requirePermission('cases:read', 'drafts:approve', 'drafts:sign');
  const handle = requirePermission('cases:handle');
  const signed = requireAuthenticated();

  // Templates ----------------------------------------------------------------------------------
  app.get(
    '/api/v1/templates',
    {
      preHandler: requirePermission('cases:handle', 'tenant:manage'),
      schema: {
        tags,
        summary: 'Letter templates of the office (active ones; `includeInactive=true` for administrators)',
        querystring: templateListQuerySchema,
        response: { 200: z.object({ items: z.array(templateSchema) }) },
      },
    },
    async (request) => ({
      items: await listTemplates({
        deps,
        ctx: request.ctx,
        includeInactive: request.query.includeInactive && request.ctx.actor.permissions.has('tenant:manage'),
      }),
    }),
  );
  app.post(
    '/api/v1/templates',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Add a letter template (fields `{{name}}` from TEMPLATE_FIELDS; 422 `documents.invalid_template`)',
        body: createTemplateSchema,
        response: { 201: templateSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTemplate({ deps, ctx: request.ctx, input: request.body })),
  );
  app.get(
    '/api/v1/templates/:id',
    {
      preHandler: requirePermission('cases:handle', 'tenant:manage'),
      schema: {
        tags,
        summary: 'One letter template',
        params: idParamsSchema,
        response: { 200: templateSchema },
      },
    },
    async (request) => getTemplate({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.patch(
    '/api/v1/templates/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Change a template (with its `version`; 409 `documents.template_version_conflict`)',
        params: idParamsSchema,
        body: updateTemplateSchema,
        response: { 200: templateSchema },
      },
    },
    async (request) => updateTemplate({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );

  // Drafts and versions ------------------------------------------------------------------------
  app.get(
    '/api/v1/cases/:id/drafts',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Drafts written in the case',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(caseDraftSchema) }) },
      },
    },
    async (request) => ({
      items: await listCaseDrafts({ deps, ctx: request.ctx, caseId: request.params.id }),
    }),
  );
  app.post(
    '/api/v1/cases/:id/drafts',
    {
      preHandler: handle,
      schema: {
        tags,
        summary:
          'Write a draft in an open case: from a template (PDF + DOCX), an uploaded file, or an empty letter',
        description:
          'The draft enters the case file. 404 `documents.template_not_found`, 422 `documents.unknown_contact`, ' +
          '`documents.unknown_file`; 415 `documents.unsupported_file`; 409 `cases.closed`.',
        params: idParamsSchema,
        body: createDraftSchema,
        response: { 201: createdDraftSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createDraft({ deps, ctx: request.ctx, caseId: request.params.id, input: request.body })),
  );
  app.get(
    '/api/v1/documents/:id',
    {
      preHandler: read,
      // The read is audited: made durable like a change (embedded mode).
      config: { writes: true },
      schema: {
        tags,
        summary: 'A document with all its versions, its approval paths and what you may do with it',
        params: idParamsSchema,
        response: { 200: documentSchema },
      },
    },
    async (request) => getDocument({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.post(
    '/api/v1/documents/:id/versions',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'A new version: `fileId` (uploaded) or `text` (typed; rendered in the letter frame)',
        description:
          'The case handler adds versions outside approval; an approver with a pending task may add their own. ' +
          '409 `documents.final` for a signed document, `documents.approval_in_progress`.',
        params: idParamsSchema,
        body: createVersionSchema,
        response: { 201: createdVersionSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addVersion({ deps, ctx: request.ctx, id: request.params.id, input: request.body })),
  );
  app.get(
    '/api/v1/documents/:id/versions/:versionId/text',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'The plain text of a version (null when its file has no readable text yet)',
        params: z.object({ id: z.uuid(), versionId: z.uuid() }),
        response: { 200: versionTextSchema },
      },
    },
    async (request) =>
      getVersionText({ deps, ctx: request.ctx, id: request.params.id, versionId: request.params.versionId }),
  );
  app.get(
    '/api/v1/documents/:id/diff',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Word-by-word comparison of two versions (by number)',
        params: idParamsSchema,
        querystring: diffQuerySchema,
        response: { 200: documentDiffSchema },
      },
    },
    async (request) =>
      diffVersions({
        deps,
        ctx: request.ctx,
        id: request.params.id,
        from: request.query.from,
        to: request.query.to,
      }),
  );

  // Approval -----------------------------------------------------------------------------------
  app.post(
    '/api/v1/documents/:id/approval',
    {
      preHandler: handle,
      schema: {
        tags,
        summary: 'Send the draft along an approval path; the last stage is the signatory',
        description:
          'Stages in order: `{positionId}` or `{parallel: [positionId, …]}`. 422 `documents.invalid_path`; ' +
          '409 `documents.approval_in_progress`, `documents.final`.',
        params: idParamsSchema,
        body: startApprovalSchema,
        response: { 201: z.object({ pathId: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await startApproval({ deps, ctx: request.ctx, id: request.params.id, input: request.body })),
  );
  app.post(
    '/api/v1/documents/:id/approval/cancel',
    {
      preHandler: handle,
      schema: {
        tags,
        summary: 'Withdraw the draft from its running path',
        params: idParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await cancelApproval({ deps, ctx: request.ctx, id: request.params.id });
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/v1/approval-tasks',
    {
      preHandler: signed,
      schema: {
        tags,
        summary: 'Approval tasks of your active position (a substitute sees the absent colleague’s)',
        querystring: approvalTaskQuerySchema,
        response: { 200: z.object({ items: z.array(approvalTaskSchema) }) },
      },
    },
    async (request) => ({
      items: await listApprovalTasks({ deps, ctx: request.ctx, status: request.query.status }),
    }),
  );
  app.post(
    '/api/v1/approval-tasks/:id/decision',
    {
      preHandler: signed,
      schema: {
        tags,
        summary: 'Approve, or reject with a comment, your approval task',
        description:
          '403 `documents.not_on_path` when the task is not your position’s; 409 `documents.step_decided`.',
        params: idParamsSchema,
        body: approvalDecisionSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await decideApprovalTask({ deps, ctx: request.ctx, taskId: request.params.id, input: request.body });
      return reply.status(204).send(null);
    },
  );
}
