import type { CreatePositionInput, Position, Substitution } from '@obieg/contracts/organization';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import {
  createOrgUnitNotFoundError,
  createPositionNotFoundError,
  createRoleNotFoundError,
  createSubstitutionInvalidError,
  createUserNotFoundError,
  createValidityRangeInvalidError,
} from './organization.errors.js';
import { createOrganizationRepository } from './organization.repository.js';
import type { Database } from '../../db/database.types.js';
import { createPeopleRepository } from './people.repository.js';

async function loadPositions({
  tx,
  tenantId,
  filter,
}: {
  tx: Database;
  tenantId: string;
  filter: { userId?: string; orgUnitId?: string };
}) {
  const repository = createPeopleRepository({ db: tx });
  const rows = await repository.listPositions({ tenantId, ...filter });
  const roles = await repository.listPositionRoles({ tenantId, positionIds: rows.map((r) => r.position.id) });
  return rows.map((r): Position => ({
    id: r.position.id,
    userId: r.position.userId,
    userDisplayName: r.userDisplayName,
    orgUnitId: r.position.orgUnitId,
    orgUnitSymbol: r.orgUnitSymbol,
    title: r.position.title,
    roleIds: roles.filter((pr) => pr.positionId === r.position.id).map((pr) => pr.roleId),
    validFrom: r.position.validFrom,
    validTo: r.position.validTo,
    createdAt: r.position.createdAt.toISOString(),
  }));
}

export async function listPositions({
  deps,
  ctx,
  filter,
}: {
  deps: CoreDeps;
  ctx: Context;
  filter: { userId?: string; orgUnitId?: string };
}) {
  return inTenant({ deps, ctx }, (tx) => loadPositions({ tx, tenantId: ctx.actor.tenantId, filter }));
}

export async function getPosition({
  deps,
  ctx,
  id,
}: {
  deps: CoreDeps;
  ctx: Context;
  id: string;
}): Promise<Position> {
  const all = await listPositions({ deps, ctx, filter: {} });
  const position = all.find((p) => p.id === id);
  if (!position) throw createPositionNotFoundError();
  return position;
}

async function ensureRolesExist({
  tx,
  tenantId,
  roleIds,
}: {
  tx: Database;
  tenantId: string;
  roleIds: string[];
}) {
  const known = new Set((await createPeopleRepository({ db: tx }).listRoles({ tenantId })).map((r) => r.id));
  const missing = roleIds.filter((id) => !known.has(id));
  if (missing.length > 0) throw createRoleNotFoundError({ detail: `Unknown roles: ${missing.join(', ')}` });
}

export async function createPosition({
  deps,
  ctx,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  input: CreatePositionInput;
}) {
  const tenantId = ctx.actor.tenantId;
  const validFrom = input.validFrom ?? toWarsawDate(deps.clock.now());
  if (input.validTo !== null && input.validTo < validFrom) throw createValidityRangeInvalidError();
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const people = createPeopleRepository({ db: tx });
    if (!(await people.findUserById({ tenantId, id: input.userId }))) throw createUserNotFoundError();
    if (!(await createOrganizationRepository({ db: tx }).findUnitById({ tenantId, id: input.orgUnitId })))
      throw createOrgUnitNotFoundError();
    const roleIds = [...new Set(input.roleIds)];
    await ensureRolesExist({ tx, tenantId, roleIds });
    const row = await people.insertPosition({
      position: {
        id: deps.ids.next(),
        tenantId,
        userId: input.userId,
        orgUnitId: input.orgUnitId,
        title: input.title,
        validFrom,
        validTo: input.validTo,
        createdAt: deps.clock.now(),
      },
    });
    await people.replacePositionRoles({ tenantId, positionId: row.id, roleIds });
    await audit({
      action: 'organization.position_created',
      subjectType: 'position',
      subjectId: row.id,
      details: { userId: row.userId, orgUnitId: row.orgUnitId, title: row.title, roleIds },
    });
    const [created] = (await loadPositions({ tx, tenantId, filter: { userId: row.userId } })).filter(
      (p) => p.id === row.id,
    );
    if (!created) throw createPositionNotFoundError();
    return created;
  });
}

