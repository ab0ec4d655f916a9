import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy, timestamptz } from '../../db/columns.js';
import { tenantsTable } from '../tenants/tenants.table.js';
import { JOB_STATUSES } from './jobs.constants.js';

/**
 * Background work, kept in the database so it survives restarts and runs once across several
 * processes: a job is enqueued in the transaction of the change that needs it (it exists only if
 * that change commits), claimed with `FOR UPDATE SKIP LOCKED`, retried with a growing delay, and
 * its last error kept.
 */
export const jobsTable = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    runAt: timestamptz('run_at').notNull(),
    /** While running: when the claim lapses (a process killed mid-job frees it then). */
    lockedUntil: timestamptz('locked_until'),
    lastError: text('last_error'),
    /** At most one pending job per key (schedules, one send per dispatch item). */
    dedupeKey: text('dedupe_key'),
    createdAt: createdAtColumn(),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`${t.status} in ('pending', 'running')`),
    index('jobs_tenant_kind_idx').on(t.tenantId, t.kind, t.status),
    uniqueIndex('jobs_dedupe_pending_uq')
      .on(t.dedupeKey)
      .where(sql`${t.status} = 'pending' and ${t.dedupeKey} is not null`),
    tenantIsolationPolicy('jobs'),
  ],
).enableRLS();
