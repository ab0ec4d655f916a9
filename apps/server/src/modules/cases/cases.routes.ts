import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  addCaseDocumentInputSchema,
  addNotCountedPeriodInputSchema,
  caseDocumentListSchema,
  caseDocumentSchema,
  caseListQuerySchema,
  caseListSchema,
  caseSchema,
  caseShareListSchema,
  caseShareSchema,
  closeCaseInputSchema,
  cooperationQuerySchema,
  cooperationReportSchema,
  shareCaseInputSchema,
  shareParamsSchema,
  deadlineDashboardQuerySchema,
  deadlineDashboardSchema,
  delayNoticeInputSchema,
  linkCaseInputSchema,
  metrykaSchema,
  openCaseInputSchema,
  reopenCaseInputSchema,
  takeOverCaseInputSchema,
  resumeCaseInputSchema,
  suspendCaseInputSchema,
  updateCaseInputSchema,
} from '@obieg/contracts/cases';
import { takeOverCase } from './case-takeover.usecases.js';
import { idParamsSchema } from '@obieg/contracts/common';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import { getDeadlineDashboard, notifyDelay } from './case-deadlines.usecases.js';
import { addCaseDocument, listCaseDocuments } from './case-file.usecases.js';
import { getCaseMetryka } from './case-metryka.usecases.js';
import { getCooperationReport, listCaseShares, revokeCaseShare, shareCase } from './case-sharing.usecases.js';
import {
  addNotCountedPeriod,
  closeCase,
  linkCases,
  reopenCase,
  resumeCase,
  suspendCase,
} from './case-lifecycle.usecases.js';
import { getCase, listCases } from './case-queries.usecases.js';
import { openCase, updateCase } from './cases.usecases.js';

