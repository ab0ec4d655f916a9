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
};
