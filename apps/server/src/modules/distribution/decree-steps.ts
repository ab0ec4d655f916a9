import type { PersonRef } from '@obieg/contracts/distribution';
import type { Database } from '../../db/database.types.js';
import {
  listStaffPositionsOn,
  listUnitSubtreeIds,
  type StaffPosition,
} from '../organization/unit-scope.usecases.js';
import {
  createAssigneeOutsideUnitError,
  createDeadlineExtendedError,
  createDeadlineInPastError,
  createDecreeNotFoundError,
  createUnknownAssigneeError,
} from './distribution.errors.js';
import { bindingDeadline, toDecreeDto } from './distribution.models.js';
import { createDistributionRepository } from './distribution.repository.js';
import type { DecreeRow } from './distribution.types.js';
import { lockOpenItem } from './distribution.usecases.js';
import { notifyInboxChanged } from './inbox-events.js';

// Steps shared by the decree use cases, inside their transactions.

export async function loadDecree({
  tx,
  tenantId,
  decree,
}: {
  tx: Database;
  tenantId: string;
  decree: DecreeRow;
}) {
  const views = await createDistributionRepository({ db: tx }).listDecreeViews({
    tenantId,
    itemId: decree.itemId,
  });
  const byId = new Map(views.map((v) => [v.id, v]));
  const view = byId.get(decree.id);
  if (!view) throw createDecreeNotFoundError();
  return toDecreeDto(view, byId);
}

/** The position the item is decreed to: valid today, held by an active person, inside the leading unit. */
export async function resolveAssignee({
  tx,
  tenantId,
  day,
  unitId,
  input,
}: {
  tx: Database;
  tenantId: string;
  day: string;
  unitId: string;
  input: { positionId?: string; userId?: string };
}): Promise<StaffPosition> {
  const path = input.positionId ? '/positionId' : '/userId';
  const candidates = await listStaffPositionsOn({ tx, tenantId, day, ...input });
  if (candidates.length === 0) {
    throw createUnknownAssigneeError({ errors: [{ path, message: 'No active position or person' }] });
  }
  const inUnit = new Set(await listUnitSubtreeIds({ tx, tenantId, unitId }));
  const position = candidates.find((p) => inUnit.has(p.orgUnitId));
  if (!position) {
    throw createAssigneeOutsideUnitError({ errors: [{ path, message: 'Not in the leading unit' }] });
  }
  return position;
}

/** A deadline not in the past and not later than the one of the decree passed on; the binding one. */
export function checkDeadline({
  own,
  inherited,
  today,
}: {
  own: string | null;
  inherited: string | null;
  today: string;
}) {
  if (own !== null && own < today) {
    throw createDeadlineInPastError({ errors: [{ path: '/deadline', message: `Before ${today}` }] });
  }
  const { deadline, extended } = bindingDeadline({ own, inherited });
  if (extended) {
    throw createDeadlineExtendedError({
      detail: `The decree passed on sets the deadline ${inherited}; a re-decree may only keep or shorten it.`,
      errors: [{ path: '/deadline', message: `Not later than ${inherited}` }],
    });
  }
  return deadline;
}

export const personRef = (p: StaffPosition): PersonRef => ({
  userId: p.userId,
  displayName: p.userDisplayName,
  positionId: p.id,
  positionTitle: p.title,
});

/** The decree and its item, locked: 404 when the decree is not the office's. */
export async function lockDecree({ tx, tenantId, id }: { tx: Database; tenantId: string; id: string }) {
  const repository = createDistributionRepository({ db: tx });
  const found = await repository.findDecree({ tenantId, id });
  if (!found) throw createDecreeNotFoundError();
  const item = await lockOpenItem({ tx, tenantId, id: found.itemId });
  const decree = await repository.findDecree({ tenantId, id });
  if (!decree) throw createDecreeNotFoundError();
  return { item, decree, repository };
}

export async function announce({
  tx,
  tenantId,
  decree,
  extraUserIds = [],
}: {
  tx: Database;
  tenantId: string;
  decree: DecreeRow;
  extraUserIds?: (string | null | undefined)[];
}) {
  await notifyInboxChanged({
    tx,
    event: {
      tenantId,
      itemId: decree.itemId,
      unitIds: [decree.unitId],
      userIds: [decree.assigneeUserId, decree.actingForUserId ?? decree.decreedBy, ...extraUserIds].filter(
        (id): id is string => Boolean(id),
      ),
    },
  });
}
