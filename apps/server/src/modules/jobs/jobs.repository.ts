import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { precompiledInsert } from '../../db/precompiled.js';
import { jobsTable } from './jobs.table.js';

export type JobRow = typeof jobsTable.$inferSelect;

/** Enqueued inside other work's transactions (e.g. every upload): built once, sent with the next statement. */
const insertJobStatement = precompiledInsert(jobsTable);

export function createJobsRepository({ db }: { db: Database }) {
  return {
    async insertJob(row: JobRow) {
      await insertJobStatement(db, row);
    },

    /** Inserts unless a pending job with the same `dedupeKey` exists; answers whether it did. */
    async insertJobOnce(row: JobRow & { dedupeKey: string }): Promise<boolean> {
      const inserted = await db
        .insert(jobsTable)
        .values(row)
        .onConflictDoNothing({
          target: jobsTable.dedupeKey,
          where: sql`status = 'pending' and dedupe_key is not null`,
        })
        .returning({ id: jobsTable.id });
      return inserted.length > 0;
    },

    /**
     * Claims up to `limit` due jobs of every office (pending and due, or running with a lapsed
     * lease) for this process; concurrent runners skip each other's rows. Runs as the table owner
     * (across offices, outside Row-Level Security).
     */
    async claimDue({
      now,
      leaseUntil,
      limit,
    }: {
      now: Date;
      leaseUntil: Date;
      limit: number;
    }): Promise<JobRow[]> {
      const result = await db.execute(sql`
        update jobs set status = 'running', attempts = attempts + 1, locked_until = ${leaseUntil}
         where id in (
           select id from jobs
            where (status = 'pending' and run_at <= ${now})
               or (status = 'running' and locked_until < ${now})
            order by run_at
            limit ${limit}
            for update skip locked)
        returning id, tenant_id as "tenantId", kind, payload, status, attempts`);
      return (result as unknown as { rows: JobRow[] }).rows;
    },

    async finish({ id, at }: { id: string; at: Date }) {
      await db
        .update(jobsTable)
        .set({ status: 'done', finishedAt: at, lockedUntil: null, lastError: null })
        .where(and(eq(jobsTable.id, id), eq(jobsTable.status, 'running')));
    },

    /** After a failed attempt: due again at `retryAt`, or failed for good when that is null. */
    async fail({ id, at, error, retryAt }: { id: string; at: Date; error: string; retryAt: Date | null }) {
      await db
        .update(jobsTable)
        .set(
          retryAt
            ? // A retry gives up its key: a job with the same key may have been enqueued meanwhile.
              { status: 'pending', runAt: retryAt, lockedUntil: null, lastError: error, dedupeKey: null }
            : { status: 'failed', finishedAt: at, lockedUntil: null, lastError: error },
        )
        .where(and(eq(jobsTable.id, id), eq(jobsTable.status, 'running')));
    },

    async listJobs({ tenantId, kind }: { tenantId: string; kind?: string }) {
      return db
        .select()
        .from(jobsTable)
        .where(and(eq(jobsTable.tenantId, tenantId), kind ? eq(jobsTable.kind, kind) : undefined));
    },
  };
}
