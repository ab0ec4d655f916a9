import type { Database } from '../../db/database.types.js';
import type { CoreDeps } from '../../shared/deps.js';
import { recordAuditEvent } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { createOrganizationRepository } from './organization.repository.js';
import { createPeopleRepository } from './people.repository.js';
import { seedSystemRoles } from './seed.usecases.js';

/** A new office's system roles, its administration unit (`ADM`) and first administrator. */
export async function createBootstrapAdministrator({
  tx,
  ctx,
  deps,
  login,
  displayName,
  passwordHash,
  today,
}: {
  tx: Database;
  ctx: Context;
  deps: CoreDeps;
  login: string;
  displayName: string;
  passwordHash: string;
  today: string;
}) {
  const tenantId = ctx.actor.tenantId;
  const now = deps.clock.now();
  const roleIds = await seedSystemRoles({ tx, tenantId, clock: deps.clock, ids: deps.ids });
  const unit = await createOrganizationRepository({ db: tx }).insertUnit({
    unit: {
      id: deps.ids.next(),
      tenantId,
      symbol: 'ADM',
      name: 'Administracja systemu EZD',
      parentId: null,
      validFrom: `${today.slice(0, 4)}-01-01`,
      validTo: null,
      createdAt: now,
    },
  });
  const people = createPeopleRepository({ db: tx });
  const user = await people.insertUser({
    user: {
      id: deps.ids.next(),
      tenantId,
      login,
      displayName,
      kind: 'person',
      passwordHash,
      mustChangePassword: true,
      createdAt: now,
    },
  });
  const position = await people.insertPosition({
    position: {
      id: deps.ids.next(),
      tenantId,
      userId: user.id,
      orgUnitId: unit.id,
      title: 'Administrator systemu',
      validFrom: unit.validFrom,
      validTo: null,
      createdAt: now,
    },
  });
  await people.replacePositionRoles({ tenantId, positionId: position.id, roleIds: [roleIds.administrator] });
  await recordAuditEvent({
    tx,
    ctx,
    clock: deps.clock,
    ids: deps.ids,
    event: {
      action: 'organization.bootstrap_administrator_created',
      subjectType: 'user',
      subjectId: user.id,
      details: { login, unit: 'ADM', roles: Object.keys(roleIds) },
    },
  });
  return { roleIds, unitId: unit.id, userId: user.id, positionId: position.id };
}
