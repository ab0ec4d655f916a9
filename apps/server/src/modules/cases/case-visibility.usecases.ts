import type { Database } from '../../db/database.types.js';
import type { Actor } from '../auth/auth.types.js';
import { resolveCaseAccess } from './case-access.js';
import { createCasesRepository } from './cases.repository.js';

/** Whether the actor sees the case (in full or by a share), without revealing why not. */
export async function isCaseVisible({ tx, actor, caseId }: { tx: Database; actor: Actor; caseId: string }) {
  const found = await createCasesRepository({ db: tx }).findCase({ tenantId: actor.tenantId, id: caseId });
  if (!found) return false;
  return (await resolveCaseAccess({ tx, actor, row: found.row })).read !== 'none';
}
