/**
 * Upload throughput against the raw disk ceiling (docs/performance.md).
 *
 *   npm run bench:upload [-- --n 200]
 *
 * One server in this process on a fresh temporary data dir (local file store), first on embedded
 * PGlite, then on a fresh PostgreSQL database when one is reachable (OBIEG_BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres), listening on 127.0.0.1. N different 1 MiB "scans"
 * are uploaded over HTTP by 4 concurrent clients running in a worker thread. In the same run, the same N files are hashed (SHA-256), written and fsynced directly
 * (also 4 at a time): the raw ceiling. Prints MB/s for both and the ratio (target ≥ 30%).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildServer } from '../src/app/server.js';
import { runClientsInWorker } from './bench-worker.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import { createTenant } from '../src/modules/tenants/tenants.usecases.js';
import { systemClock } from '../src/shared/clock/clock.js';
import { uuidv7Ids } from '../src/shared/ids/ids.js';
import { makeOfficeInput } from '../src/modules/tenants/tenants.test-utils.js';

const MIB = 1024 * 1024;
const CLIENTS = 4;
const PASSWORD = 'bench password 0123456789';
const NEW_PASSWORD = 'bench password 9876543210';

function parseN(argv: readonly string[]): number {
  const at = argv.findIndex((a) => a === '--n');
  const raw = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--n='))?.slice(4);
  const n = raw === undefined ? 200 : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 5000) throw new Error(`--n must be an integer in 1..5000`);
  return n;
}

/** A distinct 1 MiB scan-like file (a PDF header, random body, so nothing is deduplicated). */
const makeScan = () => {
  const bytes = randomBytes(MIB);
  Buffer.from('%PDF-1.7\n').copy(bytes);
  return bytes;
};

async function runConcurrently(n: number, work: (i: number) => Promise<void>) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < n) await work(next++);
    }),
  );
  return (performance.now() - started) / 1000;
}

