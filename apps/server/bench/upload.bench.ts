/**
 * Upload throughput against the raw disk ceiling (docs/performance.md).
 *
 *   npm run bench:upload [-- --n 400]
 *
 * One server in this process on a fresh temporary data dir (local file store), first on embedded
 * PGlite, then on a fresh PostgreSQL database when one is reachable (OBIEG_BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres), listening on 127.0.0.1. N different 1 MiB "scans"
 * are uploaded over HTTP by 4 concurrent clients running in a worker thread. In the same run, the
 * same N files are hashed (SHA-256), written, fsynced and renamed directly (also 4 at a time): the
 * raw ceiling. The two alternate in 4 rounds so both meet the same disk; each database runs in a
 * process of its own. Prints MB/s for both, the ratio (target ≥ 30%) and the CPU time per file.
 */
import { spawn } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
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
/** Application and raw runs alternate in this many rounds. */
const ROUNDS = 4;
const PASSWORD = 'bench password 0123456789';
const NEW_PASSWORD = 'bench password 9876543210';

function parseN(argv: readonly string[]): number {
  const at = argv.findIndex((a) => a === '--n');
  const raw = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--n='))?.slice(4);
  const n = raw === undefined ? 400 : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 5000) throw new Error(`--n must be an integer in 1..5000`);
  return n;
}

/**
 * N distinct 1 MiB scan-like files (a PDF header, random body, so nothing is deduplicated), as
 * views of one shared memory block: the client thread reads them where they are, nothing is
 * copied to it (a copy would cost CPU time that belongs to neither side).
 */
function makeScans(n: number): Buffer[] {
  const shared = new SharedArrayBuffer(n * MIB);
  return Array.from({ length: n }, (_, i) => {
    const scan = Buffer.from(shared, i * MIB, MIB);
    randomFillSync(scan);
    Buffer.from('%PDF-1.7\n').copy(scan);
    return scan;
  });
}

const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;

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

/**
 * The HTTP clients (see `runClientsInWorker`): 4 at a time over kept-alive connections, each
 * posting a multipart body as a browser sends it (`node:http`, the body written as its three
 * parts: the load generator should spend as little of the machine's 2 CPUs as a browser on
 * another computer would; `fetch` with `FormData` spends several times more on web streams).
 */
const CLIENT_SOURCE = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { base, headers, scans, clients } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const url = new URL(base + '/api/v1/files');
const boundary = '----obiegbench' + Math.random().toString(16).slice(2);
const post = (i) => new Promise((resolve, reject) => {
  const head = Buffer.from('--' + boundary + '\\r\\nContent-Disposition: form-data; name="file"; filename="skan-' + i +
    '.pdf"\\r\\nContent-Type: application/pdf\\r\\n\\r\\n');
  const end = Buffer.from('\\r\\n--' + boundary + '--\\r\\n');
  const scan = scans[i];
  const request = http.request(url, {
    method: 'POST', agent,
    headers: { ...headers, 'content-type': 'multipart/form-data; boundary=' + boundary,
      'content-length': head.length + scan.length + end.length },
  }, (response) => {
    const chunks = [];
    response.on('data', (c) => chunks.push(c));
    response.on('end', () => response.statusCode === 201 ? resolve()
      : reject(new Error('upload ' + i + ': ' + response.statusCode + ' ' + Buffer.concat(chunks))));
  });
  request.on('error', reject);
  request.write(head);
  request.write(scan);
  request.end(end);
});
let next = 0;
const started = performance.now();
Promise.all(Array.from({ length: clients }, async () => {
  while (next < scans.length) await post(next++);
})).then(
  () => { agent.destroy(); parentPort.postMessage({ seconds: (performance.now() - started) / 1000 }); },
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
    scans: scans.map((s) => new Uint8Array(s.buffer, s.byteOffset, s.length)),
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

/**
 * Each database is measured in a process of its own (the same script with OBIEG_BENCH_PHASE set),
 * as a server runs on one database: an embedded PGlite left in memory would otherwise weigh on
 * every garbage collection of the PostgreSQL phase.
 */
async function main() {
  const phase = process.env.OBIEG_BENCH_PHASE;
  const n = parseN(process.argv.slice(2));
  if (phase === 'pglite')
    return benchmark({ label: 'embedded PGlite', scans: makeScans(n), databaseUrl: undefined });
  if (phase === 'postgres') return benchmarkPostgres(makeScans(n));
  console.log(
    `node ${process.version}, ${os.cpus().length} CPUs, ${n} × 1 MiB, ${CLIENTS} clients (in a worker thread), data under ${os.tmpdir()}`,
  );
  const phases = process.env.OBIEG_BENCH_SKIP_PGLITE === '1' ? ['postgres'] : ['pglite', 'postgres'];
  for (const next of phases) {
    const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      env: { ...process.env, OBIEG_BENCH_PHASE: next },
      stdio: 'inherit',
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`the ${next} phase failed (exit code ${code})`);
  }
}

async function benchmarkPostgres(scans: Buffer[]) {
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
    const rawDir = path.join(dataDir, 'raw');
    mkdirSync(rawDir);
    // Rounds alternate between the application and the raw ceiling, so both meet the same disk
    // (the host's disk rate here swings by 2× within a minute).
    const uploads = { seconds: 0, cpu: 0 };
    const raw = { seconds: 0, cpu: 0 };
    const per = Math.ceil(n / ROUNDS);
    for (let from = 0; from < n; from += per) {
      const round = scans.slice(from, from + per);
      let cpu = process.cpuUsage();
      uploads.seconds += await uploadFromWorker({ base, headers: clerk, scans: round });
      uploads.cpu += cpuSeconds(process.cpuUsage(cpu));
      cpu = process.cpuUsage();
      raw.seconds += await runConcurrently(round.length, (i) =>
        rawWrite(rawDir, round[i] ?? Buffer.alloc(0), from + i),
      );
      raw.cpu += cpuSeconds(process.cpuUsage(cpu));
    }
    const httpSeconds = uploads.seconds;
    const rawSeconds = raw.seconds;
    const mb = (n * MIB) / 1e6;
    const appRate = mb / httpSeconds;
    const rawRate = mb / rawSeconds;
    console.log(`${label}:`);
    console.log(
      `  application (HTTP upload): ${appRate.toFixed(1)} MB/s (${(n / httpSeconds).toFixed(1)} files/s)`,
    );
    console.log(`  raw (SHA-256 + write + fsync + rename): ${rawRate.toFixed(1)} MB/s`);
    console.log(
      `  CPU time of this process (all threads) per file: application ${((1000 * uploads.cpu) / n).toFixed(1)} ms ` +
        `(server and clients), raw ${((1000 * raw.cpu) / n).toFixed(1)} ms`,
    );
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
