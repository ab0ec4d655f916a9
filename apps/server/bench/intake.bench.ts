/**
 * npm run bench:intake [-- --messages 200] — e-Doręczenia intake against the raw registration.
 *
 * N messages (default 10,000; `--messages N` or OBIEG_BENCH_MESSAGES) from a citizen to the
 * office's mailbox, each with one 200 KiB PDF-like attachment (`%PDF-1.4`, a line naming the
 * message, incompressible filler, `%%EOF`: distinct bytes, so the content-addressed store keeps
 * every one), no text body. The e-Doręczenia simulator runs in a process of its own, as the real
 * service runs elsewhere: building its answers (base64 JSON, evidence XML and PDF) does not take
 * this process's event loop.
 *
 *   intake: `syncMailbox` as the scheduled job runs it: list INBOX (minimal), GET each message in
 *           fullExtended mode with its content, SHA3-256 and size check, GET each evidence file,
 *           store attachment and evidences (fsynced), register in the RPW with the intake claim,
 *           the integration log and audit, DELETE at the ADE, mark removed.
 *   raw:    the same attachment and sender, no e-Doręczenia: `storeReceivedFile` in one audited
 *           transaction, then `registerIncomingItem` with the file and the sender.
 *
 * One message at a time on both sides, each in an office of its own (both RPWs start at 1), in
 * alternating rounds so both meet the same machine: 4 rounds, or rounds of SYNC_BATCH (what one
 * synchronisation takes) beyond 4 × SYNC_BATCH messages; delivery to the simulator is not timed.
 * Prints messages/s, ms and CPU per message, rows written per message, checks (each RPW holds
 * exactly 1…N, the simulator's inbox is empty) and peak memory. On embedded PGlite (temp dir,
 * fsync as shipped), then on a fresh PostgreSQL database when one is reachable
 * (OBIEG_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres), each in a process of
 * its own; OBIEG_BENCH_SKIP_PGLITE=1 / OBIEG_BENCH_SKIP_POSTGRES=1 skip one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { IncomingSenderInput } from '@obieg/contracts/correspondence';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import type { Database } from '../src/db/database.types.js';
import { withTenant } from '../src/db/tenant-scope.js';
import { startEDeliverySimulator } from '../src/integrations/edelivery/edelivery.simulator.js';
import { withAuditedTenant } from '../src/modules/audit/audit.usecases.js';
import { systemActor, type Context } from '../src/modules/auth/auth.types.js';
import { registerIncomingItem } from '../src/modules/correspondence/incoming.usecases.js';
import { storeReceivedFile } from '../src/modules/files/files.usecases.js';
import { createFileStore } from '../src/modules/files/storage/create-file-store.js';
import { SYNC_BATCH } from '../src/modules/integrations/integrations.constants.js';
import type { IntakeDeps } from '../src/modules/integrations/intake.usecases.js';
import { createMailbox, listMailboxesInTransaction } from '../src/modules/integrations/mailboxes.usecases.js';
import { syncMailbox } from '../src/modules/integrations/sync.usecases.js';
import { createTenant } from '../src/modules/tenants/tenants.usecases.js';
import { makeOfficeInput } from '../src/modules/tenants/tenants.test-utils.js';
import { systemClock, toWarsawDate } from '../src/shared/clock/clock.js';
import { uuidv7Ids } from '../src/shared/ids/ids.js';

const OFFICE_ADE = 'AE:PL-28080-40239-TUSBF-26';
const CITIZEN_ADE = 'AE:PL-43563-82585-JHWCF-30';
const CITIZEN = 'Łucja Żółkiewska';
const ATTACHMENT_BYTES = 200 * 1024;
const PASSWORD = 'bench password 0123456789';
const MAX_MESSAGES = 1_000_000;

/**
 * `--messages N`, `--messages=N` or OBIEG_BENCH_MESSAGES. From the repository root the root script
 * runs npm again, which takes `--messages` for its own configuration: `--messages=N` arrives as
 * `npm_config_messages`, `--messages N` as that flag set and N as a bare argument.
 */
