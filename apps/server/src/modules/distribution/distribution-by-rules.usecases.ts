import type { IncomingDistribution } from '@obieg/contracts/distribution';
import type { Database } from '../../db/database.types.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import type { AuditFn } from '../audit/audit.usecases.js';
import { findActiveUnits } from '../organization/unit-scope.usecases.js';
import { cleanInfoUnits, pickRule, toDistributionDto, unitDetails } from './distribution.models.js';
import { createDistributionRepository } from './distribution.repository.js';
import { createDistributionRulesRepository } from './distribution-rules.repository.js';
import type { RoutableItem, UnitRefRow } from './distribution.types.js';
import { notifyInboxChanged } from './inbox-events.js';

/** The rule an item is distributed by, with the units it names (see `planDistributionByRules`). */
export type DistributionPlan = {
  rule: { id: string; name: string };
  unitId: string;
  infoUnitIds: string[];
  units: Map<string, UnitRefRow>;
};

/**
 * Automatic distribution at registration, step 1 (reads only, before the RPW number is taken so
 * that the counter row is locked no longer): the first active rule, by priority, matching the item
 * and pointing at a unit still active. Null when no rule matches.
 */
export async function planDistributionByRules({
  deps,
  tx,
  tenantId,
  item,
}: {
  deps: Pick<CoreDeps, 'clock'>;
  tx: Database;
  tenantId: string;
  item: RoutableItem;
}): Promise<DistributionPlan | null> {
  const rules = await createDistributionRulesRepository({ db: tx }).listRules({ tenantId, activeOnly: true });
  if (rules.length === 0) return null;
  const ids = rules.flatMap((r) => [r.unitId, ...r.infoUnitIds]);
  const day = toWarsawDate(deps.clock.now());
  const units = new Map((await findActiveUnits({ tx, tenantId, ids, day })).map((u) => [u.id, u]));
  const rule = pickRule({ rules, item, activeUnitIds: new Set(units.keys()) });
  if (!rule) return null;
  return {
    rule: { id: rule.id, name: rule.name },
    unitId: rule.unitId,
    infoUnitIds: cleanInfoUnits(rule.unitId, rule.infoUnitIds).filter((id) => units.has(id)),
    units,
  };
}

/**
 * Step 2, after the item is written, in the registering transaction: the item is distributed as
 * the rule says, recorded in the metryka as done by that rule, and the units' inboxes are told.
 */
export async function applyDistributionPlan({
  deps,
  tx,
  audit,
  tenantId,
  actorUserId,
  item,
  plan,
}: {
  deps: Pick<CoreDeps, 'clock' | 'ids'>;
  tx: Database;
  audit: AuditFn;
  tenantId: string;
  actorUserId: string | null;
  item: { id: string; documentId: string; rpwNumber: string };
  plan: DistributionPlan;
}): Promise<IncomingDistribution> {
  const distribution = await createDistributionRepository({ db: tx }).insertDistribution({
    id: deps.ids.next(),
    tenantId,
    itemId: item.id,
    unitId: plan.unitId,
    infoUnitIds: plan.infoUnitIds,
    ruleId: plan.rule.id,
    ruleName: plan.rule.name,
    distributedAt: deps.clock.now(),
    distributedBy: actorUserId,
  });
  await audit({
    action: 'correspondence.incoming_distributed',
    subjectType: 'incoming_item',
    subjectId: item.id,
    documentId: item.documentId,
    details: {
      rpwNumber: item.rpwNumber,
      ...unitDetails({ unitId: plan.unitId, infoUnitIds: plan.infoUnitIds, units: plan.units }),
      reason: null,
      rule: plan.rule,
    },
  });
  await notifyInboxChanged({
    tx,
    event: { tenantId, itemId: item.id, unitIds: [plan.unitId, ...plan.infoUnitIds], userIds: [] },
  });
  return toDistributionDto({ distribution, units: plan.units, decrees: [] });
}
