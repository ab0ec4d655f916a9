import type { Organ } from '@obieg/contracts/organization';
import type { Database } from '../../db/database.types.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { createOrganNotFoundError } from './organization.errors.js';
import { toOrganDto } from './organization.models.js';
import { createOrganizationRepository } from './organization.repository.js';
import type { OrganRow } from './organization.types.js';

type OrganInput = { name: string; kind: OrganRow['kind'] };

export async function listOrgans({ deps, ctx }: { deps: CoreDeps; ctx: Context }): Promise<Organ[]> {
  const rows = await inTenant({ deps, ctx }, (tx) =>
    createOrganizationRepository({ db: tx }).listOrgans({ tenantId: ctx.actor.tenantId }),
  );
  return rows.map(toOrganDto);
}

export async function getOrgan({
  deps,
  ctx,
  id,
}: {
  deps: CoreDeps;
  ctx: Context;
  id: string;
}): Promise<Organ> {
  const row = await inTenant({ deps, ctx }, (tx) =>
    createOrganizationRepository({ db: tx }).findOrganById({ tenantId: ctx.actor.tenantId, id }),
  );
  if (!row) throw createOrganNotFoundError();
  return toOrganDto(row);
}

export async function createOrgan({
  deps,
  ctx,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  input: OrganInput;
}): Promise<Organ> {
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const row = await createOrganizationRepository({ db: tx }).insertOrgan({
      organ: {
        id: deps.ids.next(),
        tenantId: ctx.actor.tenantId,
        name: input.name,
        kind: input.kind,
        createdAt: deps.clock.now(),
      },
    });
    await audit({
      action: 'organization.organ_created',
      subjectType: 'organ',
      subjectId: row.id,
      details: { name: row.name, kind: row.kind },
    });
    return toOrganDto(row);
  });
}

export async function updateOrgan({
  deps,
  ctx,
  id,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  id: string;
  input: Partial<OrganInput> & { active?: boolean };
}): Promise<Organ> {
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const row = await createOrganizationRepository({ db: tx }).updateOrgan({
      tenantId: ctx.actor.tenantId,
      id,
      patch: input,
    });
    await audit({
      action: 'organization.organ_updated',
      subjectType: 'organ',
      subjectId: id,
      details: { changes: input },
    });
    return toOrganDto(row);
  });
}

/** An organ of the office inside the caller's transaction, or null. */
export async function findOrganInTransaction({
  tx,
  tenantId,
  id,
}: {
  tx: Database;
  tenantId: string;
  id: string;
}): Promise<Organ | null> {
  const row = await createOrganizationRepository({ db: tx }).findOrganById({ tenantId, id });
  return row ? toOrganDto(row) : null;
}
