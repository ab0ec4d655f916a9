import type { Database } from '../db/database.types.js';
import type { Clock } from './clock/clock.js';
import type { IdGenerator } from './ids/ids.js';

/** What every use case may need; passed explicitly, no container. */
export type CoreDeps = { db: Database; clock: Clock; ids: IdGenerator };
