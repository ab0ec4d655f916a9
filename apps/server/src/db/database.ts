import { CoalescingClient, type CoalescingClientConfig } from './pg-coalescing-client.js';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Config } from '../config/config.js';
import { lockDataDir } from './data-dir-lock.js';
import { openDurablePglite } from './pglite-durability.js';
import { PGLITE_EXTENSIONS } from './pglite-extensions.js';
import { listenPostgres } from './pg-listener.js';
import type { Database, DatabaseHandle } from './database.types.js';
import * as schema from './schema.js';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

/** A fixed advisory-lock key so that only one process migrates a PostgreSQL database at a time. */
const MIGRATION_LOCK_KEY = 7_261_044_313;

export async function openDatabase(config: Config['database']): Promise<DatabaseHandle> {
  if (config.kind === 'postgres') return openPostgres(config);
  mkdirSync(config.dataDir, { recursive: true });
  const unlock = lockDataDir(config.dataDir);
  try {
    if (!config.fsync) {
      const handle = openPglite({
        pg: new PGlite({ dataDir: config.dataDir, extensions: PGLITE_EXTENSIONS }),
      });
      return { ...handle, close: () => handle.close().finally(unlock) };
    }
    // Commits are fsynced by PostgreSQL itself (ADR 0002); flush() runs due checkpoints and
    // reports a past fsync failure.
    const durable = await openDurablePglite({ dataDir: config.dataDir, extensions: PGLITE_EXTENSIONS });
    const handle = openPglite({ pg: durable.pg, flush: durable.flush });
    return { ...handle, close: () => durable.close().finally(unlock) };
  } catch (error) {
    unlock();
    throw error;
  }
}

export function openPglite({
  pg: client,
  flush,
}: {
  pg: PGlite;
  flush?: () => Promise<void>;
}): DatabaseHandle {
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    kind: 'pglite',
    db,
    flush: flush ?? (async () => {}),
    close: async () => {
      await client.close();
    },
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder: MIGRATIONS_FOLDER }),
    // In-process: PGlite delivers a NOTIFY to its own session's listeners when the transaction commits.
    listen: async (channel, { onNotification }) => {
      const unlisten = await client.listen(channel, onNotification);
      return () => unlisten().catch(() => {});
    },
  };
}

export function openPostgres({
  url,
  poolSize,
  preparedStatements = true,
}: {
  url: string;
  poolSize: number;
  preparedStatements?: boolean;
}): DatabaseHandle {
  const poolConfig: pg.PoolConfig & CoalescingClientConfig = {
    connectionString: url,
    max: poolSize,
    application_name: 'obieg',
    Client: CoalescingClient,
    preparedStatements,
  };
  const pool = new pg.Pool(poolConfig);
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = drizzleNodePostgres({ client: pool, schema }) as unknown as Database;
  return {
    kind: 'postgres',
    db,
    flush: async () => {},
    close: () => pool.end(),
    listen: (channel, handlers) => listenPostgres({ url, channel, ...handlers }),
    migrate: async () => {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migrateNodePostgres(drizzleNodePostgres({ client, schema }), {
          migrationsFolder: MIGRATIONS_FOLDER,
        });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
        client.release();
      }
    },
  };
}

/** True when the database answers and every migration of this build has been applied. */
export async function isDatabaseReady(db: Database): Promise<boolean> {
  try {
    const result = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    const rows = (result as unknown as { rows: { n: number }[] }).rows;
    return (rows[0]?.n ?? 0) >= appliedMigrationCount();
  } catch {
    return false;
  }
}

let journalCount: number | undefined;
function appliedMigrationCount(): number {
  journalCount ??= (
    JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as { entries: unknown[] }
  ).entries.length;
  return journalCount;
}
