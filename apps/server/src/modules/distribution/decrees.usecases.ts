import type { Decree, IssueDecreeInput } from '@obieg/contracts/distribution';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import {
  announce,
  checkDeadline,
  loadDecree,
  lockDecree,
  personRef,
  resolveAssignee,
} from './decree-steps.js';
import {
  createAlreadyDecreedError,
  createDecreeNotActiveError,
  createDecreeNotPendingError,
  createNotDecreeAssigneeError,
  createNotDistributedError,
  createOutsideDistributionScopeError,
} from './distribution.errors.js';
import { isActiveDecree, principalOf } from './distribution.models.js';
import { createDistributionRepository } from './distribution.repository.js';
import type { DecreeRow } from './distribution.types.js';
import { distributeReach, lockOpenItem, reachCovers } from './distribution.usecases.js';
import { notifyInboxChanged } from './inbox-events.js';

type Scope = { deps: CoreDeps; ctx: Context };

/**
 * Decrees an item of the actor's unit to a person in it (DOMAIN.md §2.5). When the item already
 * has an active decree, only its assignee may pass it on (re-decree): the new decree keeps the
 * earlier instructions, adds its own, and may not extend the deadline. After a return, the unit
 * decrees again from where the returned decree started. Concurrent decrees of one item queue on
 * the item's row lock; the later one finds the item decreed to someone else (409).
 */
export async function issueDecree({
  deps,
  ctx,
  itemId,
  input,
}: Scope & { itemId: string; input: IssueDecreeInput }): Promise<Decree> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const item = await lockOpenItem({ tx, tenantId, id: itemId });
    const repository = createDistributionRepository({ db: tx });
    const distribution = await repository.findCurrentDistribution({ tenantId, itemId });
    if (!distribution) throw createNotDistributedError();
    if (!reachCovers(await distributeReach({ tx, ctx }), distribution.unitId)) {
      throw createOutsideDistributionScopeError();
    }
    const current = distribution.currentDecreeId
      ? await repository.findDecree({ tenantId, id: distribution.currentDecreeId })
      : null;
    let parent: DecreeRow | null = null;
    if (current && isActiveDecree(current)) {
      if (current.assigneeUserId !== principalOf(ctx.actor)) throw createAlreadyDecreedError();
      parent = current;
    } else if (current?.parentId) {
      parent = await repository.findDecree({ tenantId, id: current.parentId });
    }
    const now = deps.clock.now();
    const today = toWarsawDate(now);
    const assignee = await resolveAssignee({ tx, tenantId, day: today, unitId: distribution.unitId, input });
    const effectiveDeadline = checkDeadline({
      own: input.deadline ?? null,
      inherited: parent?.effectiveDeadline ?? null,
      today,
    });
    if (parent && isActiveDecree(parent)) {
      await repository.updateDecree({ tenantId, id: parent.id, patch: { status: 'passed_on' } });
    }
    const decree = await repository.insertDecree({
      id: deps.ids.next(),
      tenantId,
      itemId,
      unitId: distribution.unitId,
      parentId: parent?.id ?? null,
      assigneeUserId: assignee.userId,
      assigneePositionId: assignee.id,
      instruction: input.instruction ?? null,
      deadline: input.deadline ?? null,
      effectiveDeadline,
      decreedAt: now,
      decreedBy: ctx.actor.userId,
      decreedByPositionId: ctx.actor.positionId,
      actingForUserId: ctx.actor.actingForUserId,
    });
    await repository.setCurrentDecree({ tenantId, distributionId: distribution.id, decreeId: decree.id });
    const dto = await loadDecree({ tx, tenantId, decree });
    await audit({
      action: 'correspondence.decree_issued',
      subjectType: 'incoming_item',
      subjectId: itemId,
      documentId: item.documentId,
      details: {
        rpwNumber: item.rpwNumber,
        decreeId: decree.id,
        parentDecreeId: parent?.id ?? null,
        unit: dto.unit,
        assignee: personRef(assignee),
        instruction: decree.instruction,
        deadline: decree.deadline,
        effectiveDeadline,
      },
    });
    await notifyInboxChanged({
      tx,
      event: {
        tenantId,
        itemId,
        unitIds: [distribution.unitId],
        userIds: [
          assignee.userId,
          parent?.assigneeUserId,
          current ? (current.actingForUserId ?? current.decreedBy) : null,
        ].filter((id): id is string => Boolean(id)),
      },
    });
    return dto;
  });
}

/** The assignee (or whoever substitutes for them) takes the decree on. Only once. */
export async function acceptDecree({ deps, ctx, id }: Scope & { id: string }): Promise<Decree> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { item, decree, repository } = await lockDecree({ tx, tenantId, id });
    if (decree.assigneeUserId !== principalOf(ctx.actor)) throw createNotDecreeAssigneeError();
    if (decree.status !== 'pending') throw createDecreeNotPendingError();
    const accepted = await repository.updateDecree({
      tenantId,
      id,
      patch: { status: 'accepted', acceptedAt: deps.clock.now() },
    });
    await audit({
      action: 'correspondence.decree_accepted',
      subjectType: 'incoming_item',
      subjectId: decree.itemId,
      documentId: item.documentId,
      details: { rpwNumber: item.rpwNumber, decreeId: id, deadline: decree.effectiveDeadline },
    });
    await announce({ tx, tenantId, decree });
    return loadDecree({ tx, tenantId, decree: accepted });
  });
}

/** The assignee gives the decree back with a reason; the unit decrees the item again. */
export async function returnDecree({
  deps,
  ctx,
  id,
  reason,
}: Scope & { id: string; reason: string }): Promise<Decree> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { item, decree, repository } = await lockDecree({ tx, tenantId, id });
    if (decree.assigneeUserId !== principalOf(ctx.actor)) throw createNotDecreeAssigneeError();
    if (!isActiveDecree(decree)) throw createDecreeNotActiveError();
    const returned = await repository.updateDecree({
      tenantId,
      id,
      patch: { status: 'returned', returnedAt: deps.clock.now(), returnReason: reason },
    });
    await audit({
      action: 'correspondence.decree_returned',
      subjectType: 'incoming_item',
      subjectId: decree.itemId,
      documentId: item.documentId,
      details: { rpwNumber: item.rpwNumber, decreeId: id, reason },
    });
    await announce({ tx, tenantId, decree });
    return loadDecree({ tx, tenantId, decree: returned });
  });
}
