import type { CreateOrgUnitInput, OrgUnit, UpdateOrgUnitInput } from '@obieg/contracts/organization';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import {
  createOrgUnitNotFoundError,
  createOrgUnitParentInvalidError,
  createOrgUnitSymbolTakenError,
  createPositionNotFoundError,
  createValidityRangeInvalidError,
} from './organization.errors.js';
import { isValidOn, toOrgUnitDto, wouldCreateCycle, yearsOverlap } from './organization.models.js';
import { createOrganizationRepository } from './organization.repository.js';
import { createPeopleRepository } from './people.repository.js';
import type { OrgUnitRow } from './organization.types.js';

export async function listOrgUnits({
  deps,
  ctx,
  at,
  includeInactive = false,
}: {
  deps: CoreDeps;
  ctx: Context;
  at?: string;
  includeInactive?: boolean;
}): Promise<OrgUnit[]> {
  const today = toWarsawDate(deps.clock.now());
  const day = at ?? today;
  const rows = await inTenant({ deps, ctx }, (tx) =>
    createOrganizationRepository({ db: tx }).listUnits({ tenantId: ctx.actor.tenantId }),
  );
  return rows.filter((row) => includeInactive || isValidOn(row, day)).map((row) => toOrgUnitDto(row, today));
}

export async function getOrgUnit({
  deps,
  ctx,
  id,
}: {
  deps: CoreDeps;
  ctx: Context;
  id: string;
}): Promise<OrgUnit> {
  const row = await inTenant({ deps, ctx }, (tx) =>
    createOrganizationRepository({ db: tx }).findUnitById({ tenantId: ctx.actor.tenantId, id }),
  );
  if (!row) throw createOrgUnitNotFoundError({ detail: `No organisational unit with id ${id}.` });
  return toOrgUnitDto(row, toWarsawDate(deps.clock.now()));
}

/**
 * Creates a unit. A symbol may belong to only one unit within a calendar year (instrukcja
 * kancelaryjna §29 ust. 5), so a reorganisation may reuse it only from the next year.
 */
export async function createOrgUnit({
  deps,
  ctx,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  input: CreateOrgUnitInput;
}) {
  const tenantId = ctx.actor.tenantId;
  const validFrom = input.validFrom ?? toWarsawDate(deps.clock.now());
  const period = { validFrom, validTo: input.validTo };
  if (period.validTo !== null && period.validTo < validFrom) throw createValidityRangeInvalidError();

  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createOrganizationRepository({ db: tx });
    await repository.lockUnitSymbol({ tenantId, symbol: input.symbol });
    await ensureSymbolFree({ repository, tenantId, symbol: input.symbol, period });
    if (input.parentId) await ensureParentValid({ repository, tenantId, parentId: input.parentId, period });
    const row = await repository.insertUnit({
      unit: {
        id: deps.ids.next(),
        tenantId,
        symbol: input.symbol,
        name: input.name,
        parentId: input.parentId,
        ...period,
        createdAt: deps.clock.now(),
      },
    });
    await audit({
      action: 'organization.org_unit_created',
      subjectType: 'org_unit',
      subjectId: row.id,
      details: {
        symbol: row.symbol,
        name: row.name,
        parentId: row.parentId,
        validFrom,
        validTo: row.validTo,
      },
    });
    return toOrgUnitDto(row, toWarsawDate(deps.clock.now()));
  });
}

export async function updateOrgUnit({
  deps,
  ctx,
  id,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  id: string;
  input: UpdateOrgUnitInput;
}) {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createOrganizationRepository({ db: tx });
    const current = await repository.findUnitById({ tenantId, id });
    if (!current) throw createOrgUnitNotFoundError();
    await repository.lockUnitSymbol({ tenantId, symbol: current.symbol });
    const period = {
      validFrom: current.validFrom,
      validTo: input.validTo === undefined ? current.validTo : input.validTo,
    };
    if (period.validTo !== null && period.validTo < period.validFrom) throw createValidityRangeInvalidError();
    if (input.validTo !== undefined)
      await ensureSymbolFree({ repository, tenantId, symbol: current.symbol, period, exceptId: id });
    if (input.parentId) {
      await ensureParentValid({ repository, tenantId, parentId: input.parentId, period });
      const units = await repository.listUnits({ tenantId });
      if (
        wouldCreateCycle({
          unitId: id,
          parentId: input.parentId,
          parents: new Map(units.map((u) => [u.id, u.parentId])),
        })
      ) {
        throw createOrgUnitParentInvalidError({
          detail: 'A unit cannot be placed under itself or its own sub-unit.',
        });
      }
    }
    if (input.headPositionId) {
      const heads = await createPeopleRepository({ db: tx }).listPositions({ tenantId, orgUnitId: id });
      if (!heads.some((h) => h.position.id === input.headPositionId)) {
        throw createPositionNotFoundError({
          detail: 'The head must hold a position in this unit.',
          errors: [{ path: '/headPositionId', message: 'no such position in this unit' }],
        });
      }
    }
    const patch: Partial<OrgUnitRow> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.parentId !== undefined) patch.parentId = input.parentId;
    if (input.headPositionId !== undefined) patch.headPositionId = input.headPositionId;
    if (input.validTo !== undefined) patch.validTo = input.validTo;
    const row = await repository.updateUnit({ tenantId, id, patch });
    await audit({
      action: 'organization.org_unit_updated',
      subjectType: 'org_unit',
      subjectId: id,
      details: { before: pick(current, Object.keys(patch)), after: patch },
    });
    return toOrgUnitDto(row, toWarsawDate(deps.clock.now()));
  });
}

type Repository = ReturnType<typeof createOrganizationRepository>;
type Period = { validFrom: string; validTo: string | null };

async function ensureSymbolFree({
  repository,
  tenantId,
  symbol,
  period,
  exceptId,
}: {
  repository: Repository;
  tenantId: string;
  symbol: string;
  period: Period;
  exceptId?: string;
}) {
  const sameSymbol = await repository.listUnitsWithSymbol({ tenantId, symbol, exceptId });
  const clash = sameSymbol.find((other) => yearsOverlap(other, period));
  if (clash) {
    throw createOrgUnitSymbolTakenError({
      detail: `Symbol ${symbol} is used by "${clash.name}" (${clash.validFrom} – ${clash.validTo ?? '…'}) in the same calendar year.`,
      errors: [
        {
          path: '/symbol',
          message: 'symbol used in the same calendar year',
          code: 'organization.org_unit_symbol_taken',
        },
      ],
    });
  }
}

async function ensureParentValid({
  repository,
  tenantId,
  parentId,
  period,
}: {
  repository: Repository;
  tenantId: string;
  parentId: string;
  period: Period;
}) {
  const parent = await repository.findUnitById({ tenantId, id: parentId });
  const parentEndsFirst =
    parent?.validTo != null && (period.validTo === null || parent.validTo < period.validTo);
  if (!parent || parent.validFrom > period.validFrom || parentEndsFirst) {
    throw createOrgUnitParentInvalidError({
      errors: [{ path: '/parentId', message: 'parent unit not valid for the whole period' }],
    });
  }
}

function pick<T extends object>(row: T, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, (row as Record<string, unknown>)[key]]));
}
