import type { Config } from '../config/config.js';
import type { DatabaseHandle } from '../db/database.types.js';
import type { Clock } from '../shared/clock/clock.js';
import type { IdGenerator } from '../shared/ids/ids.js';
import type { FileStore } from '../modules/files/storage/file-store.js';
import type { AuthDeps } from '../modules/auth/auth.usecases.js';

/** Built once in `buildServer` and handed to every module's routes. */
export type AppDependencies = AuthDeps & {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  ids: IdGenerator;
  fileStore: FileStore;
};
