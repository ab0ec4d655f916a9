import type { IncomingHistoryEntry } from '@obieg/contracts/distribution';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, listSubjectHistory } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { createIncomingItemNotFoundError } from '../correspondence/correspondence.errors.js';
import { ensureIncomingVisible } from '../correspondence/incoming-visibility.usecases.js';
import { HISTORY_ACTIONS } from './distribution.constants.js';
import { createDistributionRepository } from './distribution.repository.js';
import { toHistoryEntry } from './incoming-history.models.js';

/**
 * The item's whole story in order — registration, corrections, cancellation, distributions,
 * decrees, acceptances, returns and decree corrections — read from the metryka, which records each
 * in the transaction of the change (reads of the item are left out).
 */
export async function getIncomingHistory({
  deps,
  ctx,
  itemId,
}: {
  deps: Pick<CoreDeps, 'db'>;
  ctx: Context;
  itemId: string;
}): Promise<{ items: IncomingHistoryEntry[] }> {
  const tenantId = ctx.actor.tenantId;
  return inTenant({ deps, ctx }, async (tx) => {
    if (!(await createDistributionRepository({ db: tx }).findItem({ tenantId, id: itemId }))) {
      throw createIncomingItemNotFoundError();
    }
    await ensureIncomingVisible({ tx, actor: ctx.actor, id: itemId });
    const rows = await listSubjectHistory({
      tx,
      tenantId,
      subjectType: 'incoming_item',
      subjectId: itemId,
      actions: HISTORY_ACTIONS,
    });
    return { items: rows.map(toHistoryEntry) };
  });
}