export function registerCasesRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('cases:read');
  const handle = requirePermission('cases:handle');
  const tags = ['cases'];

  app.post(
    '/api/v1/cases',
    {
      preHandler: handle,
      schema: {
        tags,
        summary: 'Open a case in an end class of the unit’s JRWA extract (znak `unit.class.n.year`)',
        description:
          'From an incoming item (its first document; the term runs from its receipt date) or on own initiative ' +
          '(the term runs from today). Numbers are gapless per unit, class and year. 422 `cases.class_not_final`, ' +
          '`cases.class_outside_extract`, `cases.unknown_class`; 403 `cases.outside_scope`.',
        body: openCaseInputSchema,
        response: { 201: caseSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await openCase({ deps, ctx: request.ctx, input: request.body })),
  );
  app.get(
    '/api/v1/cases',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Cases you may see, newest first; `q` matches words of the znak, title, description and parties',
        querystring: caseListQuerySchema,
        response: { 200: caseListSchema },
      },
    },
    async (request) => listCases({ deps, ctx: request.ctx, query: request.query }),
  );
  app.get(
    '/api/v1/cases/deadlines',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Deadline dashboard: open cases with a term, overdue first (yours, your unit’s, or the office’s)',
        querystring: deadlineDashboardQuerySchema,
        response: { 200: deadlineDashboardSchema },
      },
    },
    async (request) => getDeadlineDashboard({ deps, ctx: request.ctx, query: request.query }),
  );
  app.get(
    '/api/v1/cases/cooperation',
    {
      preHandler: requirePermission('reports:read'),
      schema: {
        tags,
        summary:
          'Cooperation per unit: cases shared with it and opinions it gave; cases it shared and opinions it received',
        querystring: cooperationQuerySchema,
        response: { 200: cooperationReportSchema },
      },
    },
    async (request) =>
      getCooperationReport({ deps, ctx: request.ctx, from: request.query.from, to: request.query.to }),
  );
  app.get(
    '/api/v1/cases/:id/shares',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Shares of a case (revoked ones too)',
        params: idParamsSchema,
        response: { 200: caseShareListSchema },
      },
    },
    async (request) => listCaseShares({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.post(
    '/api/v1/cases/:id/shares',
    {
      preHandler: handle,
      schema: {
        tags,
        summary:
          'Share the case — whole or chosen documents — with a person or a unit, to read or to contribute opinions',
        params: idParamsSchema,
        body: shareCaseInputSchema,
        response: { 201: caseShareSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await shareCase({ deps, ctx: request.ctx, id: request.params.id, input: request.body })),
  );
  app.delete(
    '/api/v1/cases/:id/shares/:shareId',
    {
      preHandler: handle,
      schema: {
        tags,
        summary: 'Revoke a share (it is kept, marked revoked)',
        params: shareParamsSchema,
        response: { 200: caseShareSchema },
      },
    },
    async (request) =>
      revokeCaseShare({ deps, ctx: request.ctx, id: request.params.id, shareId: request.params.shareId }),
  );
  app.post(
    '/api/v1/cases/:id/delay-notice',
    {
      preHandler: handle,
      schema: {
        tags,
        summary: 'Record an art. 36 KPA notice of delay: the term becomes the new date',
        params: idParamsSchema,
        body: delayNoticeInputSchema,
        response: { 200: caseSchema },
      },
    },
    async (request) => notifyDelay({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );
  app.get(
    '/api/v1/cases/:id',
    {
      preHandler: read,
      config: { writes: true },
      schema: {
        tags,
        summary: 'A case with its deadline, parties and links (the view is recorded)',
        params: idParamsSchema,
        response: { 200: caseSchema },
      },
    },
    async (request) => getCase({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.patch(
    '/api/v1/cases/:id',
    {
      preHandler: handle,
      schema: {
        tags,
        summary:
          'Change title, description, access, parties or the term (with `version`; 409 when stale or closed)',
        params: idParamsSchema,
        body: updateCaseInputSchema,
        response: { 200: caseSchema },
      },
    },
    async (request) => updateCase({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );
  app.get(
    '/api/v1/cases/:id/documents',
    {
      preHandler: read,
      config: { writes: true },
      schema: {
        tags,
        summary: 'The case file (akta sprawy) in order, with metadata part C',
        params: idParamsSchema,
        response: { 200: caseDocumentListSchema },
      },
    },
    async (request) => listCaseDocuments({ deps, ctx: request.ctx, caseId: request.params.id }),
  );
  app.post(
    '/api/v1/cases/:id/documents',
    {
      preHandler: handle,
      schema: {
        tags,
        summary:
          'Add an incoming item, a note, a file or an opinion to the case file (409 when the case is closed)',
        params: idParamsSchema,
        body: addCaseDocumentInputSchema,
        response: { 201: caseDocumentSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addCaseDocument({ deps, ctx: request.ctx, caseId: request.params.id, input: request.body }),
        ),
  );
  app.post(
    '/api/v1/cases/:id/suspend',
    {
      preHandler: handle,
      schema: {
        tags,
        summary: 'Suspend the proceedings: the term’s clock stops (with a reason)',
        params: idParamsSchema,
        body: suspendCaseInputSchema,
        response: { 200: caseSchema },
      },
    },
    async (request) =>
      suspendCase({
        deps,
        ctx: request.ctx,
        id: request.params.id,
        reason: request.body.reason,
        from: request.body.from,
      }),
  );
  app.post(
    '/api/v1/cases/:id/resume',
    {
      preHandler: handle,
      schema: {
        tags,
        summary: 'Resume suspended proceedings: the clock runs again',
        params: idParamsSchema,
        body: resumeCaseInputSchema,
        response: { 200: caseSchema },
      },
    },
    async (request) => resumeCase({ deps, ctx: request.ctx, id: request.params.id, to: request.body.to }),
  );
  app.post(
    '/api/v1/cases/:id/not-counted-periods',
    {
      preHandler: handle,
      schema: {
        tags,
        summary: 'Record a period the term does not count (KPA art. 35 § 5), with a reason',
        params: idParamsSchema,
        body: addNotCountedPeriodInputSchema,
        response: { 200: caseSchema },
      },
    },
    async (request) =>
      addNotCountedPeriod({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/v1/cases/:id/close',
    {
      preHandler: handle,
      schema: {
        tags,
        summary:
          'Close with the manner of settlement (sets the date of final settlement); unfinished work answers 409 unless `force`',
        params: idParamsSchema,
        body: closeCaseInputSchema,
        response: { 200: caseSchema },
      },
    },
    async (request) => closeCase({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/v1/cases/:id/reopen',
    {
      preHandler: handle,
      schema: {
        tags,
        summary: 'Reopen a closed case, with a reason',
        params: idParamsSchema,
        body: reopenCaseInputSchema,
        response: { 200: caseSchema },
      },
    },
    async (request) =>
      reopenCase({ deps, ctx: request.ctx, id: request.params.id, reason: request.body.reason }),
  );
  app.post(
    '/api/v1/cases/:id/take-over',
    {
      preHandler: handle,
      schema: {
        tags,
        summary:
          'After a reorganisation: another unit takes the open case over as a new case with a new znak (same parties, initiating item and term); the old case closes as `transferred`, the two are linked',
        params: idParamsSchema,
        body: takeOverCaseInputSchema,
        response: { 201: caseSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await takeOverCase({ deps, ctx: request.ctx, id: request.params.id, input: request.body })),
  );
  app.post(
    '/api/v1/cases/:id/links',
    {
      preHandler: handle,
      schema: {
        tags,
        summary: 'Link a related case (related, continuation, taken over)',
        params: idParamsSchema,
        body: linkCaseInputSchema,
        response: { 200: caseSchema },
      },
    },
    async (request) => linkCases({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );
  app.get(
    '/api/v1/cases/:id/history',
    {
      preHandler: read,
      config: { writes: true },
      schema: {
        tags,
        summary:
          'The metryka sprawy (KPA art. 66a) from the audit trail: ordinal, date, person, action, document',
        params: idParamsSchema,
        response: { 200: metrykaSchema },
      },
    },
    async (request) => getCaseMetryka({ deps, ctx: request.ctx, id: request.params.id }),
  );
}
