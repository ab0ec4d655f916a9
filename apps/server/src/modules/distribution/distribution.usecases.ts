import type { DistributeInput, IncomingDistribution } from '@obieg/contracts/distribution';
import type { Database } from '../../db/database.types.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import {
  createIncomingItemCancelledError,
  createIncomingItemNotFoundError,
} from '../correspondence/correspondence.errors.js';
import { findActiveUnits, resolveGrantReach, type GrantReach } from '../organization/unit-scope.usecases.js';
import {
  createAlreadyDistributedError,
  createDistributionUnchangedError,
  createOutsideDistributionScopeError,
  createUnknownUnitError,
} from './distribution.errors.js';
import {
  cleanInfoUnits,
  isActiveDecree,
  sameUnits,
  toDistributionDto,
  unitDetails,
} from './distribution.models.js';
import { createDistributionRepository } from './distribution.repository.js';
import type { UnitRefRow } from './distribution.types.js';
import { notifyInboxChanged } from './inbox-events.js';

type Scope = { deps: CoreDeps; ctx: Context };

/** The item, locked for the rest of the transaction: 404 when not in the office, 409 when cancelled. */
export async function lockOpenItem({ tx, tenantId, id }: { tx: Database; tenantId: string; id: string }) {
  const item = await createDistributionRepository({ db: tx }).lockItem({ tenantId, id });
  if (!item) throw createIncomingItemNotFoundError();
  if (item.status === 'cancelled') throw createIncomingItemCancelledError();
  return item;
}

/** Where the actor's position may distribute and decree (`correspondence:distribute`). */
export function distributeReach({ tx, ctx }: { tx: Database; ctx: Context }): Promise<GrantReach> {
  return resolveGrantReach({ tx, actor: ctx.actor, permission: 'correspondence:distribute' });
}

export const reachCovers = (reach: GrantReach, unitId: string) =>
  reach.office || reach.unitIds.includes(unitId);

/** The leading and information units must be active units of the office; answers their refs. */
async function ensureUnitsActive({
  tx,
  tenantId,
  unitId,
  infoUnitIds,
  day,
}: {
  tx: Database;
  tenantId: string;
  unitId: string;
  infoUnitIds: string[];
  day: string;
}): Promise<Map<string, UnitRefRow>> {
  const active = new Map(
    (await findActiveUnits({ tx, tenantId, ids: [unitId, ...infoUnitIds], day })).map((u) => [u.id, u]),
  );
  const errors = [
    ...(active.has(unitId) ? [] : [{ path: '/unitId', message: 'Unknown or inactive unit' }]),
    ...infoUnitIds.flatMap((id, i) =>
      active.has(id) ? [] : [{ path: `/infoUnitIds/${i}`, message: 'Unknown or inactive unit' }],
    ),
  ];
  if (errors.length > 0) throw createUnknownUnitError({ errors });
  return active;
}

/** The item's current distribution with its decree, inside the caller's transaction; null if none. */
export async function loadDistributionState({
  tx,
  tenantId,
  itemId,
}: {
  tx: Database;
  tenantId: string;
  itemId: string;
}): Promise<IncomingDistribution | null> {
  const repository = createDistributionRepository({ db: tx });
  const distribution = await repository.findCurrentDistribution({ tenantId, itemId });
  if (!distribution) return null;
  const [units, decrees] = [
    await repository.listUnitRefs({ tenantId, ids: [distribution.unitId, ...distribution.infoUnitIds] }),
    distribution.currentDecreeId ? await repository.listDecreeViews({ tenantId, itemId }) : [],
  ];
  return toDistributionDto({ distribution, units: new Map(units.map((u) => [u.id, u])), decrees });
}

/**
 * Distributes an item to a leading unit (and units for information), or passes on an item that is
 * already distributed (a reason is then required). The registry (office-wide grant) distributes
 * any item; the head of a unit (unit grant) passes on only items of their unit or its sub-units.
 * Passing on to another unit ends the current decree (`superseded`); changing only the units for
 * information keeps it. The old distribution is kept, marked superseded.
 */
export async function distributeIncomingItem({
  deps,
  ctx,
  itemId,
  input,
}: Scope & { itemId: string; input: DistributeInput }): Promise<IncomingDistribution> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const item = await lockOpenItem({ tx, tenantId, id: itemId });
    const repository = createDistributionRepository({ db: tx });
    const reach = await distributeReach({ tx, ctx });
    const current = await repository.findCurrentDistribution({ tenantId, itemId });
    if (current && !input.reason) throw createAlreadyDistributedError();
    if (current ? !reachCovers(reach, current.unitId) : !reach.office) {
      throw createOutsideDistributionScopeError({
        detail: current
          ? 'Only the registry or the head of the unit holding the item may pass it on.'
          : 'Only the registry (an office-wide grant) distributes items.',
      });
    }
    const infoUnitIds = cleanInfoUnits(input.unitId, input.infoUnitIds);
    const now = deps.clock.now();
    const units = await ensureUnitsActive({
      tx,
      tenantId,
      unitId: input.unitId,
      infoUnitIds,
      day: toWarsawDate(now),
    });
    const sameLeading = current?.unitId === input.unitId;
    if (current && sameLeading && sameUnits(current.infoUnitIds, infoUnitIds)) {
      throw createDistributionUnchangedError();
    }
    let supersededDecree: { id: string; assigneeUserId: string } | null = null;
    if (current) {
      await repository.supersedeDistribution({ tenantId, id: current.id, at: now });
      const decree = current.currentDecreeId
        ? await repository.findDecree({ tenantId, id: current.currentDecreeId })
        : null;
      if (decree && !sameLeading && isActiveDecree(decree)) {
        await repository.updateDecree({
          tenantId,
          id: decree.id,
          patch: { status: 'superseded', closedAt: now, closeReason: input.reason ?? null },
        });
        supersededDecree = decree;
      }
    }
    await repository.insertDistribution({
      id: deps.ids.next(),
      tenantId,
      itemId,
      unitId: input.unitId,
      infoUnitIds,
      reason: input.reason ?? null,
      currentDecreeId: sameLeading ? (current?.currentDecreeId ?? null) : null,
      distributedAt: now,
      distributedBy: ctx.actor.userId,
    });
    const previousUnits = current
      ? new Map(
          (await repository.listUnitRefs({ tenantId, ids: [current.unitId, ...current.infoUnitIds] })).map(
            (u) => [u.id, u],
          ),
        )
      : null;
    await audit({
      action: current ? 'correspondence.incoming_redistributed' : 'correspondence.incoming_distributed',
      subjectType: 'incoming_item',
      subjectId: itemId,
      documentId: item.documentId,
      details: {
        rpwNumber: item.rpwNumber,
        ...unitDetails({ unitId: input.unitId, infoUnitIds, units }),
        reason: input.reason ?? null,
        rule: null,
        ...(current && previousUnits
          ? {
              previous: unitDetails({
                unitId: current.unitId,
                infoUnitIds: current.infoUnitIds,
                units: previousUnits,
              }),
              supersededDecreeId: supersededDecree?.id ?? null,
            }
          : {}),
      },
    });
    await notifyInboxChanged({
      tx,
      event: {
        tenantId,
        itemId,
        unitIds: [input.unitId, ...infoUnitIds, ...(current ? [current.unitId, ...current.infoUnitIds] : [])],
        userIds: supersededDecree ? [supersededDecree.assigneeUserId] : [],
      },
    });
    const state = await loadDistributionState({ tx, tenantId, itemId });
    if (!state) throw new Error('distribution vanished in its own transaction');
    return state;
  });
}
