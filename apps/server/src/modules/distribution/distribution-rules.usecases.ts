import type {
  CreateDistributionRuleInput,
  DistributionRule,
  UpdateDistributionRuleInput,
} from '@obieg/contracts/distribution';
import type { Database } from '../../db/database.types.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { createVersionConflictError } from '../../shared/errors/common.errors.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { findContactInTransaction } from '../contacts/contacts.usecases.js';
import {
  createNothingToCorrectError,
  createUnknownContactError,
  createUnknownDictionaryCodeError,
  createUnknownOrganError,
} from '../correspondence/correspondence.errors.js';
import { findOrganInTransaction } from '../organization/organs.usecases.js';
import { findActiveUnits } from '../organization/unit-scope.usecases.js';
import { createDistributionRuleNotFoundError, createUnknownUnitError } from './distribution.errors.js';
import { cleanInfoUnits, diffRule, toDistributionRuleDto } from './distribution.models.js';
import { createDistributionRepository } from './distribution.repository.js';
import { createDistributionRulesRepository } from './distribution-rules.repository.js';
import type { DistributionRuleRow } from './distribution.types.js';

type Scope = { deps: CoreDeps; ctx: Context };
type RuleFields = Pick<
  DistributionRuleRow,
  'senderContactId' | 'documentKind' | 'organId' | 'deliveryMethod' | 'unitId' | 'infoUnitIds'
>;

/** Everything a rule names must exist in the office (units active today, dictionary codes active). */
async function ensureRuleReferences({
  tx,
  tenantId,
  fields,
  day,
}: {
  tx: Database;
  tenantId: string;
  fields: RuleFields;
  day: string;
}) {
  const active = new Set(
    (await findActiveUnits({ tx, tenantId, ids: [fields.unitId, ...fields.infoUnitIds], day })).map(
      (u) => u.id,
    ),
  );
  const unitErrors = [
    ...(active.has(fields.unitId) ? [] : [{ path: '/unitId', message: 'Unknown or inactive unit' }]),
    ...fields.infoUnitIds.flatMap((id, i) =>
      active.has(id) ? [] : [{ path: `/infoUnitIds/${i}`, message: 'Unknown or inactive unit' }],
    ),
  ];
  if (unitErrors.length > 0) throw createUnknownUnitError({ errors: unitErrors });
  if (
    fields.senderContactId &&
    !(await findContactInTransaction({ tx, tenantId, id: fields.senderContactId }))
  ) {
    throw createUnknownContactError({ errors: [{ path: '/senderContactId', message: 'Unknown contact' }] });
  }
  if (fields.organId && !(await findOrganInTransaction({ tx, tenantId, id: fields.organId }))) {
    throw createUnknownOrganError({ errors: [{ path: '/organId', message: 'Unknown organ' }] });
  }
  const rules = createDistributionRulesRepository({ db: tx });
  for (const [kind, code, path] of [
    ['document_kinds', fields.documentKind, '/documentKind'],
    ['delivery_methods', fields.deliveryMethod, '/deliveryMethod'],
  ] as const) {
    if (code && !(await rules.isActiveDictionaryCode({ tenantId, kind, code }))) {
      throw createUnknownDictionaryCodeError({ errors: [{ path, message: 'Unknown code' }] });
    }
  }
}

