import type {
  ActorRef,
  Decree,
  DecreeSummary,
  DistributionRule,
  DistributionState,
  IncomingDistribution,
  UnitRef,
} from '@obieg/contracts/distribution';
import type { Actor } from '../auth/auth.types.js';
import type {
  DecreeRow,
  DecreeView,
  DistributionRow,
  DistributionRuleRow,
  RoutableItem,
  UnitRefRow,
} from './distribution.types.js';

/** The person whose inbox an actor works in: the absent colleague when substituting, else themselves. */
export const principalOf = (actor: Pick<Actor, 'userId' | 'actingForUserId'>) =>
  actor.actingForUserId ?? actor.userId;

/** The author of a decree, or whoever now acts for the person it was made for, may correct it. */
export function isDecreeAuthor(actor: Actor, decree: DecreeRow): boolean {
  if (actor.userId !== null && actor.userId === decree.decreedBy) return true;
  const principal = decree.actingForUserId ?? decree.decreedBy;
  return principal !== null && principalOf(actor) === principal;
}

export const isActiveDecree = (decree: Pick<DecreeRow, 'status'>) =>
  decree.status === 'pending' || decree.status === 'accepted';

/**
 * The deadline binding a decree: its own, which may not be later than the one it passes on
 * (`extended`), or — without its own — the one it passes on.
 */
export function bindingDeadline({ own, inherited }: { own: string | null; inherited: string | null }): {
  deadline: string | null;
  extended: boolean;
} {
  if (own === null) return { deadline: inherited, extended: false };
  if (inherited !== null && own > inherited) return { deadline: inherited, extended: true };
  return { deadline: own, extended: false };
}

export function distributionState(decree: Pick<DecreeRow, 'status'> | null): DistributionState {
  if (!decree) return 'distributed';
  if (decree.status === 'pending') return 'decreed';
  if (decree.status === 'accepted') return 'accepted';
  if (decree.status === 'returned') return 'returned';
  return 'distributed';
}

/** Every criterion the rule sets must match; a rule without criteria matches every item. */
export function ruleMatches(rule: DistributionRuleRow, item: RoutableItem): boolean {
  if (rule.senderContactId && !item.senderContactIds.includes(rule.senderContactId)) return false;
  if (rule.documentKind && rule.documentKind !== item.documentKind) return false;
  if (rule.organId && rule.organId !== item.organId) return false;
  if (rule.deliveryMethod && rule.deliveryMethod !== item.deliveryMethod) return false;
  return true;
}

