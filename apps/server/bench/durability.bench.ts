/**
 * Cost of the embedded-mode durability mechanism (docs/adr/0002-embedded-durability.md).
 *
 *   npx tsx apps/server/bench/durability.bench.ts [--n 300]
 *
 * Two PGlite instances on fresh temporary data dirs, in the same process:
 *   - "as shipped": `new PGlite({ dataDir })` (fsync off, no flush);
 *   - "durable":    `openDurablePglite({ dataDir })`, `await flush()` after every commit.
 * Each commit is a small transaction: UPDATE of a counter row + INSERT of a row. The commits are run in
 * alternating blocks so that both modes see the same machine conditions. Prints commits/s and the ratio.
 */
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openDurablePglite } from '../src/db/pglite-durability.js';

const MAX_N = 100_000;
const BLOCK = 50;
const WARMUP = 20;

function parseN(argv: readonly string[]): number {
  let raw: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--n') raw = argv[i + 1];
    else if (arg.startsWith('--n=')) raw = arg.slice('--n='.length);
  }
  if (raw === undefined) return 300;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_N)
    throw new Error(`--n must be an integer in 1..${MAX_N}, got ${raw}`);
  return n;
}

async function setup(pg: PGlite): Promise<void> {
  await pg.exec(`
    CREATE TABLE counter (id int PRIMARY KEY, value bigint NOT NULL);
    INSERT INTO counter VALUES (1, 0);
    CREATE TABLE entry (
      id bigserial PRIMARY KEY,
      counter_value bigint NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `);
}

async function commitOne(pg: PGlite, i: number): Promise<void> {
  await pg.transaction(async (tx) => {
    const res = await tx.query<{ value: string }>(
      'UPDATE counter SET value = value + 1 WHERE id = 1 RETURNING value',
    );
    await tx.query('INSERT INTO entry (counter_value, body) VALUES ($1, $2)', [
      res.rows[0]?.value ?? '0',
      `registration ${i}: pismo przychodzące, znak sprawy ABC.123.${i}.2025`,
    ]);
  });
}

/** Median latency of pwrite(8 KiB) + fsync on the bench's filesystem: what one durable commit must wait for. */
function rawFsyncMicros(dir: string, iterations = 200): number {
  const file = path.join(dir, 'fsync-probe');
  const fd = openSync(file, 'w');
  try {
    const page = Buffer.alloc(8192, 7);
    writeSync(fd, Buffer.alloc(1024 * 1024));
    fsyncSync(fd);
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t = performance.now();
      writeSync(fd, page, 0, page.length, (i % 128) * page.length);
      fsyncSync(fd);
      samples.push((performance.now() - t) * 1000);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)] ?? NaN;
  } finally {
    closeSync(fd);
    rmSync(file);
  }
}

async function main(): Promise<void> {
  const n = parseN(process.argv.slice(2));
  const root = mkdtempSync(path.join(os.tmpdir(), 'obieg-durability-bench-'));
  try {
    let fsyncs = 0;
    const t0 = performance.now();
    const durable = await openDurablePglite({
      dataDir: path.join(root, 'durable'),
      fsyncFile: (fd) => {
        fsyncSync(fd);
        fsyncs++;
      },
    });
    const openMs = performance.now() - t0;
    const shipped = new PGlite({ dataDir: path.join(root, 'shipped') });
    try {
      await shipped.waitReady;
      await setup(shipped);
      await setup(durable.pg);

      const modes = [
        {
          name: 'as shipped (fsync off, no flush)',
          run: (i: number) => commitOne(shipped, i),
          ms: 0,
          done: 0,
        },
        {
          name: 'durable (fsync on + hook, flush)',
          run: async (i: number) => {
            await commitOne(durable.pg, i);
            await durable.flush();
          },
          ms: 0,
          done: 0,
        },
      ];
      for (const mode of modes) for (let i = 0; i < WARMUP; i++) await mode.run(-1 - i);

      const fsyncsBefore = fsyncs;
      while (modes.some((m) => m.done < n)) {
        for (const mode of modes) {
          const count = Math.min(BLOCK, n - mode.done);
          if (count <= 0) continue;
          const start = performance.now();
          for (let i = 0; i < count; i++) await mode.run(mode.done + i);
          mode.ms += performance.now() - start;
          mode.done += count;
        }
      }
      const fsyncsPerCommit = (fsyncs - fsyncsBefore) / n;

      const c0 = performance.now();
      await durable.checkpoint();
      const checkpointMs = performance.now() - c0;

      const [base, dur] = modes.map((m) => ({
        name: m.name,
        perSec: (m.done / m.ms) * 1000,
        msPer: m.ms / m.done,
      }));
      if (!base || !dur) throw new Error('unreachable');
      const rows = await durable.pg.query<{ n: number }>('SELECT count(*)::int AS n FROM entry');
      if (rows.rows[0]?.n !== n + WARMUP) throw new Error(`durable instance has ${rows.rows[0]?.n} rows`);

      console.log(
        `durability bench: ${n} commits per mode (UPDATE counter + INSERT row), blocks of ${BLOCK}`,
      );
      console.log(`node ${process.version}, ${os.cpus().length} CPUs, data dirs under ${os.tmpdir()}`);
      for (const m of [base, dur]) {
        console.log(
          `  ${m.name.padEnd(36)} ${m.perSec.toFixed(0).padStart(7)} commits/s  ${m.msPer.toFixed(3)} ms/commit`,
        );
      }
      console.log(
        `  ratio durable/shipped: ${(dur.perSec / base.perSec).toFixed(3)} (x${(base.perSec / dur.perSec).toFixed(2)} slower)`,
      );
      console.log(`  fsyncs per durable commit: ${fsyncsPerCommit.toFixed(2)}`);
      console.log(
        `  raw pwrite(8 KiB)+fsync on this filesystem, median: ${rawFsyncMicros(root).toFixed(0)} us`,
      );
      console.log(
        `  durable open of a fresh dir: ${openMs.toFixed(0)} ms; CHECKPOINT after the run: ${checkpointMs.toFixed(1)} ms`,
      );
    } finally {
      await shipped.close();
      await durable.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