function parseMessages(argv: readonly string[]): number {
  const at = argv.indexOf('--messages');
  const npmFlag = process.env.npm_config_messages;
  const raw =
    (at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--messages='))?.slice('--messages='.length)) ??
    process.env.OBIEG_BENCH_MESSAGES ??
    (npmFlag === 'true' ? argv.find((a) => /^\d+$/.test(a)) : npmFlag);
  const n = raw === undefined ? 10_000 : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_MESSAGES)
    throw new Error(`--messages must be an integer in 1..${MAX_MESSAGES}, got ${raw}`);
  return n;
}

/** Incompressible filler, the same in every process (xorshift32 from a fixed seed). */
const FILLER = (() => {
  const words = new Uint32Array(ATTACHMENT_BYTES / 4);
  let x = 0x9e3779b9;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return Buffer.from(words.buffer);
})();
const TRAILER = Buffer.from('\n%%EOF\n');

/** Message i's attachment: `%PDF-1.4`, a line naming i (distinct content), random filler, `%%EOF`. */
function pdfLike(i: number): Uint8Array {
  const bytes = Buffer.allocUnsafe(ATTACHMENT_BYTES);
  FILLER.copy(bytes);
  bytes.write(`%PDF-1.4\n% obieg bench message ${String(i).padStart(9, '0')}\n`, 0, 'latin1');
  TRAILER.copy(bytes, ATTACHMENT_BYTES - TRAILER.length);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const subjectOf = (i: number) => `Wniosek o wydanie zaświadczenia nr ${i + 1}`;
const fileNameOf = (i: number) => `wniosek-${String(i + 1).padStart(6, '0')}.pdf`;

const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;

// ---------------------------------------------------------------- the simulator's process

type SimulatorRequest = { deliver: { from: number; count: number } } | { inbox: true } | { close: true };
type SimulatorAnswer = Record<string, unknown> & { error?: string };

async function simulatorProcess() {
  const simulator = await startEDeliverySimulator({
    mailboxes: [{ ade: OFFICE_ADE, name: 'Urząd benchmarku', public: true, clientId: 'ezd-bench' }],
  });
  const answer = (message: SimulatorAnswer) => process.send?.(message);
  process.on('message', (request: SimulatorRequest) => {
    try {
      if ('deliver' in request) {
        const { from, count } = request.deliver;
        for (let i = from; i < from + count; i++)
          simulator.control.deliverToOffice({
            toAde: OFFICE_ADE,
            fromAde: CITIZEN_ADE,
            fromName: CITIZEN,
            subject: subjectOf(i),
            attachments: [{ filename: fileNameOf(i), contentType: 'application/pdf', bytes: pdfLike(i) }],
          });
        answer({ delivered: count, cpuSeconds: cpuSeconds(process.cpuUsage()) });
      } else if ('inbox' in request) {
        const inbox = simulator.control.listMessages(OFFICE_ADE, 'inbox').length;
        answer({ inbox, cpuSeconds: cpuSeconds(process.cpuUsage()) });
      } else {
        void simulator.close().then(() => {
          answer({ maxRssKiB: process.resourceUsage().maxRSS });
          process.disconnect?.();
        });
      }
    } catch (error) {
      answer({ error: String(error) });
    }
  });
  answer({ apiBaseUrl: simulator.apiBaseUrl, tokenUrl: simulator.tokenUrl });
}

/** Starts the simulator's process; `ask` sends one request and waits for its answer. */
async function startSimulatorProcess() {
  const child: ChildProcess = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, OBIEG_BENCH_PHASE: 'simulator' },
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  const waiting: { resolve: (a: SimulatorAnswer) => void; reject: (e: Error) => void }[] = [];
  child.on('message', (message: SimulatorAnswer) => waiting.shift()?.resolve(message));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      for (const w of waiting.splice(0)) w.reject(new Error(`the simulator exited (${code})`));
      resolve();
    }),
  );
  const next = () =>
    new Promise<SimulatorAnswer>((resolve, reject) => waiting.push({ resolve, reject })).then((a) => {
      if (a.error) throw new Error(`simulator: ${a.error}`);
      return a;
    });
  const ask = (request: SimulatorRequest) => {
    const answer = next();
    child.send(request);
    return answer;
  };
  const ready = (await next()) as { apiBaseUrl: string; tokenUrl: string };
  return {
    ...ready,
    ask,
    /** Closes the simulator and waits for its process to end; its peak memory. */
    stop: async () => {
      const { maxRssKiB } = (await ask({ close: true })) as { maxRssKiB: number };
      await exited;
      return maxRssKiB;
    },
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

// ---------------------------------------------------------------- one database

const mib = (kib: number) => (kib / 1024).toFixed(0);

/** An office's RPW (numbers), intake claims, and rows in the tables both sides write. */
async function officeCounts(db: Database, tenantId: string) {
  return withTenant({ db, tenantId }, async (tx) => {
    const of = (table: string) =>
      sql`(select count(*) from ${sql.identifier(table)} where tenant_id = ${tenantId})::int`;
    const result = await tx.execute(sql`select
      ${of('files')} as files, ${of('audit_events')} as audit_events, ${of('jobs')} as jobs,
      ${of('integration_log')} as log_entries, ${of('contacts')} as contacts,
      (select coalesce(sum(size), 0) from files where tenant_id = ${tenantId})::bigint as file_bytes,
      (select count(*) from incoming_items where tenant_id = ${tenantId})::int as items,
      (select count(distinct rpw_sequence) from incoming_items where tenant_id = ${tenantId})::int as numbers,
      (select coalesce(min(rpw_sequence), 0) from incoming_items where tenant_id = ${tenantId})::int as lowest,
      (select coalesce(max(rpw_sequence), 0) from incoming_items where tenant_id = ${tenantId})::int as highest,
      (select count(*) from integration_intake where tenant_id = ${tenantId} and outcome = 'registered'
        and incoming_item_id is not null and removed_at is not null)::int as taken_and_removed`);
    const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0] ?? {};
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as Record<string, number>;
  });
}

