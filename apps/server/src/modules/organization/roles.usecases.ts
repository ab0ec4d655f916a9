import type { Role } from '@obieg/contracts/organization';
import type { Grant } from '@obieg/contracts/permissions';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { createRoleNotFoundError, createSystemRoleLockedError } from './organization.errors.js';
import { mergeGrants, toRoleDto } from './organization.models.js';
import { createPeopleRepository } from './people.repository.js';

type Repository = ReturnType<typeof createPeopleRepository>;

async function loadRoles({
  repository,
  tenantId,
  roleIds,
}: {
  repository: Repository;
  tenantId: string;
  roleIds?: string[];
}) {
  const roles = (await repository.listRoles({ tenantId })).filter((r) => !roleIds || roleIds.includes(r.id));
  const grants = await repository.listGrants({ tenantId, roleIds: roles.map((r) => r.id) });
  return roles.map((role) =>
    toRoleDto(
      role,
      grants
        .filter((g) => g.roleId === role.id)
        .map((g) => ({ permission: g.permission as Grant['permission'], scope: g.scope })),
    ),
  );
}

export async function listRoles({ deps, ctx }: { deps: CoreDeps; ctx: Context }): Promise<Role[]> {
  return inTenant({ deps, ctx }, (tx) =>
    loadRoles({ repository: createPeopleRepository({ db: tx }), tenantId: ctx.actor.tenantId }),
  );
}

export async function getRole({
  deps,
  ctx,
  id,
}: {
  deps: CoreDeps;
  ctx: Context;
  id: string;
}): Promise<Role> {
  const [role] = await inTenant({ deps, ctx }, (tx) =>
    loadRoles({
      repository: createPeopleRepository({ db: tx }),
      tenantId: ctx.actor.tenantId,
      roleIds: [id],
    }),
  );
  if (!role) throw createRoleNotFoundError();
  return role;
}

export async function createRole({
  deps,
  ctx,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  input: { code: string; name: string; grants: Grant[] };
}) {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createPeopleRepository({ db: tx });
    const row = await repository.insertRole({
      role: {
        id: deps.ids.next(),
        tenantId,
        code: input.code,
        name: input.name,
        system: false,
        createdAt: deps.clock.now(),
      },
    });
    await repository.replaceGrants({ tenantId, roleId: row.id, grants: mergeGrants(input.grants) });
    await audit({
      action: 'organization.role_created',
      subjectType: 'role',
      subjectId: row.id,
      details: { code: row.code, grants: input.grants },
    });
    return toRoleDto(row, mergeGrants(input.grants));
  });
}

export async function updateRole({
  deps,
  ctx,
  id,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  id: string;
  input: { name?: string; grants?: Grant[] };
}) {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createPeopleRepository({ db: tx });
    const role = await repository.findRoleById({ tenantId, id });
    if (!role) throw createRoleNotFoundError();
    if (input.name !== undefined && role.system && input.name !== role.name)
      throw createSystemRoleLockedError();
    if (input.name !== undefined) await repository.updateRoleName({ tenantId, id, name: input.name });
    if (input.grants)
      await repository.replaceGrants({ tenantId, roleId: id, grants: mergeGrants(input.grants) });
    await audit({
      action: 'organization.role_updated',
      subjectType: 'role',
      subjectId: id,
      details: { changes: input },
    });
    const [updated] = await loadRoles({ repository, tenantId, roleIds: [id] });
    if (!updated) throw createRoleNotFoundError();
    return updated;
  });
}
