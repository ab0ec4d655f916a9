import { sql } from 'drizzle-orm';
import type { Database } from './database.types.js';
import { TENANT_SCOPE_MARKER } from './pg-coalescing-client.js';

/** The role application queries run as: not the table owner, so Row-Level Security applies to it. */
export const APP_ROLE = 'obieg_app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `work` in a transaction as the application role with `app.tenant_id` set, so RLS policies
 * hide every other office's rows even from a query that forgets its `tenant_id` filter.
 * `isolationLevel: 'repeatable read'` gives all of `work`'s reads one snapshot (a consistency check
 * over several statements that must not see a concurrent commit half-way).
 */
export async function withTenant<T>(
  { db, tenantId, isolationLevel }: { db: Database; tenantId: string; isolationLevel?: 'repeatable read' },
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  return db.transaction(
    async (tx) => {
      // Literals, not parameters (the id is checked to be a UUID): a parameterless statement can
      // travel with BEGIN in one message on PostgreSQL (`CoalescingClient`).
      if (!UUID.test(tenantId)) throw new Error(`Invalid office id ${JSON.stringify(tenantId)}`);
      await tx.execute(
        sql.raw(
          `${TENANT_SCOPE_MARKER} select set_config('role', '${APP_ROLE}', true), set_config('app.tenant_id', '${tenantId}', true)`,
        ),
      );
      return work(tx);
    },
    isolationLevel ? { isolationLevel } : undefined,
  );
}

/**
 * Runs platform-level work that must see across offices (finding an office by its login code,
 * creating an office, login throttling, verifying every audit chain). Keep such work small and named.
 */
export async function withSystem<T>(
  { db }: { db: Database },
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => work(tx));
}
