/**
 * npm run bench:requests — what an authenticated API request costs beyond its own query.
 *
 * Starts the app in-process (`buildServer`) on a fresh durable embedded PGlite in a temporary data
 * folder and, when reachable, on a fresh PostgreSQL database (OBIEG_BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres; created and dropped here). Seeds one office (its
 * administrator, 20 org units) and measures, in the same run:
 *
 * - `GET /healthz` (no session, no database), `GET /api/v1/auth/me` (session only) and
 *   `GET /api/v1/org-units` (session + one list query), through `app.inject` (one at a time) and
 *   over real HTTP (keep-alive `fetch`, OBIEG_BENCH_CONCURRENCY clients for OBIEG_BENCH_SECONDS);
 * - the same list query through the driver as the owner (no transaction, no RLS) and through the
 *   use case (`withTenant` transaction);
 * - database round trips per request (statements sent, BEGIN/COMMIT included);
 * - the phases: session resolution, access loading, the use case transaction, serialisation, and
 *   the durability `flush()` that embedded mode awaits before answering a write.
 *
 * Prints req/s, p50/p95 in ms and ratios.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PgliteSession, PglitePreparedQuery } from 'drizzle-orm/pglite';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import pg from 'pg';
import { listResponseSchema } from '@obieg/contracts/common';
import { orgUnitSchema } from '@obieg/contracts/organization';
import { buildServer } from '../src/app/server.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import type { DatabaseHandle } from '../src/db/database.types.js';
import { withTenant } from '../src/db/tenant-scope.js';
import { systemActor } from '../src/modules/auth/auth.types.js';
import { resolveSession } from '../src/modules/auth/auth.usecases.js';
import { findUserByLogin, loadAccess, setUserPassword } from '../src/modules/organization/access.usecases.js';
import { listOrgUnits } from '../src/modules/organization/org-units.usecases.js';
import { orgUnitsTable } from '../src/modules/organization/organization.table.js';
import { createTenant } from '../src/modules/tenants/tenants.usecases.js';
import { systemClock, toWarsawDate } from '../src/shared/clock/clock.js';
import { hashPassword } from '../src/shared/crypto/passwords.js';
import { uuidv7Ids } from '../src/shared/ids/ids.js';
import { makeOfficeInput } from '../src/modules/tenants/tenants.test-utils.js';

const RUNS = Number(process.env.OBIEG_BENCH_RUNS ?? 1000);
const HTTP_SECONDS = Number(process.env.OBIEG_BENCH_SECONDS ?? 3);
const CONCURRENCY = Number(process.env.OBIEG_BENCH_CONCURRENCY ?? 16);
const PASSWORD = 'bench-password-123456';
const UNITS = 20;

// Round trips: every statement the app sends (PGlite: prepared queries + BEGIN/COMMIT of each
// transaction; PostgreSQL: every `Client.query`, BEGIN/COMMIT included).
let roundTrips = 0;
function countRoundTrips() {
  const prepared = PglitePreparedQuery.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const method of ['execute', 'all'] as const) {
    const original = prepared[method];
    if (!original) continue;
    prepared[method] = function (this: unknown, ...args: unknown[]) {
      roundTrips += 1;
      return original.apply(this, args);
    };
  }
  const session = PgliteSession.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const transaction = session.transaction as (...a: unknown[]) => unknown;
  session.transaction = function (this: unknown, ...args: unknown[]) {
    roundTrips += 2;
    return transaction.apply(this, args);
  };
  const client = pg.Client.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const query = client.query as (...a: unknown[]) => unknown;
  client.query = function (this: unknown, ...args: unknown[]) {
    roundTrips += 1;
    return query.apply(this, args);
  };
}

type Stats = { perSecond: number; p50: number; p95: number; mean: number };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

function stats(samples: number[], seconds?: number): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = samples.reduce((s, x) => s + x, 0);
  const mean = total / Math.max(1, samples.length);
  return {
    perSecond: seconds ? samples.length / seconds : 1000 / mean,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    mean,
  };
}

/** Sequential timing of `work`, after a warm-up. */
async function time(work: () => Promise<unknown>, runs = RUNS): Promise<Stats> {
  for (let i = 0; i < Math.min(100, runs); i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

/** `clients` keep-alive fetch loops for `seconds` (after a short warm-up). */
async function load(url: string, headers: Record<string, string>, seconds = HTTP_SECONDS) {
  const one = async () => {
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  };
  for (let i = 0; i < 50; i += 1) await one();
  const samples: number[] = [];
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        await one();
        samples.push(performance.now() - start);
      }
    }),
  );
  return stats(samples, (performance.now() - started) / 1000);
}

const fmt = (s: Stats) =>
  `${Math.round(s.perSecond).toString().padStart(7)} ${s.p50.toFixed(2).padStart(7)} ${s.p95.toFixed(2).padStart(7)}`;

