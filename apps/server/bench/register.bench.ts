/**
 * npm run bench:register — registering incoming items (RPW) over HTTP with 16 concurrent clients,
 * (clients in a worker thread) beside the raw ceiling of the same database work issued directly through the driver: in one
 * transaction the counter upsert, the item insert and the audit event (chain head upsert, event
 * insert, head hash update). Runs on embedded PGlite (temp dir) and, when reachable, on a fresh
 * PostgreSQL database (OBIEG_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 * Checks that the numbers given over HTTP are exactly 1…N.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { buildServer } from '../src/app/server.js';
import { runClientsInWorker } from './bench-worker.js';
import { loadConfig } from '../src/config/config.js';
import { openPglite, openPostgres } from '../src/db/database.js';
import type { DatabaseHandle } from '../src/db/database.types.js';
import { withTenant } from '../src/db/tenant-scope.js';
import { PGLITE_EXTENSIONS } from '../src/db/pglite-extensions.js';
import { systemClock } from '../src/shared/clock/clock.js';
import { hashPassword } from '../src/shared/crypto/passwords.js';
import { uuidv7Ids } from '../src/shared/ids/ids.js';
import { findUserByLogin, setUserPassword } from '../src/modules/organization/access.usecases.js';
import { createTenant } from '../src/modules/tenants/tenants.usecases.js';
import { makeOfficeInput } from '../src/modules/tenants/tenants.test-utils.js';

const N = Number(process.env.OBIEG_BENCH_ITEMS ?? 3000);
const CLIENTS = 16;
const PASSWORD = 'bench-password-123456';

type Query = (text: string, params: unknown[]) => Promise<unknown>;
type RawDriver = { transaction: (work: (query: Query) => Promise<void>) => Promise<void> };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** Runs `work(i)` for i in 0…N-1 with CLIENTS concurrent workers; items/s and latencies. */
async function drive(work: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < N; i = next++) {
        const t0 = performance.now();
        await work(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: N / seconds, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

/** The HTTP clients (see `runClientsInWorker`): 16 at a time, each registering letters. */
const CLIENT_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { base, clerk, sender, n, clients } = workerData;
const latencies = [];
const sequences = [];
let next = 0;
const start = performance.now();
Promise.all(Array.from({ length: clients }, async () => {
  for (let i = next++; i < n; i = next++) {
    const t0 = performance.now();
    const response = await fetch(base + '/api/v1/incoming', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: clerk.cookie, 'x-csrf-token': clerk.csrf },
      body: JSON.stringify({ title: 'Pismo ' + i, deliveryMethod: 'list_zwykly', receivedAt: '2026-03-10', sender: { contactId: sender } }),
    });
    const json = await response.json();
    if (response.status !== 201) throw new Error('registration failed: ' + response.status + ' ' + JSON.stringify(json));
    latencies.push(performance.now() - t0);
    sequences.push(Number(json.rpwSequence));
  }
})).then(
  () => parentPort.postMessage({ seconds: (performance.now() - start) / 1000, latencies, sequences }),
  (error) => parentPort.postMessage({ error: String(error) }),
);
`;

async function registerFromWorker({
  base,
  clerk,
  sender,
}: {
  base: string;
  clerk: { cookie: string; csrf: string };
  sender: string;
}) {
  const answer = await runClientsInWorker<{ seconds: number; latencies: number[]; sequences: number[] }>(
    CLIENT_SOURCE,
    { base, clerk, sender, n: N, clients: CLIENTS },
  );
  const latencies = answer.latencies.sort((a, b) => a - b);
  return {
    result: {
      perSecond: N / answer.seconds,
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
    },
    sequences: answer.sequences,
  };
}

async function setPassword(database: DatabaseHandle, tenantId: string, login: string) {
  const passwordHash = await hashPassword(PASSWORD);
  await withTenant({ db: database.db, tenantId }, async (tx) => {
    const user = await findUserByLogin({ tx, tenantId, login });
    if (!user) throw new Error(`no user ${login}`);
    await setUserPassword({ tx, tenantId, id: user.id, passwordHash, at: new Date() });
  });
}

async function benchmark(label: string, database: DatabaseHandle, raw: RawDriver) {
  await database.migrate();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'obieg-bench-register-'));
  const config = loadConfig({
    OBIEG_DATA_DIR: dataDir,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    OBIEG_WEB_DIST: '/nonexistent',
  });
  const deps = { db: database.db, clock: systemClock, ids: uuidv7Ids };
  const tenant = await createTenant({
    deps,
    meta: { requestId: null, clientAddress: null },
    input: makeOfficeInput({ code: 'bench', name: 'Urząd', adminPassword: PASSWORD }),
  });
  await setPassword(database, tenant.id, 'admin');
  const app = await buildServer({ config, database, clock: systemClock, ids: uuidv7Ids, logger: false });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const call = async (
    method: string,
    url: string,
    body?: unknown,
    session?: { cookie: string; csrf: string },
  ) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { response, json: (await response.json()) as Record<string, unknown> & { items?: never[] } };
  };
  const login = async (user: string) => {
    const { response, json } = await call('POST', '/api/v1/auth/login', {
      tenant: 'bench',
      login: user,
      password: PASSWORD,
    });
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return { cookie, csrf: String(json.csrfToken) };
  };
  try {
    const admin = await login('admin');
    const roles = (await call('GET', '/api/v1/roles', undefined, admin)).json.items as {
      id: string;
      code: string;
    }[];
    const units = (await call('GET', '/api/v1/org-units', undefined, admin)).json.items as { id: string }[];
    const user = (
      await call(
        'POST',
        '/api/v1/users',
        { login: 'kancelista', displayName: 'Kancelista', password: PASSWORD },
        admin,
      )
    ).json;
    await call(
      'POST',
      '/api/v1/positions',
      {
        userId: user.id,
        orgUnitId: units[0]?.id,
        title: 'Kancelaria',
        roleIds: [roles.find((r) => r.code === 'kancelaria')?.id],
      },
      admin,
    );
    await setPassword(database, tenant.id, 'kancelista');
    const clerk = await login('kancelista');
    const sender = (
      await call(
        'POST',
        '/api/v1/contacts',
        { kind: 'person', givenNames: 'Jan', surname: 'Kowalski' },
        clerk,
      )
    ).json.id;

    const { result: app_, sequences } = await registerFromWorker({ base, clerk, sender: String(sender) });
    sequences.sort((a, b) => a - b);
    const exact = sequences.length === N && sequences.every((s, i) => s === i + 1);

    const rawRun = await drive((i) =>
      raw.transaction(async (query) => {
        await query(`select set_config('role', 'obieg_app', true), set_config('app.tenant_id', $1, true)`, [
          tenant.id,
        ]);
        const counter = (await query(
          `insert into registry_counters (tenant_id, register_code, year, last_value) values ($1, 'RAW', 2000, 1)
           on conflict (tenant_id, register_code, year) do update set last_value = registry_counters.last_value + 1
           returning last_value`,
          [tenant.id],
        )) as { rows: { last_value: number }[] };
        const seq = counter.rows[0]?.last_value ?? 0;
        const id = uuidv7Ids.next();
        await query(
          `insert into incoming_items (id, tenant_id, rpw_year, rpw_sequence, rpw_number, document_id, title, senders,
             received_at, registered_at, delivery_method, search_text)
           values ($1, $2, 2000, $3, $4, $5, $6, $7, '2026-03-10', now(), 'list_zwykly', $6)`,
          [
            id,
            tenant.id,
            seq,
            `RAW/${seq}/2000`,
            `RAW-${id}`,
            `Pismo ${i}`,
            JSON.stringify([{ contactId: sender }]),
          ],
        );
        const head = (await query(
          `insert into audit_chain_heads (tenant_id, last_seq, last_hash) values ($1, 1, 'genesis')
           on conflict (tenant_id) do update set last_seq = audit_chain_heads.last_seq + 1 returning last_seq, last_hash`,
          [tenant.id],
        )) as { rows: { last_seq: number; last_hash: string }[] };
        await query(
          `insert into audit_events (id, tenant_id, seq, occurred_at, action, subject_type, subject_id, details, prev_hash, hash)
           values ($1, $2, $3, now(), 'correspondence.incoming_registered', 'incoming_item', $4, '{}', $5, $6)`,
          [uuidv7Ids.next(), tenant.id, head.rows[0]?.last_seq, id, head.rows[0]?.last_hash, `raw-${id}`],
        );
        await query(`update audit_chain_heads set last_hash = $2 where tenant_id = $1`, [
          tenant.id,
          `raw-${id}`,
        ]);
      }),
    );
    const f = (x: number) => x.toFixed(1);
    process.stdout.write(
      [
        `\n${label}: ${N} registrations, ${CLIENTS} concurrent clients`,
        `  app (HTTP)  ${f(app_.perSecond)} items/s   p50 ${f(app_.p50)} ms   p95 ${f(app_.p95)} ms`,
        `  raw (driver) ${f(rawRun.perSecond)} items/s   p50 ${f(rawRun.p50)} ms   p95 ${f(rawRun.p95)} ms`,
        `  app/raw ${(100 * (app_.perSecond / rawRun.perSecond)).toFixed(0)}%   numbers exactly 1…${N}: ${exact ? 'yes' : 'NO'}`,
      ].join('\n') + '\n',
    );
    if (!exact) process.exitCode = 1;
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'obieg-bench-pglite-'));
  const lite = new PGlite(dir, { extensions: PGLITE_EXTENSIONS });
  const liteDriver: RawDriver = {
    transaction: (work) => lite.transaction((tx) => work((text, params) => tx.query(text, params))),
  };
  try {
    if (process.env.OBIEG_BENCH_SKIP_PGLITE !== '1')
      await benchmark('PGlite (temp dir)', openPglite({ pg: lite }), liteDriver);
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const adminUrl = process.env.OBIEG_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch {
    process.stdout.write(`\nPostgreSQL not reachable at ${adminUrl}; skipped.\n`);
    return;
  }
  const name = `obieg_bench_register_${process.pid}`;
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres({ url: url.toString(), poolSize: CLIENTS });
  const pool = new pg.Pool({ connectionString: url.toString(), max: CLIENTS });
  const pgDriver: RawDriver = {
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await work((text, params) => client.query(text, params));
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
  };
  try {
    await benchmark('PostgreSQL', database, pgDriver);
  } finally {
    await pool.end();
    await database.close();
    await admin.query(`drop database if exists "${name}"`).catch((error: unknown) => {
      process.stdout.write(`could not drop ${name}: ${String(error)}\n`);
    });
    await admin.end();
  }
}

await main();