/** The first active rule (by priority, then age) that matches and whose unit is still active. */
export function pickRule({
  rules,
  item,
  activeUnitIds,
}: {
  rules: DistributionRuleRow[];
  item: RoutableItem;
  activeUnitIds: ReadonlySet<string>;
}): DistributionRuleRow | null {
  const ordered = [...rules].sort(
    (a, b) =>
      a.priority - b.priority || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  return ordered.find((r) => r.active && activeUnitIds.has(r.unitId) && ruleMatches(r, item)) ?? null;
}

export const toUnitRef = (unit: UnitRefRow): UnitRef => ({
  id: unit.id,
  symbol: unit.symbol,
  name: unit.name,
});

/** Unit refs in the order of `ids`, skipping ids not found. */
export function unitRefs(ids: string[], units: Map<string, UnitRefRow>): UnitRef[] {
  return ids.flatMap((id) => {
    const unit = units.get(id);
    return unit ? [toUnitRef(unit)] : [];
  });
}

function decreeAuthor(view: DecreeView): ActorRef {
  return {
    userId: view.decreedBy,
    displayName: view.authorName,
    positionId: view.decreedByPositionId,
    positionTitle: view.authorPositionTitle,
    actingFor: view.actingForUserId
      ? { userId: view.actingForUserId, displayName: view.actingForName }
      : null,
  };
}

export function toDecreeSummary(view: DecreeView): DecreeSummary {
  return {
    id: view.id,
    status: view.status,
    assignee: {
      userId: view.assigneeUserId,
      displayName: view.assigneeName,
      positionId: view.assigneePositionId,
      positionTitle: view.assigneePositionTitle,
    },
    instruction: view.instruction,
    deadline: view.effectiveDeadline,
    decreedAt: view.decreedAt.toISOString(),
    decreedBy: decreeAuthor(view),
    acceptedAt: view.acceptedAt?.toISOString() ?? null,
    returnedAt: view.returnedAt?.toISOString() ?? null,
    returnReason: view.returnReason,
  };
}

/** The decree with every instruction of its chain (the decrees it passes on), earliest first. */
export function toDecreeDto(view: DecreeView, all: Map<string, DecreeView>): Decree {
  const chain: DecreeView[] = [];
  const seen = new Set<string>();
  for (
    let d: DecreeView | undefined = view;
    d && !seen.has(d.id);
    d = d.parentId ? all.get(d.parentId) : undefined
  ) {
    seen.add(d.id);
    chain.unshift(d);
  }
  return {
    ...toDecreeSummary(view),
    itemId: view.itemId,
    unit: { id: view.unitId, symbol: view.unitSymbol, name: view.unitName },
    ownDeadline: view.deadline,
    parentId: view.parentId,
    correctsId: view.correctsId,
    instructions: chain
      .filter((d) => d.instruction)
      .map((d) => ({
        decreeId: d.id,
        text: d.instruction ?? '',
        at: d.decreedAt.toISOString(),
        by: { userId: d.decreedBy, displayName: d.authorName },
      })),
    closedAt: view.closedAt?.toISOString() ?? null,
    closeReason: view.closeReason,
  };
}

export function toDistributionDto({
  distribution,
  units,
  decrees,
}: {
  distribution: DistributionRow;
  units: Map<string, UnitRefRow>;
  decrees: DecreeView[];
}): IncomingDistribution {
  const byId = new Map(decrees.map((d) => [d.id, d]));
  const current = distribution.currentDecreeId ? byId.get(distribution.currentDecreeId) : undefined;
  const leading = units.get(distribution.unitId);
  return {
    state: distributionState(current ?? null),
    leadingUnit: leading ? toUnitRef(leading) : { id: distribution.unitId, symbol: '', name: '' },
    infoUnits: unitRefs(distribution.infoUnitIds, units),
    distributedAt: distribution.distributedAt.toISOString(),
    distributedBy: distribution.distributedBy,
    reason: distribution.reason,
    byRule:
      distribution.ruleId && distribution.ruleName
        ? { id: distribution.ruleId, name: distribution.ruleName }
        : null,
    decree: current ? toDecreeDto(current, byId) : null,
    deadlineLimit: nextDeadlineLimit(current, byId),
  };
}

/** What `issueDecree` checks a new deadline against: see `deadlineLimit` in the contract. */
function nextDeadlineLimit(current: DecreeView | undefined, byId: Map<string, DecreeView>): string | null {
  if (!current) return null;
  if (isActiveDecree(current)) return current.effectiveDeadline;
  const parent = current.parentId ? byId.get(current.parentId) : undefined;
  return parent?.effectiveDeadline ?? null;
}

export function toDistributionRuleDto(
  row: DistributionRuleRow,
  units: Map<string, UnitRefRow>,
): DistributionRule {
  const unit = units.get(row.unitId);
  return {
    id: row.id,
    name: row.name,
    priority: row.priority,
    active: row.active,
    senderContactId: row.senderContactId,
    documentKind: row.documentKind,
    organId: row.organId,
    deliveryMethod: row.deliveryMethod,
    unit: unit ? toUnitRef(unit) : { id: row.unitId, symbol: '', name: '' },
    infoUnits: unitRefs(row.infoUnitIds, units),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Each rule field whose value changes, with the old and new value (for the metryka). */
export function diffRule(
  before: DistributionRuleRow,
  patch: Partial<DistributionRuleRow>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(patch)) {
    const from = before[key as keyof DistributionRuleRow];
    if (JSON.stringify(from ?? null) !== JSON.stringify(to ?? null)) changes[key] = { from, to };
  }
  return changes;
}

/** Info units without duplicates and without the leading unit. */
export const cleanInfoUnits = (unitId: string, infoUnitIds: string[]) =>
  [...new Set(infoUnitIds)].filter((id) => id !== unitId);

export const sameUnits = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

type SenderSnapshot = {
  kind: 'person' | 'institution';
  name: string | null;
  surname: string | null;
  givenNames: string | null;
};

export const senderName = (s: SenderSnapshot) =>
  s.kind === 'person' ? `${s.surname ?? ''} ${s.givenNames ?? ''}`.trim() : (s.name ?? '');

/** The leading and information units as refs, for the metryka. */
export function unitDetails({
  unitId,
  infoUnitIds,
  units,
}: {
  unitId: string;
  infoUnitIds: string[];
  units: Map<string, UnitRefRow>;
}): { unit: UnitRef | null; infoUnits: UnitRef[] } {
  const leading = units.get(unitId);
  return { unit: leading ? toUnitRef(leading) : null, infoUnits: unitRefs(infoUnitIds, units) };
}
