import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from './pglite-extensions.js';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres } from './database.js';
import type { DatabaseHandle } from './database.types.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
    postgresAdminUrl: string;
  }
}

let counter = 0;

/**
 * A migrated, empty database of its own for a test (or a test file): PGlite by default,
 * PostgreSQL when the suite runs with OBIEG_TEST_DB=postgres (`npm run test:pg`).
 */
export async function createTestDatabase(): Promise<DatabaseHandle & { url: string | null }> {
  const template = inject('postgresTemplate');
  if (!template) {
    const dump = new Blob([readFileSync(inject('pgliteTemplate'))]);
    return {
      ...openPglite({ pg: new PGlite({ loadDataDir: dump, extensions: PGLITE_EXTENSIONS }) }),
      url: null,
    };
  }
  const adminUrl = inject('postgresAdminUrl');
  const name = `obieg_t_${process.ppid}_${process.pid}_${counter++}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openPostgres({ url: url.toString(), poolSize: 4 });
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists "${name}" with (force)`).finally(() => dropper.end());
    },
  };
}

export const testDatabaseKind = () => (inject('postgresTemplate') ? 'postgres' : 'pglite');