/** The HTTP clients (see `runClientsInWorker`): 4 at a time, each posting multipart scans. */
const CLIENT_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { base, headers, scans, clients } = workerData;
let next = 0;
const started = performance.now();
Promise.all(Array.from({ length: clients }, async () => {
  while (next < scans.length) {
    const i = next++;
    const form = new FormData();
    form.set('file', new Blob([scans[i]]), 'skan-' + i + '.pdf');
    const response = await fetch(base + '/api/v1/files', { method: 'POST', headers, body: form });
    if (response.status !== 201) throw new Error('upload ' + i + ': ' + response.status + ' ' + (await response.text()));
    await response.arrayBuffer();
  }
})).then(
  () => parentPort.postMessage({ seconds: (performance.now() - started) / 1000 }),
  (error) => parentPort.postMessage({ error: String(error) }),
);
`;

async function uploadFromWorker({
  base,
  headers,
  scans,
}: {
  base: string;
  headers: Record<string, string>;
  scans: Buffer[];
}): Promise<number> {
  const { seconds } = await runClientsInWorker<{ seconds: number }>(CLIENT_SOURCE, {
    base,
    headers,
    scans: scans.map((s) => new Uint8Array(s)),
    clients: CLIENTS,
  });
  return seconds;
}

async function rawWrite(dir: string, bytes: Buffer, i: number) {
  const hash = createHash('sha256').update(bytes).digest('hex');
  const temp = path.join(dir, `${i}.part`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path.join(dir, hash));
}

async function main() {
  const n = parseN(process.argv.slice(2));
  const scans = Array.from({ length: n }, makeScan);
  console.log(
    `node ${process.version}, ${os.cpus().length} CPUs, ${n} × 1 MiB, ${CLIENTS} clients (in a worker thread), data under ${os.tmpdir()}`,
  );
  if (process.env.OBIEG_BENCH_SKIP_PGLITE !== '1')
    await benchmark({ label: 'embedded PGlite', scans, databaseUrl: undefined });
  const adminUrl = process.env.OBIEG_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch {
    console.log(`PostgreSQL not reachable at ${adminUrl}; skipped.`);
    return;
  }
  const name = `obieg_bench_upload_${process.pid}`;
  await admin.query(`create database "${name}"`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await benchmark({ label: 'PostgreSQL', scans, databaseUrl: url.toString() });
  } finally {
    await admin.query(`drop database if exists "${name}"`);
    await admin.end();
  }
}

async function benchmark({
  label,
  scans,
  databaseUrl,
}: {
  label: string;
  scans: Buffer[];
  databaseUrl: string | undefined;
}) {
  const n = scans.length;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'obieg-bench-upload-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    OBIEG_DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    // `OBIEG_EMBEDDED_FSYNC=false npm run bench:upload` shows the share of the database flush.
    OBIEG_EMBEDDED_FSYNC: process.env.OBIEG_EMBEDDED_FSYNC ?? 'true',
    OBIEG_WEB_DIST: '/nonexistent',
  });
  const database = await openDatabase(config.database);
  await database.migrate();
  const app = await buildServer({ config, database, logger: false });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const clerk = await setUpClerk({ app: base, deps: database });
    const httpSeconds = await uploadFromWorker({ base, headers: clerk, scans });
    const rawDir = path.join(dataDir, 'raw');
    mkdirSync(rawDir);
    const rawSeconds = await runConcurrently(n, (i) => rawWrite(rawDir, scans[i] ?? Buffer.alloc(0), i));

    const mb = (n * MIB) / 1e6;
    const appRate = mb / httpSeconds;
    const rawRate = mb / rawSeconds;
    console.log(`${label}:`);
    console.log(
      `  application (HTTP upload): ${appRate.toFixed(1)} MB/s (${(n / httpSeconds).toFixed(1)} files/s)`,
    );
    console.log(`  raw (SHA-256 + write + fsync + rename): ${rawRate.toFixed(1)} MB/s`);
    console.log(`  ratio: ${((100 * appRate) / rawRate).toFixed(1)}% (target ≥ 30%)`);
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** An office and a registry clerk with `files:upload`, logged in; returns the request headers. */
async function setUpClerk({ app, deps }: { app: string; deps: Awaited<ReturnType<typeof openDatabase>> }) {
  await createTenant({
    deps: { db: deps.db, clock: systemClock, ids: uuidv7Ids },
    meta: { requestId: null, clientAddress: null },
    input: makeOfficeInput({ code: 'bench', name: 'Urząd benchmarku', adminPassword: PASSWORD }),
  });
  const admin = await activate(app, 'admin');
  const get = async (url: string) => (await fetch(`${app}${url}`, { headers: admin })).json();
  const post = async (url: string, body: unknown) => {
    const response = await fetch(`${app}${url}`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${url}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<{ id: string }>;
  };
  const roles = (await get('/api/v1/roles')) as { items: { id: string; code: string }[] };
  const units = (await get('/api/v1/org-units')) as { items: { id: string; symbol: string }[] };
  const user = await post('/api/v1/users', {
    login: 'kancelaria',
    displayName: 'Kancelaria',
    password: PASSWORD,
  });
  await post('/api/v1/positions', {
    userId: user.id,
    orgUnitId: units.items.find((u) => u.symbol === 'ADM')?.id,
    title: 'Kancelaria',
    roleIds: [roles.items.find((r) => r.code === 'kancelaria')?.id],
  });
  return activate(app, 'kancelaria');
}

async function login(app: string, user: string, password: string): Promise<Record<string, string>> {
  const response = await fetch(`${app}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: 'bench', login: user, password }),
  });
  if (response.status !== 200) throw new Error(`login ${user}: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/** Logs in, changes the initial password (required before any other call) and logs in again. */
async function activate(app: string, user: string): Promise<Record<string, string>> {
  const first = await login(app, user, PASSWORD);
  const change = await fetch(`${app}/api/v1/auth/password`, {
    method: 'POST',
    headers: { ...first, 'content-type': 'application/json' },
    body: JSON.stringify({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
  });
  if (change.status >= 300)
    throw new Error(`password change ${user}: ${change.status} ${await change.text()}`);
  return login(app, user, NEW_PASSWORD);
}

await main();
