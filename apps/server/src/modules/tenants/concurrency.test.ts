import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildServer } from '../../app/server.js';
import {
  createOffice,
  login,
  OPERATOR_TOKEN,
  TEST_PASSWORD,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';
import { loadConfig } from '../../config/config.js';
import { openPostgres } from '../../db/database.js';
import { createTestDatabase, testDatabaseKind } from '../../db/database.test-utils.js';
import type { DatabaseHandle } from '../../db/database.types.js';
import { createFixedClock } from '../../shared/clock/clock.test-utils.js';
import { uuidv7Ids } from '../../shared/ids/ids.js';

type Send = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** The statuses a request may end with under contention; anything else (500, 503) is a failure. */
const CLEAN = new Set([200, 201, 204, 409]);

describe.skipIf(testDatabaseKind() !== 'postgres')('two server instances on one PostgreSQL database', () => {
  let t: TestApp;
  let second: FastifyInstance;
  let secondDatabase: DatabaseHandle;
  let onFirst: Send;
  let onSecond: Send;

  beforeAll(async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      OBIEG_OPERATOR_TOKEN: OPERATOR_TOKEN,
      OBIEG_WEB_DIST: '/nonexistent',
    });
    const clock = createFixedClock('2026-03-10T09:00:00+01:00');
    const database = await createTestDatabase();
    if (!database.url) throw new Error('a PostgreSQL test database has a URL');
    secondDatabase = openPostgres({ url: database.url, poolSize: 4 });
    const first = await buildServer({ config, database, clock, ids: uuidv7Ids, logger: false });
    second = await buildServer({ config, database: secondDatabase, clock, ids: uuidv7Ids, logger: false });
    await Promise.all([first.ready(), second.ready()]);
    t = {
      app: first,
      database,
      deps: { db: database.db, clock, ids: uuidv7Ids },
      clock,
      config,
      close: async () => {
        await Promise.all([first.close(), second.close()]);
        await secondDatabase.close();
        await database.close();
      },
    };
    await createOffice(t, { code: 'alfa' });
    const session: Session = await login(t, { tenant: 'alfa' });
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    onFirst = (options) => first.inject({ ...options, headers: { ...headers, ...options.headers } });
    onSecond = (options) => second.inject({ ...options, headers: { ...headers, ...options.headers } });
  });
  afterAll(async () => t?.close());

  const expectClean = (responses: LightMyRequestResponse[]) => {
    for (const response of responses) expect(CLEAN.has(response.statusCode), response.body).toBe(true);
  };

  test('logins and creations spread over both instances all succeed', async () => {
    const logins = Array.from({ length: 6 }, (_, i) =>
      (i % 2 ? second : t.app).inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { tenant: 'alfa', login: 'admin', password: TEST_PASSWORD },
      }),
    );
    const creations = Array.from({ length: 20 }, (_, i) => {
      const send = i % 2 ? onSecond : onFirst;
      return i < 10
        ? send({
            method: 'POST',
            url: '/api/v1/org-units',
            payload: { symbol: `W${i}`, name: `Wydział ${i}` },
          })
        : send({
            method: 'POST',
            url: '/api/v1/users',
            payload: {
              login: `pracownik${i}`,
              displayName: `Pracownik ${i}`,
              password: 'haslo-poczatkowe-123',
            },
          });
    });
    const [loginAnswers, created] = await Promise.all([Promise.all(logins), Promise.all(creations)]);
    expect(loginAnswers.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    expect(created.map((r) => r.statusCode)).toEqual(Array(20).fill(201));

    const units = (await onSecond({ method: 'GET', url: '/api/v1/org-units' })).json().items;
    expect(units.filter((u: { symbol: string }) => /^W\d$/.test(u.symbol))).toHaveLength(10);
    const users = (await onFirst({ method: 'GET', url: '/api/v1/users?q=pracownik' })).json().items;
    expect(users).toHaveLength(10);
  });

  test('the same unit symbol created at once on both instances: exactly one succeeds, the other gets 409', async () => {
    const symbols = ['GK', 'FN', 'OR', 'SO', 'USC', 'BR', 'KD', 'IT'];
    const races = symbols.map((symbol) =>
      Promise.all(
        [onFirst, onSecond].map((send, i) =>
          send({
            method: 'POST',
            url: '/api/v1/org-units',
            payload: { symbol, name: `Wydział ${symbol} ${i}` },
          }),
        ),
      ),
    );
    for (const [index, answers] of (await Promise.all(races)).entries()) {
      expectClean(answers);
      expect(answers.map((r) => r.statusCode).sort(), symbols[index]).toEqual([201, 409]);
      const loser = answers.find((r) => r.statusCode === 409);
      expect(loser?.json().code).toBe('organization.org_unit_symbol_taken');
    }
    const units = (await onFirst({ method: 'GET', url: '/api/v1/org-units' })).json().items;
    for (const symbol of symbols) {
      expect(
        units.filter((u: { symbol: string }) => u.symbol === symbol),
        symbol,
      ).toHaveLength(1);
    }
  });

  test('the same login created at once on both instances: exactly one succeeds, the other gets 409', async () => {
    const answers = await Promise.all(
      [onFirst, onSecond, onFirst, onSecond].map((send, i) =>
        send({
          method: 'POST',
          url: '/api/v1/users',
          payload: { login: 'jan.nowak', displayName: `Jan Nowak ${i}`, password: 'haslo-poczatkowe-123' },
        }),
      ),
    );
    expectClean(answers);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
  });

  test('password guesses split over both instances get no more tries than the limit', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        (i % 2 ? second : t.app).inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: `10.2.0.${i}`,
          payload: { tenant: 'alfa', login: 'jan.nowak', password: `guess ${i}` },
        }),
      ),
    );
    const statuses = guesses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(11).fill(429)]);
  });

  test('after all of it the audit chain of the office still verifies', async () => {
    const [fromFirst, fromSecond] = await Promise.all([
      onFirst({ method: 'POST', url: '/api/v1/audit/verify' }),
      onSecond({ method: 'POST', url: '/api/v1/audit/verify' }),
    ]);
    expect(fromFirst.json()).toMatchObject({ ok: true, firstBroken: null });
    expect(fromSecond.json()).toEqual(fromFirst.json());
    // Bootstrap, logins, 20 creations and the winners of the races, each an event of its own.
    expect(fromFirst.json().checked).toBeGreaterThan(30);
  });
});
