import { SYSTEM_ROLE_CODES, type SystemRoleCode } from '@obieg/contracts/permissions';
import type { Database } from '../../db/database.types.js';
import type { Clock } from '../../shared/clock/clock.js';
import type { IdGenerator } from '../../shared/ids/ids.js';
import { SYSTEM_ROLES } from './organization.constants.js';
import { createPeopleRepository } from './people.repository.js';

/** Creates the system roles of a new office; returns their ids by code. Runs in the caller's transaction. */
export async function seedSystemRoles({
  tx,
  tenantId,
  clock,
  ids,
}: {
  tx: Database;
  tenantId: string;
  clock: Clock;
  ids: IdGenerator;
}) {
  const repository = createPeopleRepository({ db: tx });
  const roleIds = {} as Record<SystemRoleCode, string>;
  for (const code of SYSTEM_ROLE_CODES) {
    const role = SYSTEM_ROLES[code];
    const row = await repository.insertRole({
      role: { id: ids.next(), tenantId, code, name: role.name, system: true, createdAt: clock.now() },
    });
    await repository.replaceGrants({ tenantId, roleId: row.id, grants: role.grants });
    roleIds[code] = row.id;
  }
  return roleIds;
}