export async function updatePosition({
  deps,
  ctx,
  id,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  id: string;
  input: { title?: string; roleIds?: string[]; validTo?: string | null };
}) {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const people = createPeopleRepository({ db: tx });
    const patch: { title?: string; validTo?: string | null } = {};
    if (input.title !== undefined) patch.title = input.title;
    if (input.validTo !== undefined) patch.validTo = input.validTo;
    const row = await people.updatePosition({ tenantId, id, patch });
    if (row.validTo !== null && row.validTo < row.validFrom) throw createValidityRangeInvalidError();
    if (input.roleIds) {
      const roleIds = [...new Set(input.roleIds)];
      await ensureRolesExist({ tx, tenantId, roleIds });
      await people.replacePositionRoles({ tenantId, positionId: id, roleIds });
    }
    await audit({
      action: 'organization.position_updated',
      subjectType: 'position',
      subjectId: id,
      details: { changes: input },
    });
    const [updated] = (await loadPositions({ tx, tenantId, filter: { userId: row.userId } })).filter(
      (p) => p.id === id,
    );
    if (!updated) throw createPositionNotFoundError();
    return updated;
  });
}

export async function listSubstitutions({
  deps,
  ctx,
}: {
  deps: CoreDeps;
  ctx: Context;
}): Promise<Substitution[]> {
  return inTenant({ deps, ctx }, async (tx) => {
    const people = createPeopleRepository({ db: tx });
    const tenantId = ctx.actor.tenantId;
    const rows = await people.listSubstitutions({ tenantId });
    const users = new Map(
      (await people.listUsers({ tenantId, limit: 100_000 })).map((u) => [u.id, u.displayName]),
    );
    return rows.map((r) => ({
      id: r.id,
      absentUserId: r.absentUserId,
      absentUserDisplayName: users.get(r.absentUserId) ?? '',
      substituteUserId: r.substituteUserId,
      substituteUserDisplayName: users.get(r.substituteUserId) ?? '',
      validFrom: r.validFrom,
      validTo: r.validTo,
      reason: r.reason,
      revokedAt: r.revokedAt?.toISOString() ?? null,
    }));
  });
}

/** Zastępstwo: from `validFrom` to `validTo` the substitute may act for the absent user. */
export async function createSubstitution({
  deps,
  ctx,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  input: {
    absentUserId: string;
    substituteUserId: string;
    validFrom: string;
    validTo: string;
    reason: string | null;
  };
}) {
  const tenantId = ctx.actor.tenantId;
  if (input.absentUserId === input.substituteUserId || input.validTo < input.validFrom)
    throw createSubstitutionInvalidError();
  const id = await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const people = createPeopleRepository({ db: tx });
    const [absent, substitute] = await Promise.all([
      people.findUserById({ tenantId, id: input.absentUserId }),
      people.findUserById({ tenantId, id: input.substituteUserId }),
    ]);
    if (!absent?.active || !substitute?.active || absent.kind !== 'person' || substitute.kind !== 'person')
      throw createSubstitutionInvalidError();
    const row = await people.insertSubstitution({
      substitution: { id: deps.ids.next(), tenantId, ...input, createdAt: deps.clock.now() },
    });
    await audit({
      action: 'organization.substitution_created',
      subjectType: 'substitution',
      subjectId: row.id,
      details: { ...input },
    });
    return row.id;
  });
  const created = (await listSubstitutions({ deps, ctx })).find((s) => s.id === id);
  if (!created) throw createSubstitutionInvalidError();
  return created;
}

export async function revokeSubstitution({ deps, ctx, id }: { deps: CoreDeps; ctx: Context; id: string }) {
  await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const row = await createPeopleRepository({ db: tx }).revokeSubstitution({
      tenantId: ctx.actor.tenantId,
      id,
      at: deps.clock.now(),
    });
    if (!row) throw createSubstitutionInvalidError({ detail: 'No active substitution with this id.' });
    await audit({ action: 'organization.substitution_revoked', subjectType: 'substitution', subjectId: id });
  });
}
