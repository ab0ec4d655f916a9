import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.js';

/** Either driver, or a transaction of either: repositories accept any of them. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  kind: 'pglite' | 'postgres';
  db: Database;
  /** Makes every committed transaction durable on disk (embedded mode); a no-op on PostgreSQL. */
  flush: () => Promise<void>;
  /** Applies pending migrations (one global timeline in `apps/server/migrations`). */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  /**
   * Calls `onNotification` with the payload of each NOTIFY on `channel` (sent when the notifying
   * transaction commits), over one connection of its own; `onReconnect` after that connection was
   * lost and restored (notifications may have been missed meanwhile). Resolves to a stop function.
   */
  listen?: (
    channel: string,
    handlers: { onNotification: (payload: string) => void; onReconnect?: () => void },
  ) => Promise<() => Promise<void>>;
};