const PER_MESSAGE = ['files', 'audit_events', 'jobs', 'log_entries', 'contacts'];
const rowsPerMessage = (before: Record<string, number>, after: Record<string, number>, n: number) =>
  PER_MESSAGE.map((k) => `${k} ${(((after[k] ?? 0) - (before[k] ?? 0)) / n).toFixed(2)}`).join(', ');
const exactly = (counts: Record<string, number>, n: number) =>
  counts.items === n && counts.numbers === n && counts.lowest === 1 && counts.highest === n;

async function benchmark({ label, n, databaseUrl }: { label: string; n: number; databaseUrl?: string }) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'obieg-bench-intake-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    OBIEG_DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    OBIEG_EMBEDDED_FSYNC: process.env.OBIEG_EMBEDDED_FSYNC ?? 'true',
    OBIEG_WEB_DIST: '/nonexistent',
  });
  const database = await openDatabase(config.database);
  const fileStore = createFileStore(config.files);
  const simulator = await startSimulatorProcess();
  try {
    await database.migrate();
    const deps: IntakeDeps = { db: database.db, clock: systemClock, ids: uuidv7Ids, fileStore, config };
    const office = async (code: string) =>
      createTenant({
        deps,
        meta: { requestId: null, clientAddress: null },
        input: makeOfficeInput({ code, name: `Urząd ${code}`, adminPassword: PASSWORD }),
      });
    const contextOf = (tenantId: string): Context => ({
      actor: systemActor({ tenantId, displayName: 'e-Doręczenia' }),
      meta: { requestId: null, clientAddress: null },
    });
    const intakeOffice = await office('intake');
    const rawOffice = await office('raw');
    const rawCtx = contextOf(rawOffice.id);
    await createMailbox({
      deps,
      ctx: contextOf(intakeOffice.id),
      input: {
        kind: 'edelivery',
        address: OFFICE_ADE,
        name: 'Skrzynka urzędu',
        enabled: true,
        isDefault: true,
        settings: { apiBaseUrl: simulator.apiBaseUrl, tokenUrl: simulator.tokenUrl, clientId: 'ezd-bench' },
      },
    });
    const [row] = await withTenant({ db: database.db, tenantId: intakeOffice.id }, (tx) =>
      listMailboxesInTransaction({ tx, tenantId: intakeOffice.id }),
    );
    if (!row) throw new Error('no mailbox');

    // Raw: the sender is created with the first letter and found by id afterwards (the intake
    // creates it from the first message and finds it by its e-Doręczenia address afterwards).
    let senderId: string | undefined;
    const registerRaw = async (i: number) => {
      const file = await withAuditedTenant({ deps, ctx: rawCtx }, (tx, audit) =>
        storeReceivedFile({
          deps,
          tx,
          audit,
          tenantId: rawOffice.id,
          bytes: pdfLike(i),
          name: fileNameOf(i),
        }),
      );
      const sender: IncomingSenderInput = senderId
        ? { contactId: senderId }
        : {
            kind: 'institution',
            name: CITIZEN,
            addresses: [],
            emails: [],
            phones: [],
            edeliveryAddress: CITIZEN_ADE,
          };
      const { item } = await registerIncomingItem({
        deps,
        ctx: rawCtx,
        input: {
          title: subjectOf(i),
          deliveryMethod: 'e_doreczenia',
          receivedAt: toWarsawDate(new Date()),
          remarks: `e-Doręczenia: wiadomość ${i} na adres ${OFFICE_ADE}`,
          access: 'public',
          dcmiType: 'Text',
          fullScan: false,
          notOpened: false,
          sender,
          fileIds: [file.id],
          attachmentsCount: 1,
        },
      });
      senderId ??= item.senders[0]?.contactId;
    };

    const intake = { seconds: 0, cpu: 0, simulatorCpu: 0, registered: 0, runs: 0, leftInInbox: 0 };
    const raw = { seconds: 0, cpu: 0 };
    const before = {
      intake: await officeCounts(database.db, intakeOffice.id),
      raw: await officeCounts(database.db, rawOffice.id),
    };
    const round = Math.min(SYNC_BATCH, Math.ceil(n / 4));
    for (let from = 0; from < n; from += round) {
      const count = Math.min(round, n - from);
      const delivered = await simulator.ask({ deliver: { from, count } });
      let cpu = process.cpuUsage();
      let started = performance.now();
      while (intake.registered < from + count) {
        const result = await syncMailbox({ deps, row });
        intake.runs += 1;
        if (result.error || result.rejected > 0 || result.registered === 0)
          throw new Error(`intake run: ${JSON.stringify(result)}`);
        intake.registered += result.registered;
      }
      intake.seconds += (performance.now() - started) / 1000;
      intake.cpu += cpuSeconds(process.cpuUsage(cpu));
      const left = await simulator.ask({ inbox: true });
      intake.simulatorCpu += Number(left.cpuSeconds) - Number(delivered.cpuSeconds);
      intake.leftInInbox += Number(left.inbox);
      cpu = process.cpuUsage();
      started = performance.now();
      for (let i = from; i < from + count; i++) await registerRaw(i);
      raw.seconds += (performance.now() - started) / 1000;
      raw.cpu += cpuSeconds(process.cpuUsage(cpu));
    }

    const after = {
      intake: await officeCounts(database.db, intakeOffice.id),
      raw: await officeCounts(database.db, rawOffice.id),
    };
    const checks = {
      intake: exactly(after.intake, n),
      raw: exactly(after.raw, n),
      removed: after.intake.taken_and_removed === n,
      inbox: intake.leftInInbox === 0,
    };
    const simulatorRssKiB = await simulator.stop();
    const ok = checks.intake && checks.raw && checks.removed && checks.inbox;
    const ms = (seconds: number) => ((1000 * seconds) / n).toFixed(2);
    const intakeRate = n / intake.seconds;
    const rawRate = n / raw.seconds;
    const stored = (side: 'intake' | 'raw') =>
      `${(after[side].files ?? 0) - (before[side].files ?? 0)} files, ${mib(((after[side].file_bytes ?? 0) - (before[side].file_bytes ?? 0)) / 1024)} MiB`;
    console.log(
      [
        `${label}: ${n} messages, each one ${ATTACHMENT_BYTES / 1024} KiB PDF, one at a time, alternating rounds of ${round}`,
        `  intake: syncMailbox (${intake.runs} runs) — list INBOX → GET fullExtended with content → SHA3-256 check → GET each`,
        `          evidence file → store attachment + evidences → register (claim, sender by ADE, RPW, log, audit) → DELETE → mark removed`,
        `      ${intakeRate.toFixed(1)} messages/s   ${ms(intake.seconds)} ms/message   CPU: this process ${ms(intake.cpu)} ms/message, simulator process ${ms(intake.simulatorCpu)} ms/message`,
        `  raw:    the same PDF by storeReceivedFile in one audited transaction, then registerIncomingItem with the sender`,
        `      ${rawRate.toFixed(1)} messages/s   ${ms(raw.seconds)} ms/message   CPU: this process ${ms(raw.cpu)} ms/message`,
        `  ratio: intake takes ${(rawRate / intakeRate).toFixed(1)}× the time of the raw registration (intake/raw throughput ${((100 * intakeRate) / rawRate).toFixed(0)}%)`,
        `  rows per message: intake ${rowsPerMessage(before.intake, after.intake, n)}`,
        `                    raw    ${rowsPerMessage(before.raw, after.raw, n)}`,
        `  stored: intake ${stored('intake')}; raw ${stored('raw')}`,
        `  checks: intake RPW exactly 1…${n}: ${checks.intake ? 'yes' : `NO (${after.intake.items} items)`};` +
          ` raw RPW exactly 1…${n}: ${checks.raw ? 'yes' : `NO (${after.raw.items} items)`};` +
          ` taken and deleted at the ADE: ${after.intake.taken_and_removed}/${n};` +
          ` simulator inbox empty after each round: ${checks.inbox ? 'yes' : `NO (${intake.leftInInbox} left)`}`,
        `  memory peak (max RSS): this process ${mib(process.resourceUsage().maxRSS)} MiB${config.database.kind === 'pglite' ? ' (with PGlite)' : ''}, simulator process ${mib(simulatorRssKiB)} MiB`,
      ].join('\n'),
    );
    if (!ok) process.exitCode = 1;
  } finally {
    simulator.kill();
    await fileStore.close?.();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchmarkPostgres(n: number) {
  const adminUrl = process.env.OBIEG_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch {
    console.log(`PostgreSQL not reachable at ${adminUrl}; skipped.`);
    return;
  }
  const name = `obieg_bench_intake_${process.pid}`;
  await admin.query(`create database "${name}"`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await benchmark({ label: `PostgreSQL (fresh database ${name})`, n, databaseUrl: url.toString() });
  } finally {
    await admin.query(`drop database if exists "${name}"`);
    await admin.end();
  }
}

/** Each database, and the simulator, in a process of its own (the same script with OBIEG_BENCH_PHASE). */
async function main() {
  const phase = process.env.OBIEG_BENCH_PHASE;
  if (phase === 'simulator') return simulatorProcess();
  const n = parseMessages(process.argv.slice(2));
  const fsync = process.env.OBIEG_EMBEDDED_FSYNC ?? 'true';
  if (phase === 'pglite') return benchmark({ label: `embedded PGlite (temp dir, fsync ${fsync})`, n });
  if (phase === 'postgres') return benchmarkPostgres(n);
  console.log(`node ${process.version}, ${os.cpus().length} CPUs, data under ${os.tmpdir()}\n`);
  const phases = [
    ...(process.env.OBIEG_BENCH_SKIP_PGLITE === '1' ? [] : ['pglite']),
    ...(process.env.OBIEG_BENCH_SKIP_POSTGRES === '1' ? [] : ['postgres']),
  ];
  for (const next of phases) {
    const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      env: { ...process.env, OBIEG_BENCH_PHASE: next, OBIEG_BENCH_MESSAGES: String(n) },
      stdio: 'inherit',
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`the ${next} phase failed (exit code ${code})`);
  }
}

await main();