async function toDtos({
  tx,
  tenantId,
  rows,
}: {
  tx: Database;
  tenantId: string;
  rows: DistributionRuleRow[];
}) {
  const units = await createDistributionRepository({ db: tx }).listUnitRefs({
    tenantId,
    ids: rows.flatMap((r) => [r.unitId, ...r.infoUnitIds]),
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  return rows.map((row) => toDistributionRuleDto(row, byId));
}

const auditedFields = (row: DistributionRuleRow) => ({
  name: row.name,
  priority: row.priority,
  active: row.active,
  senderContactId: row.senderContactId,
  documentKind: row.documentKind,
  organId: row.organId,
  deliveryMethod: row.deliveryMethod,
  unitId: row.unitId,
  infoUnitIds: row.infoUnitIds,
});

/** The office's rules in the order they are tried (priority, then age). */
export async function listDistributionRules({ deps, ctx }: Scope): Promise<{ items: DistributionRule[] }> {
  const tenantId = ctx.actor.tenantId;
  return inTenant({ deps, ctx }, async (tx) => ({
    items: await toDtos({
      tx,
      tenantId,
      rows: await createDistributionRulesRepository({ db: tx }).listRules({ tenantId }),
    }),
  }));
}

export async function createDistributionRule({
  deps,
  ctx,
  input,
}: Scope & { input: CreateDistributionRuleInput }): Promise<DistributionRule> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const now = deps.clock.now();
    const fields: RuleFields = {
      senderContactId: input.senderContactId ?? null,
      documentKind: input.documentKind ?? null,
      organId: input.organId ?? null,
      deliveryMethod: input.deliveryMethod ?? null,
      unitId: input.unitId,
      infoUnitIds: cleanInfoUnits(input.unitId, input.infoUnitIds),
    };
    await ensureRuleReferences({ tx, tenantId, fields, day: toWarsawDate(now) });
    const row = await createDistributionRulesRepository({ db: tx }).insertRule({
      ...fields,
      id: deps.ids.next(),
      tenantId,
      name: input.name,
      priority: input.priority,
      active: input.active,
      createdAt: now,
      updatedAt: now,
    });
    await audit({
      action: 'correspondence.distribution_rule_created',
      subjectType: 'distribution_rule',
      subjectId: row.id,
      details: auditedFields(row),
    });
    const [dto] = await toDtos({ tx, tenantId, rows: [row] });
    if (!dto) throw new Error('rule vanished in its own transaction');
    return dto;
  });
}

/** Changes the fields given; a stale `version` answers 409. The old and new values are audited. */
export async function updateDistributionRule({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: UpdateDistributionRuleInput }): Promise<DistributionRule> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createDistributionRulesRepository({ db: tx });
    const before = await repository.findRule({ tenantId, id });
    if (!before) throw createDistributionRuleNotFoundError();
    if (before.version !== input.version) throw createVersionConflictError();
    const { version, ...given } = input;
    const patch: Partial<DistributionRuleRow> = Object.fromEntries(
      Object.entries(given).filter(([, value]) => value !== undefined),
    );
    const unitId = patch.unitId ?? before.unitId;
    if (patch.infoUnitIds !== undefined || patch.unitId !== undefined) {
      patch.infoUnitIds = cleanInfoUnits(unitId, patch.infoUnitIds ?? before.infoUnitIds);
    }
    const changes = diffRule(before, patch);
    if (Object.keys(changes).length === 0) throw createNothingToCorrectError();
    const now = deps.clock.now();
    const next = { ...before, ...patch };
    await ensureRuleReferences({ tx, tenantId, fields: next, day: toWarsawDate(now) });
    const row = await repository.updateRule({ tenantId, id, version, patch: { ...patch, updatedAt: now } });
    if (!row) throw createVersionConflictError();
    await audit({
      action: 'correspondence.distribution_rule_updated',
      subjectType: 'distribution_rule',
      subjectId: id,
      details: { name: row.name, changes, version: row.version },
    });
    const [dto] = await toDtos({ tx, tenantId, rows: [row] });
    if (!dto) throw new Error('rule vanished in its own transaction');
    return dto;
  });
}

/** Removes a rule; its last values stay in the metryka, distributions it made keep its name. */
export async function deleteDistributionRule({ deps, ctx, id }: Scope & { id: string }): Promise<void> {
  await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const row = await createDistributionRulesRepository({ db: tx }).deleteRule({
      tenantId: ctx.actor.tenantId,
      id,
    });
    if (!row) throw createDistributionRuleNotFoundError();
    await audit({
      action: 'correspondence.distribution_rule_deleted',
      subjectType: 'distribution_rule',
      subjectId: id,
      details: auditedFields(row),
    });
  });
}
