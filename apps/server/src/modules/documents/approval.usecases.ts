import type { ApprovalDecisionInput, ApprovalTask, StartApprovalInput } from '@obieg/contracts/documents';
import type { Database } from '../../db/database.types.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { announceInboxChange } from '../distribution/inbox.usecases.js';
import { createCaseClosedError, createOutsideCaseScopeError } from '../cases/cases.errors.js';
import { resolveDocumentAccess } from './document-access.js';
import { auditDocumentOnCase } from './document-records.js';
import {
  createApprovalInProgressError,
  createDocumentFinalError,
  createInvalidPathError,
  createNoApprovalError,
  createNotOnPathError,
  createStepDecidedError,
  createTaskNotFoundError,
} from './documents.errors.js';
import { createDocumentsRepository, type StepRow } from './documents.repository.js';
import type { DocumentsDeps } from './letter-files.js';

type Scope = { deps: DocumentsDeps; ctx: Context };

/** Announces the changed tasks to the inboxes of their people and units (live, at commit). */
async function announce({
  tx,
  tenantId,
  documentId,
  steps,
}: {
  tx: Database;
  tenantId: string;
  documentId: string;
  steps: { assigneeUserId: string; unitId?: string | null }[];
}) {
  if (steps.length === 0) return;
  await announceInboxChange({
    tx,
    tenantId,
    itemId: documentId,
    userIds: steps.map((s) => s.assigneeUserId),
    unitIds: steps.flatMap((s) => (s.unitId ? [s.unitId] : [])),
  });
}

/**
 * Sends a draft along an approval path: stages in order, each one person or a group deciding in
 * parallel; the last stage's person signs (or gives the final acceptance). Only the case handler
 * starts a path, for a draft that is not final and not already on one.
 */
export async function startApproval({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: StartApprovalInput }): Promise<{ pathId: string }> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const access = await resolveDocumentAccess({ tx, actor: ctx.actor, id, lock: true });
    const { document, repository } = access;
    if (document.status === 'signed') throw createDocumentFinalError();
    if (!access.access.handle) throw createOutsideCaseScopeError();
    if (!access.caseOpen) throw createCaseClosedError();
    if (access.running) throw createApprovalInProgressError();
    const stages = input.steps.map((step) => ('positionId' in step ? [step.positionId] : step.parallel));
    const all = stages.flat();
    const now = deps.clock.now();
    const positions = await repository.listActivePositions({ tenantId, ids: all, today: toWarsawDate(now) });
    const byId = new Map(positions.map((p) => [p.id, p]));
    const errors: { path: string; message: string }[] = [];
    const seen = new Set<string>();
    stages.forEach((ids, stage) =>
      ids.forEach((positionId, index) => {
        const single = input.steps[stage] !== undefined && 'positionId' in input.steps[stage];
        const path = single ? `/steps/${stage}/positionId` : `/steps/${stage}/parallel/${index}`;
        if (!byId.has(positionId)) errors.push({ path, message: 'Not an active position of the office' });
        else if (seen.has(positionId)) errors.push({ path, message: 'The position is on the path twice' });
        seen.add(positionId);
      }),
    );
    const lastStage = stages.at(-1) ?? [];
    if (lastStage.length !== 1)
      errors.push({
        path: `/steps/${stages.length - 1}`,
        message: 'The path ends with one signatory, not a group',
      });
    if (errors.length > 0) throw createInvalidPathError({ errors });

    const path = await repository.insertPath({
      id: deps.ids.next(),
      tenantId,
      documentId: id,
      status: 'in_progress',
      comment: input.comment ?? null,
      startedAt: now,
      startedBy: ctx.actor.userId,
      startedByName: ctx.actor.displayName,
      startedByPositionId: ctx.actor.positionId,
      actingForUserId: ctx.actor.actingForUserId,
    });
    const steps = await repository.insertSteps(
      stages.flatMap((ids, stage) =>
        ids.map((positionId) => ({
          id: deps.ids.next(),
          tenantId,
          pathId: path.id,
          stage: stage + 1,
          positionId,
          assigneeUserId: byId.get(positionId)?.userId ?? '',
          signatory: stage === stages.length - 1,
          status: stage === 0 ? ('pending' as const) : ('waiting' as const),
          activatedAt: stage === 0 ? now : null,
        })),
      ),
    );
    await repository.updateDocument({ id, patch: { status: 'in_approval', updatedAt: now } });
    await auditDocumentOnCase({
      audit,
      document,
      action: 'documents.approval_started',
      details: {
        pathId: path.id,
        stages: stages.map((ids) => ids.map((p) => byId.get(p)?.title ?? p)),
      },
    });
    const first = steps.filter((s) => s.stage === 1);
    await announce({
      tx,
      tenantId,
      documentId: id,
      steps: first.map((s) => ({
        assigneeUserId: s.assigneeUserId,
        unitId: byId.get(s.positionId)?.orgUnitId,
      })),
    });
    return { pathId: path.id };
  });
}

/** The handler withdraws a draft from its running path (its decisions stay recorded). */
export async function cancelApproval({ deps, ctx, id }: Scope & { id: string }) {
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const access = await resolveDocumentAccess({ tx, actor: ctx.actor, id, lock: true });
    const { document, repository, running, runningSteps } = access;
    if (!access.access.handle) throw createOutsideCaseScopeError();
    if (!running) throw createNoApprovalError();
    const now = deps.clock.now();
    await repository.updatePath({ id: running.id, patch: { status: 'cancelled', finishedAt: now } });
    const open = runningSteps.filter((s) => s.row.status === 'pending' || s.row.status === 'waiting');
    await repository.updateSteps({ ids: open.map((s) => s.row.id), patch: { status: 'skipped' } });
    await repository.updateDocument({ id, patch: { status: 'draft', updatedAt: now } });
    await auditDocumentOnCase({
      audit,
      document,
      action: 'documents.approval_cancelled',
      details: { pathId: running.id },
    });
    await announce({ tx, tenantId: ctx.actor.tenantId, documentId: id, steps: open.map((s) => s.row) });
  });
}

