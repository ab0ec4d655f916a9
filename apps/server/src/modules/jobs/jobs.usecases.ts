import type { Database, DatabaseHandle } from '../../db/database.types.js';
import { withSystem } from '../../db/tenant-scope.js';
import type { Clock } from '../../shared/clock/clock.js';
import type { IdGenerator } from '../../shared/ids/ids.js';
import { JOB_LEASE_MS, JOB_MAX_ATTEMPTS, JOB_POLL_MS, jobRetryDelayMs } from './jobs.constants.js';
import { createJobsRepository } from './jobs.repository.js';

export type Job = {
  id: string;
  tenantId: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
};
export type JobHandler = (job: Job) => Promise<void>;

/** Enqueues a job in the caller's transaction: it exists (and runs) only if that transaction commits. */
export async function enqueueJob({
  tx,
  deps,
  tenantId,
  kind,
  payload,
  runAt,
  dedupeKey,
}: {
  tx: Database;
  deps: { ids: IdGenerator; clock: Clock };
  tenantId: string;
  kind: string;
  payload: Record<string, unknown>;
  runAt?: Date;
  /** With a key: not enqueued when a pending job with the same key exists. */
  dedupeKey?: string;
}): Promise<boolean> {
  const now = deps.clock.now();
  const repository = createJobsRepository({ db: tx });
  const row = {
    id: deps.ids.next(),
    tenantId,
    kind,
    payload,
    status: 'pending' as const,
    attempts: 0,
    runAt: runAt ?? now,
    lockedUntil: null,
    lastError: null,
    createdAt: now,
    finishedAt: null,
    dedupeKey: dedupeKey ?? null,
  };
  if (dedupeKey) return repository.insertJobOnce({ ...row, dedupeKey });
  await repository.insertJob(row);
  return true;
}

/** Jobs of an office (for tests and administration). */
export async function listJobsInTransaction({
  tx,
  tenantId,
  kind,
}: {
  tx: Database;
  tenantId: string;
  kind?: string;
}) {
  return createJobsRepository({ db: tx }).listJobs({ tenantId, ...(kind ? { kind } : {}) });
}

export type JobRunner = {
  /** Polls for due jobs until stopped (also woken by `wake`). */
  start: () => void;
  /** Stops polling and waits for the job in hand. */
  stop: () => Promise<void>;
  /** Runs every job due now, in this call; answers how many ran. */
  runDue: () => Promise<number>;
  /** Looks for due jobs now instead of at the next poll. */
  wake: () => void;
};

/**
 * Runs background jobs with `handlers` by kind. Each job runs once at a time across processes
 * (claimed with SKIP LOCKED, leased for JOB_LEASE_MS); a failed attempt is retried with a growing
 * delay up to JOB_MAX_ATTEMPTS, then marked failed with its error. Unknown kinds fail at once.
 */
export function createJobRunner({
  database,
  clock,
  handlers,
  pollMs = JOB_POLL_MS,
  onError = () => undefined,
}: {
  database: Pick<DatabaseHandle, 'db' | 'flush'>;
  clock: Clock;
  handlers: Record<string, JobHandler>;
  pollMs?: number;
  onError?: (error: unknown, job: Job | null) => void;
}): JobRunner {
  const db = database.db;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = true;

  async function runOne(job: Job) {
    const handler = handlers[job.kind];
    const repository = (tx: Database) => createJobsRepository({ db: tx });
    try {
      if (!handler) throw new Error(`No handler for jobs of kind '${job.kind}'`);
      await handler(job);
      await withSystem({ db }, (tx) => repository(tx).finish({ id: job.id, at: clock.now() }));
    } catch (error) {
      onError(error, job);
      const now = clock.now();
      const retry = handler && job.attempts < JOB_MAX_ATTEMPTS;
      await withSystem({ db }, (tx) =>
        repository(tx).fail({
          id: job.id,
          at: now,
          // U+0000 cannot be stored in text (a failed query's message may quote binary parameters).
          error: (error instanceof Error ? error.message : String(error))
            .replaceAll('\u0000', '\ufffd')
            .slice(0, 2000),
          retryAt: retry ? new Date(now.getTime() + jobRetryDelayMs(job.attempts)) : null,
        }),
      );
    }
  }

  async function drain(): Promise<number> {
    let count = 0;
    for (;;) {
      const now = clock.now();
      const claimed = await withSystem({ db }, (tx) =>
        createJobsRepository({ db: tx }).claimDue({
          now,
          leaseUntil: new Date(now.getTime() + JOB_LEASE_MS),
          limit: 10,
        }),
      );
      await database.flush();
      if (claimed.length === 0) return count;
      for (const row of claimed) {
        await runOne({
          id: row.id,
          tenantId: row.tenantId,
          kind: row.kind,
          payload: row.payload,
          attempts: row.attempts,
        });
        count += 1;
      }
      await database.flush();
    }
  }

  const runDue = () => {
    // One drain at a time in this process; a caller arriving meanwhile waits for it and drains again.
    const next = (running ?? Promise.resolve(0)).then(drain, drain);
    running = next.finally(() => {
      if (running === next) running = null;
    });
    return next;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      runDue()
        .catch((error: unknown) => onError(error, null))
        .finally(schedule);
    }, pollMs);
    timer.unref();
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
    runDue,
    wake() {
      if (!stopped) runDue().catch((error: unknown) => onError(error, null));
    },
  };
}
