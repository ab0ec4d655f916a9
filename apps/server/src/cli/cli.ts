import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import type { DatabaseHandle } from '../db/database.types.js';

/** Opens the configured database (migrated), runs `work`, flushes and closes; exits non-zero on error. */
export async function runCli(work: (database: DatabaseHandle) => Promise<number | void>) {
  let database: DatabaseHandle | undefined;
  try {
    const config = loadConfig();
    database = await openDatabase(config.database);
    await database.migrate();
    const code = (await work(database)) ?? 0;
    await database.flush();
    await database.close();
    process.exit(code);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    await database?.close().catch(() => {});
    process.exit(1);
  }
}