/**
 * A decision on an approval task by its position's holder (or their substitute, acting in that
 * position): approve — the next stage starts when the whole stage approved; after the last stage
 * the document is approved (finally accepted); reject — with a comment, the path ends and the
 * draft returns to its author; the rejected version and the comment stay.
 */
export async function decideApprovalTask({
  deps,
  ctx,
  taskId,
  input,
}: Scope & { taskId: string; input: ApprovalDecisionInput }) {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createDocumentsRepository({ db: tx });
    const step = await repository.findStep({ tenantId, id: taskId });
    if (!step) throw createTaskNotFoundError();
    if (step.positionId !== ctx.actor.positionId) throw createNotOnPathError();
    const path = await repository.findPath({ id: step.pathId });
    if (!path) throw createTaskNotFoundError();
    // The document row lock serialises decisions on one document (parallel approvers included).
    const access = await resolveDocumentAccess({ tx, actor: ctx.actor, id: path.documentId, lock: true });
    const { document } = access;
    const current = await repository.findStep({ tenantId, id: taskId, lock: true });
    if (!current || current.status !== 'pending' || path.status !== 'in_progress')
      throw createStepDecidedError();
    const now = deps.clock.now();
    const latest = await repository.latestVersion({ documentId: document.id });
    await repository.updateSteps({
      ids: [taskId],
      patch: {
        status: input.decision === 'approve' ? 'approved' : 'rejected',
        decidedAt: now,
        decidedBy: ctx.actor.userId,
        decidedByName: ctx.actor.displayName,
        actingForUserId: ctx.actor.actingForUserId,
        comment: input.comment ?? null,
        versionId: latest?.row.id ?? null,
      },
    });
    const steps = (await repository.listSteps({ pathIds: [path.id] })).map((s) => s.row);
    const details = {
      pathId: path.id,
      stage: current.stage,
      versionNumber: latest?.row.number ?? null,
      comment: input.comment ?? null,
    };
    if (input.decision === 'reject') {
      const open = steps.filter((s) => s.status === 'pending' || s.status === 'waiting');
      await repository.updateSteps({ ids: open.map((s) => s.id), patch: { status: 'skipped' } });
      await repository.updatePath({ id: path.id, patch: { status: 'rejected', finishedAt: now } });
      await repository.updateDocument({ id: document.id, patch: { status: 'draft', updatedAt: now } });
      await auditDocumentOnCase({ audit, document, action: 'documents.step_rejected', details });
      await announce({ tx, tenantId, documentId: document.id, steps: open });
      return;
    }
    await auditDocumentOnCase({ audit, document, action: 'documents.step_approved', details });
    const stageDone = steps.filter((s) => s.stage === current.stage).every((s) => s.status === 'approved');
    if (!stageDone) return;
    const next = nextStage(steps, current.stage);
    if (next.length > 0) {
      await repository.updateSteps({
        ids: next.map((s) => s.id),
        patch: { status: 'pending', activatedAt: now },
      });
      await announce({ tx, tenantId, documentId: document.id, steps: next });
      return;
    }
    await repository.updatePath({ id: path.id, patch: { status: 'approved', finishedAt: now } });
    await repository.updateDocument({ id: document.id, patch: { status: 'approved', updatedAt: now } });
    await auditDocumentOnCase({
      audit,
      document,
      action: 'documents.approved',
      details: {
        pathId: path.id,
        versionNumber: latest?.row.number ?? null,
      },
    });
  });
}

const nextStage = (steps: StepRow[], stage: number) => {
  const later = steps.filter((s) => s.stage > stage && s.status === 'waiting');
  const first = Math.min(...later.map((s) => s.stage));
  return later.filter((s) => s.stage === first);
};

/** The approval tasks of the actor's active position (a substitute sees the absent colleague's). */
export async function listApprovalTasks({
  deps,
  ctx,
  status,
}: Scope & { status: 'pending' | 'decided' }): Promise<ApprovalTask[]> {
  const positionId = ctx.actor.positionId;
  if (!positionId) return [];
  const rows = await inTenant({ deps, ctx }, (tx) =>
    createDocumentsRepository({ db: tx }).listTasks({
      tenantId: ctx.actor.tenantId,
      positionId,
      decided: status === 'decided',
    }),
  );
  return rows.map((r) => ({
    id: r.step.id,
    documentId: r.path.documentId,
    documentTitle: r.documentTitle,
    caseId: r.caseId,
    caseSign: r.caseSign,
    stage: r.step.stage,
    signatory: r.step.signatory,
    status: r.step.status,
    sentAt: (r.step.activatedAt ?? r.path.startedAt).toISOString(),
    sentBy: {
      userId: r.path.startedBy,
      displayName: r.path.startedByName ?? r.senderName,
      positionId: r.path.startedByPositionId,
      positionTitle: null,
      actingFor: r.path.actingForUserId ? { userId: r.path.actingForUserId, displayName: null } : null,
    },
    assignee: {
      userId: r.step.assigneeUserId,
      displayName: r.assigneeName,
      positionId: r.step.positionId,
      positionTitle: `${r.positionTitle}, ${r.unitName}`,
    },
  }));
}
