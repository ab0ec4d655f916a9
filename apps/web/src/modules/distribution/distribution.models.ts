import type { Me } from '@obieg/contracts/auth';
import type { DecreeSummary, IncomingDistribution } from '@obieg/contracts/distribution';
import type { OrgUnit, Position } from '@obieg/contracts/organization';
import { unitWithDescendants } from '../organization/org-units.models';

/** Where the active position distributes and decrees (`correspondence:distribute`), as the API decides. */
export type DistributeReach = { office: boolean; unitIds: ReadonlySet<string> };

const NO_REACH: DistributeReach = { office: false, unitIds: new Set() };

/** The person whose decrees the user handles now: the absent colleague when substituting. */
export function principalId(me: Pick<Me, 'id' | 'positions' | 'activePositionId'>): string {
  const active = me.positions.find((position) => position.id === me.activePositionId);
  return active?.actingFor?.userId ?? me.id;
}

/** Office-wide (registry, secretary) or the active position's unit with its sub-units (head). */
export function distributeReach(
  me: Pick<Me, 'grants' | 'positions' | 'activePositionId'>,
  units: readonly OrgUnit[],
): DistributeReach {
  const scopes = me.grants.filter((g) => g.permission === 'correspondence:distribute').map((g) => g.scope);
  if (scopes.includes('office')) return { office: true, unitIds: new Set() };
  if (!scopes.includes('unit')) return NO_REACH;
  const active = me.positions.find((position) => position.id === me.activePositionId);
  return active ? { office: false, unitIds: unitWithDescendants(units, active.orgUnitId) } : NO_REACH;
}

export const reachCovers = (reach: DistributeReach, unitId: string) =>
  reach.office || reach.unitIds.has(unitId);

export const isActiveDecree = (decree: Pick<DecreeSummary, 'status'> | null | undefined) =>
  decree?.status === 'pending' || decree?.status === 'accepted';

/** The author of a decree, or whoever acts for the person who made it, corrects or cancels it. */
export function isDecreeAuthor(me: Pick<Me, 'id' | 'positions' | 'activePositionId'>, decree: DecreeSummary) {
  const author = decree.decreedBy;
  if (author.userId === me.id) return true;
  const principal = author.actingFor?.userId ?? author.userId;
  return principal !== null && principal === principalId(me);
}

/** What the user may do with an item's distribution now (the API checks it all again). */
export type DistributionAbilities = {
  distribute: boolean;
  decree: boolean;
  /** The decree would pass on the user's own active decree: its deadline is the latest allowed. */
  redecree: boolean;
  accept: boolean;
  return: boolean;
  correct: boolean;
};

export function distributionAbilities({
  me,
  reach,
  open,
  distribution,
}: {
  me: Pick<Me, 'id' | 'positions' | 'activePositionId' | 'permissions'>;
  reach: DistributeReach;
  open: boolean;
  distribution: IncomingDistribution | null;
}): DistributionAbilities {
  const none = { distribute: false, decree: false, redecree: false, accept: false, return: false };
  if (!open) return { ...none, correct: false };
  const mayDistribute = me.permissions.includes('correspondence:distribute');
  const decree = distribution?.decree ?? null;
  const active = isActiveDecree(decree);
  const mine = decree !== null && decree.assignee.userId === principalId(me);
  const inReach = distribution !== null && mayDistribute && reachCovers(reach, distribution.leadingUnit.id);
  return {
    distribute: mayDistribute && (reach.office || inReach),
    decree: inReach && (!active || mine),
    redecree: inReach && active && mine,
    accept: decree?.status === 'pending' && mine,
    return: active && mine,
    correct: active && mayDistribute && decree !== null && isDecreeAuthor(me, decree),
  };
}

/**
 * The latest deadline a new decree may set: the binding one of the decree it passes on — the
 * current one when re-decreeing, or after a return the one the returned decree had passed on.
 */
export function maxDeadline(distribution: Pick<IncomingDistribution, 'deadlineLimit'> | null) {
  return distribution?.deadlineLimit ?? null;
}

export type DeadlineStatus = 'none' | 'overdue' | 'today' | 'upcoming';

/** How a deadline stands today; a deadline of a decree no longer active is never overdue. */
export function deadlineStatus(deadline: string | null, today: string, active = true): DeadlineStatus {
  if (!deadline) return 'none';
  if (!active) return 'upcoming';
  if (deadline < today) return 'overdue';
  return deadline === today ? 'today' : 'upcoming';
}

/** People who may receive a decree: positions valid today in the leading unit or below it. */
export function assigneeOptions({
  positions,
  units,
  unitId,
  today,
}: {
  positions: readonly Position[];
  units: readonly OrgUnit[];
  unitId: string;
  today: string;
}): Position[] {
  const inUnit = unitWithDescendants(units, unitId);
  return positions
    .filter(
      (p) => inUnit.has(p.orgUnitId) && p.validFrom <= today && (p.validTo === null || p.validTo >= today),
    )
    .sort(
      (a, b) =>
        a.orgUnitSymbol.localeCompare(b.orgUnitSymbol, 'pl') ||
        a.userDisplayName.localeCompare(b.userDisplayName, 'pl'),
    );
}
