import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildServer } from '../../app/server.js';
import {
  createOffice,
  createStaff,
  createTestApp,
  login,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';
import { openPostgres } from '../../db/database.js';
import { testDatabaseKind } from '../../db/database.test-utils.js';
import type { DatabaseHandle } from '../../db/database.types.js';
import { uuidv7Ids } from '../../shared/ids/ids.js';
import { makeRegistration } from './correspondence.test-utils.js';

describe('RPW numbering under concurrency', () => {
  let t: TestApp;
  let admin: Session;
  let clerk: Session;
  let second: FastifyInstance | null = null;
  let secondDatabase: DatabaseHandle | null = null;

  beforeAll(async () => {
    t = await createTestApp();
    const tenantId = (await createOffice(t, { code: 'alfa' })).id;
    admin = await login(t, { tenant: 'alfa' });
    await createStaff(t, admin, { tenantId, login: 'kancelista', role: 'kancelaria' });
    clerk = await login(t, { tenant: 'alfa', login: 'kancelista' });
    // createTestApp's database is a test database, which knows its URL on PostgreSQL.
    const url = (t.database as DatabaseHandle & { url?: string | null }).url;
    if (testDatabaseKind() === 'postgres' && url) {
      secondDatabase = openPostgres({ url, poolSize: 8 });
      second = await buildServer({
        config: t.config,
        database: secondDatabase,
        clock: t.clock,
        ids: uuidv7Ids,
        logger: false,
      });
      await second.ready();
    }
  });
  afterAll(async () => {
    await second?.close();
    await secondDatabase?.close();
    await t.close();
  });

  test('100 parallel registrations (over two app instances on PostgreSQL) get exactly 1…100', async () => {
    const headers = { cookie: clerk.cookie, 'x-csrf-token': clerk.csrfToken };
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        (i % 2 && second ? second : t.app).inject({
          method: 'POST',
          url: '/api/v1/incoming',
          headers,
          payload: makeRegistration({ title: `Pismo ${i}` }),
        }),
      ),
    );
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(201);
    const sequences = answers.map((a) => a.json().rpwSequence as number).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const verify = await admin.request({ method: 'POST', url: '/api/v1/audit/verify' });
    expect(verify.json()).toMatchObject({ ok: true });
  });
});

describe('RPW year', () => {
  test('numbers restart at midnight on 1 January in Warsaw time, not UTC', async () => {
    const t = await createTestApp({ now: '2026-12-31T22:50:00Z' }); // 23:50 on 31 December in Warsaw
    try {
      const tenantId = (await createOffice(t, { code: 'alfa' })).id;
      const admin = await login(t, { tenant: 'alfa' });
      await createStaff(t, admin, { tenantId, login: 'kancelista', role: 'kancelaria' });
      const clerk = await login(t, { tenant: 'alfa', login: 'kancelista' });
      const register = async () =>
        (
          await clerk.request({ method: 'POST', url: '/api/v1/incoming', payload: makeRegistration() })
        ).json();
      const december = [await register(), await register()];
      t.clock.advance(15 * 60 * 1000); // 23:05 UTC, still 2026 there, is 00:05 on 1 January 2027 in Warsaw
      const january = [await register(), await register()];
      expect([...december, ...january].map((i) => i.rpwNumber)).toEqual([
        'RPW/1/2026',
        'RPW/2/2026',
        'RPW/1/2027',
        'RPW/2/2027',
      ]);
    } finally {
      await t.close();
    }
  });
});
