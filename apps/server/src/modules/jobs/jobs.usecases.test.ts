import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createOffice, createTestApp, type TestApp } from '../../app/server.test-utils.js';
import { withTenant } from '../../db/tenant-scope.js';
import { JOB_MAX_ATTEMPTS } from './jobs.constants.js';
import { createJobRunner, enqueueJob, listJobsInTransaction, type Job } from './jobs.usecases.js';

let t: TestApp;
let tenantId: string;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = (await createOffice(t, { code: 'zadania' })).id;
});
afterAll(async () => t.close());

const enqueue = (kind: string, payload: Record<string, unknown> = {}) =>
  withTenant({ db: t.deps.db, tenantId }, (tx) => enqueueJob({ tx, deps: t.deps, tenantId, kind, payload }));
const jobs = (kind: string) =>
  withTenant({ db: t.deps.db, tenantId }, (tx) => listJobsInTransaction({ tx, tenantId, kind }));

describe('background jobs', () => {
  test('a job runs once, and a job enqueued in a transaction that rolled back never exists', async () => {
    const ran: Job[] = [];
    const runner = createJobRunner({
      database: t.database,
      clock: t.clock,
      handlers: { 'test.once': async (job) => void ran.push(job) },
    });
    await enqueue('test.once', { n: 1 });
    await withTenant({ db: t.deps.db, tenantId }, async (tx) => {
      await enqueueJob({ tx, deps: t.deps, tenantId, kind: 'test.once', payload: { n: 2 } });
      throw new Error('rolled back');
    }).catch(() => undefined);
    expect(await runner.runDue()).toBe(1);
    expect(await runner.runDue()).toBe(0);
    expect(ran.map((j) => j.payload)).toEqual([{ n: 1 }]);
    expect((await jobs('test.once')).map((j) => j.status)).toEqual(['done']);
  });

  test('a failing job is retried later with its error kept, and marked failed after the last attempt', async () => {
    let calls = 0;
    const runner = createJobRunner({
      database: t.database,
      clock: t.clock,
      handlers: {
        'test.flaky': async () => {
          calls += 1;
          throw new Error(`attempt ${calls} failed`);
        },
      },
    });
    await enqueue('test.flaky');
    expect(await runner.runDue()).toBe(1);
    expect(await runner.runDue()).toBe(0); // not due again yet
    expect((await jobs('test.flaky'))[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'attempt 1 failed',
    });
    for (let i = 1; i < JOB_MAX_ATTEMPTS; i += 1) {
      t.clock.advance(60 * 60_000);
      expect(await runner.runDue()).toBe(1);
    }
    expect((await jobs('test.flaky'))[0]).toMatchObject({
      status: 'failed',
      attempts: JOB_MAX_ATTEMPTS,
      lastError: `attempt ${JOB_MAX_ATTEMPTS} failed`,
    });
  });

  test('a job of a kind nobody handles fails at once instead of being retried', async () => {
    const runner = createJobRunner({ database: t.database, clock: t.clock, handlers: {} });
    await enqueue('test.unknown');
    expect(await runner.runDue()).toBe(1);
    expect((await jobs('test.unknown'))[0]).toMatchObject({ status: 'failed', attempts: 1 });
  });

  test('two runners draining at once run each job exactly once', async () => {
    const ran: string[] = [];
    const handlers = {
      'test.shared': async (job: Job) => {
        ran.push(String(job.payload.n));
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    };
    for (let n = 0; n < 12; n += 1) await enqueue('test.shared', { n });
    const a = createJobRunner({ database: t.database, clock: t.clock, handlers });
    const b = createJobRunner({ database: t.database, clock: t.clock, handlers });
    const [ranA, ranB] = await Promise.all([a.runDue(), b.runDue()]);
    expect(ranA + ranB).toBe(12);
    expect(ran.sort()).toEqual(Array.from({ length: 12 }, (_, n) => String(n)).sort());
  });
});