async function seed(app: FastifyInstance, database: DatabaseHandle, code: string) {
  const deps = { db: database.db, clock: systemClock, ids: uuidv7Ids };
  const tenant = await createTenant({
    deps,
    meta: { requestId: null, clientAddress: null },
    input: makeOfficeInput({ code, adminPassword: PASSWORD }),
  });
  const passwordHash = await hashPassword(PASSWORD);
  await withTenant({ db: database.db, tenantId: tenant.id }, async (tx) => {
    const user = await findUserByLogin({ tx, tenantId: tenant.id, login: 'admin' });
    if (!user) throw new Error('no admin');
    await setUserPassword({ tx, tenantId: tenant.id, id: user.id, passwordHash, at: new Date() });
  });
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { tenant: code, login: 'admin', password: PASSWORD },
  });
  const value = response.cookies.find((c) => c.name === 'obieg_session')?.value;
  if (response.statusCode !== 200 || !value) throw new Error(`login: ${response.body}`);
  const csrf = (response.json() as { csrfToken: string }).csrfToken;
  const headers = { cookie: `obieg_session=${value}`, 'x-csrf-token': csrf };
  for (let i = 1; i <= UNITS; i += 1) {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/org-units',
      headers,
      payload: { symbol: `W${String(i).padStart(2, '0')}`, name: `Wydział numer ${i}` },
    });
    if (created.statusCode !== 201) throw new Error(`org unit: ${created.body}`);
  }
  const me = (await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).json() as {
    id: string;
  };
  return { tenant, cookie: value, headers, userId: me.id };
}

async function benchmark(label: string, env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'obieg-bench-requests-'));
  const config = loadConfig({
    OBIEG_DATA_DIR: dataDir,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    OBIEG_WEB_DIST: '/nonexistent',
    ...env,
  });
  const database = await openDatabase(config.database);
  const app = await buildServer({ config, database, logger: false });
  try {
    await database.migrate();
    await app.ready();
    const { tenant, cookie, headers, userId } = await seed(app, database, `bench${process.pid}`);
    const deps = {
      db: database.db,
      clock: systemClock,
      ids: uuidv7Ids,
      sessions: config.sessions,
      throttle: config.throttle,
    };
    const ctx = {
      actor: systemActor({ tenantId: tenant.id }),
      meta: { requestId: null, clientAddress: null },
    };
    const routes = ['/healthz', '/api/v1/auth/me', '/api/v1/org-units'] as const;
    const lines = [
      `\n${label}`,
      'in-process (app.inject, one at a time)   req/s     p50     p95   round trips',
    ];

    const injected: Record<string, Stats> = {};
    for (const url of routes) {
      const request = () => app.inject({ method: 'GET', url, headers });
      const check = await request();
      if (check.statusCode !== 200) throw new Error(`${url}: ${check.body}`);
      injected[url] = await time(request);
      roundTrips = 0;
      for (let i = 0; i < 100; i += 1) await request();
      lines.push(`  GET ${url.padEnd(36)}${fmt(injected[url])}   ${(roundTrips / 100).toFixed(1)}`);
    }

    const day = toWarsawDate(new Date());
    const raw = () => database.db.select().from(orgUnitsTable).where(eq(orgUnitsTable.tenantId, tenant.id));
    const listed = await listOrgUnits({ deps, ctx });
    const serialize = serializerCompiler({
      schema: listResponseSchema(orgUnitSchema),
      method: 'GET',
      url: '/api/v1/org-units',
    });
    const phases: [string, () => Promise<unknown>][] = [
      ['list query, raw driver (owner, no tx)', raw],
      [
        'empty withTenant transaction',
        () => withTenant({ db: database.db, tenantId: tenant.id }, async () => 0),
      ],
      ['list use case (withTenant + query)', () => listOrgUnits({ deps, ctx })],
      [
        'loadAccess (in withTenant)',
        () =>
          withTenant({ db: database.db, tenantId: tenant.id }, (tx) =>
            loadAccess({ tx, tenantId: tenant.id, userId, day }),
          ),
      ],
      ['resolveSession (whole)', () => resolveSession({ deps, cookie })],
      ['serialise the list (zod encode + JSON)', async () => serialize({ items: listed, nextCursor: null })],
      // What the onSend hook awaits after every write (embedded mode): mostly nothing is due.
      ['durability flush() (onSend of writes)', () => database.flush()],
    ];
    lines.push('phases (direct calls, one at a time)');
    const phaseStats: Record<string, Stats> = {};
    for (const [name, work] of phases) {
      phaseStats[name] = await time(work);
      roundTrips = 0;
      for (let i = 0; i < 100; i += 1) await work();
      lines.push(`  ${name.padEnd(40)}${fmt(phaseStats[name])}   ${(roundTrips / 100).toFixed(1)}`);
    }

    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    lines.push(`HTTP (fetch keep-alive, ${CONCURRENCY} clients, ${HTTP_SECONDS} s)`);
    const http: Record<string, Stats> = {};
    for (const url of routes) {
      http[url] = await load(`${address}${url}`, headers);
      lines.push(`  GET ${url.padEnd(36)}${fmt(http[url])}`);
    }
    const rawStats = phaseStats['list query, raw driver (owner, no tx)'] as Stats;
    const orgUnits = injected['/api/v1/org-units'] as Stats;
    const me = injected['/api/v1/auth/me'] as Stats;
    lines.push(
      'ratios',
      `  org-units route / raw query (mean time, inject):   ${(orgUnits.mean / rawStats.mean).toFixed(1)}×`,
      `  auth/me share of the org-units route (inject):     ${((me.mean / orgUnits.mean) * 100).toFixed(0)}%`,
      `  HTTP org-units / HTTP healthz throughput:         ${(((http['/api/v1/org-units'] as Stats).perSecond / (http['/healthz'] as Stats).perSecond) * 100).toFixed(0)}%`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  countRoundTrips();
  await benchmark('Embedded PGlite (durable, temporary data folder)', {});
  const adminUrl = process.env.OBIEG_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch {
    process.stdout.write(`\nPostgreSQL not reachable at ${adminUrl}; skipped.\n`);
    return;
  }
  const name = `obieg_bench_requests_${process.pid}`;
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await benchmark('PostgreSQL', { DATABASE_URL: url.toString() });
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

await main();
