import type { CorrectDecreeInput, Decree } from '@obieg/contracts/distribution';
import type { Database } from '../../db/database.types.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { createNothingToCorrectError } from '../correspondence/correspondence.errors.js';
import { announce, checkDeadline, loadDecree, lockDecree, resolveAssignee } from './decree-steps.js';
import { createDecreeNotActiveError, createNotDecreeAuthorError } from './distribution.errors.js';
import { isActiveDecree, isDecreeAuthor } from './distribution.models.js';

type Scope = { deps: CoreDeps; ctx: Context };

/** The active decree, which the actor wrote: the ones a correction or cancellation may touch. */
async function lockOwnActiveDecree({ tx, ctx, id }: { tx: Database; ctx: Context; id: string }) {
  const locked = await lockDecree({ tx, tenantId: ctx.actor.tenantId, id });
  if (!isDecreeAuthor(ctx.actor, locked.decree)) throw createNotDecreeAuthorError();
  if (!isActiveDecree(locked.decree)) {
    throw createDecreeNotActiveError({
      detail: 'Only the current decree (awaiting acceptance or accepted) can be corrected or cancelled.',
    });
  }
  const distribution = await locked.repository.findCurrentDistribution({
    tenantId: ctx.actor.tenantId,
    itemId: locked.decree.itemId,
  });
  if (!distribution || distribution.currentDecreeId !== id) throw createDecreeNotActiveError();
  return { ...locked, distribution };
}

/**
 * The author withdraws a wrong decree (reason kept): the decree it passed on, if any, is active
 * again; otherwise the item awaits a decree.
 */
export async function cancelDecree({
  deps,
  ctx,
  id,
  reason,
}: Scope & { id: string; reason: string }): Promise<Decree> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { item, decree, repository, distribution } = await lockOwnActiveDecree({ tx, ctx, id });
    const cancelled = await repository.updateDecree({
      tenantId,
      id,
      patch: { status: 'cancelled', closedAt: deps.clock.now(), closeReason: reason },
    });
    const parent = decree.parentId ? await repository.findDecree({ tenantId, id: decree.parentId }) : null;
    const restored = parent?.status === 'passed_on' ? parent : null;
    if (restored) {
      await repository.updateDecree({
        tenantId,
        id: restored.id,
        patch: { status: restored.acceptedAt ? 'accepted' : 'pending' },
      });
    }
    await repository.setCurrentDecree({
      tenantId,
      distributionId: distribution.id,
      decreeId: restored?.id ?? null,
    });
    await audit({
      action: 'correspondence.decree_cancelled',
      subjectType: 'incoming_item',
      subjectId: decree.itemId,
      documentId: item.documentId,
      details: {
        rpwNumber: item.rpwNumber,
        decreeId: id,
        reason,
        restoredDecreeId: restored?.id ?? null,
        previous: {
          assigneeUserId: decree.assigneeUserId,
          instruction: decree.instruction,
          deadline: decree.deadline,
        },
      },
    });
    await announce({ tx, tenantId, decree, extraUserIds: [restored?.assigneeUserId] });
    return loadDecree({ tx, tenantId, decree: cancelled });
  });
}

/**
 * The author replaces a wrong decree: assignee, own instruction or deadline change; the old decree
 * stays (status `corrected`, with the reason) and the new one names it and awaits acceptance.
 * The deadline still may not exceed that of the decree passed on.
 */
export async function correctDecree({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: CorrectDecreeInput }): Promise<Decree> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { item, decree, repository, distribution } = await lockOwnActiveDecree({ tx, ctx, id });
    const now = deps.clock.now();
    const today = toWarsawDate(now);
    const assignee =
      input.positionId || input.userId
        ? await resolveAssignee({ tx, tenantId, day: today, unitId: decree.unitId, input })
        : null;
    const next = {
      assigneeUserId: assignee?.userId ?? decree.assigneeUserId,
      assigneePositionId: assignee?.id ?? decree.assigneePositionId,
      instruction: input.instruction === undefined ? decree.instruction : input.instruction,
      deadline: input.deadline === undefined ? decree.deadline : input.deadline,
    };
    const changes = Object.fromEntries(
      (['assigneeUserId', 'assigneePositionId', 'instruction', 'deadline'] as const)
        .filter((key) => next[key] !== decree[key])
        .map((key) => [key, { from: decree[key], to: next[key] }]),
    );
    if (Object.keys(changes).length === 0) throw createNothingToCorrectError();
    const parent = decree.parentId ? await repository.findDecree({ tenantId, id: decree.parentId }) : null;
    // An unchanged deadline stays as it was, even if it has passed meanwhile.
    const effectiveDeadline =
      next.deadline === decree.deadline
        ? decree.effectiveDeadline
        : checkDeadline({ own: next.deadline, inherited: parent?.effectiveDeadline ?? null, today });
    await repository.updateDecree({
      tenantId,
      id,
      patch: { status: 'corrected', closedAt: now, closeReason: input.reason },
    });
    const replacement = await repository.insertDecree({
      id: deps.ids.next(),
      tenantId,
      itemId: decree.itemId,
      unitId: decree.unitId,
      parentId: decree.parentId,
      correctsId: decree.id,
      ...next,
      effectiveDeadline,
      decreedAt: now,
      decreedBy: ctx.actor.userId,
      decreedByPositionId: ctx.actor.positionId,
      actingForUserId: ctx.actor.actingForUserId,
    });
    await repository.setCurrentDecree({
      tenantId,
      distributionId: distribution.id,
      decreeId: replacement.id,
    });
    const dto = await loadDecree({ tx, tenantId, decree: replacement });
    await audit({
      action: 'correspondence.decree_corrected',
      subjectType: 'incoming_item',
      subjectId: decree.itemId,
      documentId: item.documentId,
      details: {
        rpwNumber: item.rpwNumber,
        decreeId: replacement.id,
        correctedDecreeId: decree.id,
        reason: input.reason,
        unit: dto.unit,
        assignee: dto.assignee,
        instruction: replacement.instruction,
        deadline: replacement.deadline,
        effectiveDeadline: replacement.effectiveDeadline,
        changes,
      },
    });
    await announce({ tx, tenantId, decree, extraUserIds: [replacement.assigneeUserId] });
    return dto;
  });
}
