import { sql } from 'drizzle-orm';
import type { SyncResult } from '@obieg/contracts/integrations';
import { withSystem, withTenant } from '../../db/tenant-scope.js';
import { trackEDeliveryDispatches } from '../dispatch/dispatch-tracking.usecases.js';
import type { Context } from '../auth/auth.types.js';
import type { Job } from '../jobs/jobs.usecases.js';
import { edeliveryClientFor, epuapClientFor } from './channel-clients.usecases.js';
import { SYNC_BATCH, SYNC_INTERVAL_MS } from './integrations.constants.js';
import { createIntegrationsRepository, type MailboxRow } from './integrations.repository.js';
import { takeEDeliveryInbox } from './intake-edelivery.usecases.js';
import { takeEpuapBox } from './intake-epuap.usecases.js';
import type { IntakeDeps } from './intake.usecases.js';
import {
  listEnabledMailboxes,
  openMailbox,
  recordIntegrationLog,
  scheduleSync,
} from './mailboxes.usecases.js';

type MailboxResult = SyncResult['mailboxes'][number];

/** One mailbox: its new letters into the RPW, its sent letters' statuses; errors kept on the mailbox and in the log. */
export async function syncMailbox({
  deps,
  row,
}: {
  deps: IntakeDeps;
  row: MailboxRow;
}): Promise<MailboxResult> {
  const result: MailboxResult = {
    mailboxId: row.id,
    address: row.address,
    registered: 0,
    statusUpdates: 0,
    rejected: 0,
    error: null,
  };
  const opened = openMailbox(deps, row);
  try {
    if (row.kind === 'edelivery') {
      const client = edeliveryClientFor(opened, deps.clock.now);
      try {
        Object.assign(result, await takeEDeliveryInbox({ deps, mailbox: row, client, limit: SYNC_BATCH }));
        result.statusUpdates = await trackEDeliveryDispatches({
          deps,
          mailbox: row,
          client,
          limit: SYNC_BATCH,
        });
      } finally {
        client.close();
      }
    } else if (row.kind === 'epuap') {
      Object.assign(
        result,
        await takeEpuapBox({
          deps,
          mailbox: row,
          client: epuapClientFor(opened, deps.clock.now),
          limit: SYNC_BATCH,
        }),
      );
    }
  } catch (error) {
    result.error = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  }
  await withTenant({ db: deps.db, tenantId: row.tenantId }, async (tx) => {
    await createIntegrationsRepository({ db: tx }).updateMailbox({
      id: row.id,
      patch: { lastSyncAt: deps.clock.now(), lastSyncError: result.error },
    });
    if (result.error)
      await recordIntegrationLog({
        tx,
        deps,
        tenantId: row.tenantId,
        entry: {
          integration: row.kind === 'epuap' ? 'epuap' : 'edelivery',
          level: 'error',
          code: 'sync.failed',
          message: `Synchronizacja ${row.address} nie powiodła się: ${result.error}`,
          mailboxId: row.id,
        },
      });
  });
  return result;
}

/** `POST /integrations/{kind}/sync`: every enabled mailbox of the kind, now. */
export async function syncMailboxesNow({
  deps,
  ctx,
  kind,
}: {
  deps: IntakeDeps;
  ctx: Context;
  kind: 'edelivery' | 'epuap';
}): Promise<SyncResult> {
  const rows = await withTenant({ db: deps.db, tenantId: ctx.actor.tenantId }, (tx) =>
    listEnabledMailboxes({ tx, tenantId: ctx.actor.tenantId }),
  );
  const mailboxes: MailboxResult[] = [];
  for (const row of rows.filter((r) => r.kind === kind)) mailboxes.push(await syncMailbox({ deps, row }));
  return { mailboxes };
}

/**
 * The scheduled synchronisation of an office (job `integrations.sync`): all its e-Doręczenia and
 * ePUAP mailboxes, then the next run in `SYNC_INTERVAL_MS` (one pending run per office).
 */
export async function syncTenantJob({ deps, job }: { deps: IntakeDeps; job: Job }): Promise<void> {
  const tenantId = job.tenantId;
  const rows = await withTenant({ db: deps.db, tenantId }, (tx) => listEnabledMailboxes({ tx, tenantId }));
  const synced = rows.filter((r) => r.kind !== 'smtp');
  for (const row of synced) await syncMailbox({ deps, row });
  if (synced.length > 0)
    await withTenant({ db: deps.db, tenantId }, (tx) =>
      scheduleSync({ tx, deps, tenantId, runAt: new Date(deps.clock.now().getTime() + SYNC_INTERVAL_MS) }),
    );
}

/** At start: every office with an enabled mailbox gets its scheduled synchronisation (if not pending). */
export async function ensureSyncSchedules({ deps }: { deps: IntakeDeps }) {
  const tenants = await withSystem({ db: deps.db }, async (tx) => {
    const result = await tx.execute<{ tenant_id: string }>(
      // Across offices, as the table owner (platform work).
      sql`select distinct tenant_id from integration_mailboxes where enabled and kind <> 'smtp'`,
    );
    return (result as unknown as { rows: { tenant_id: string }[] }).rows.map((r) => r.tenant_id);
  });
  for (const tenantId of tenants)
    await withTenant({ db: deps.db, tenantId }, (tx) => scheduleSync({ tx, deps, tenantId }));
}
