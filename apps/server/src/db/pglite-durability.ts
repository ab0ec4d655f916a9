/**
 * Power-loss durability for the embedded (PGlite, Node filesystem) mode.
 *
 * As shipped, PGlite starts PostgreSQL with `-F` (fsync = off), and even with fsync = on nothing would be
 * flushed: NODEFS writes go straight to the real files (page cache), but Emscripten's NODEFS has no `fsync`
 * stream operation, so `fsync(2)` from the WASM side is a no-op, and `fdatasync(2)` is a hard-wired no-op.
 * This module:
 *
 * 1. starts PostgreSQL with fsync = on, wal_sync_method = fsync (fdatasync cannot be routed to the kernel;
 *    open_sync is rejected by NODEFS), full_page_writes = on, synchronous_commit = on, data_sync_retry = off;
 * 2. gives NODEFS a `fsync` stream operation that calls the host `fsync(2)` on the real file descriptor, so
 *    PostgreSQL's own ordering applies: the WAL is fsynced before COMMIT is acknowledged, and a checkpoint
 *    fsyncs data files and SLRUs before it writes and fsyncs `global/pg_control`;
 * 3. makes the files PGlite writes outside PostgreSQL (the initdb copy, `postgresql.conf`) durable, and makes
 *    the creation of a new cluster crash-safe with a marker file;
 * 4. verifies at open that the settings are in force and that a commit really fsyncs a `pg_wal` file;
 * 5. runs checkpoints itself (from `flush`), because a single-user PostgreSQL has no checkpointer: without
 *    them the WAL grows until close and crash recovery replays all of it.
 *
 * After a transaction commits (the query promise resolved) it is already on disk; `flush()` reports an fsync
 * failure seen since open and performs due checkpoint maintenance. See docs/adr/0002-embedded-durability.md.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { PGlite, type Extensions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** Settings passed on PostgreSQL's command line: they override postgresql.conf and ALTER SYSTEM. */
export const DURABLE_SETTINGS = {
  fsync: 'on',
  wal_sync_method: 'fsync',
  full_page_writes: 'on',
  synchronous_commit: 'on',
  data_sync_retry: 'off',
} as const satisfies Record<string, string>;

/** Written into a new data directory before the cluster is created, removed once all of it is on disk. */
export const INIT_MARKER = '.obieg-pglite-init';

/** WASI errno EIO: what the WASM side sees when the host fsync fails (PostgreSQL then PANICs). */
const WASI_EIO = 29;

export interface CheckpointPolicy {
  /** Checkpoint when this much WAL has been written since the last checkpoint. */
  maxWalBytes: number;
  /** Checkpoint when this much time has passed since the last checkpoint and WAL has been written since. */
  maxIntervalMs: number;
  /** `flush` looks at the WAL position at most this often (one tiny query). */
  walCheckIntervalMs: number;
}

export const DEFAULT_CHECKPOINT_POLICY: CheckpointPolicy = {
  maxWalBytes: 128 * 1024 * 1024,
  maxIntervalMs: 5 * 60 * 1000,
  walCheckIntervalMs: 1000,
};

/** fsync of one host file or directory; `hostPath` is for diagnostics and tests. Must throw on failure. */
export type FsyncFile = (fd: number, hostPath: string) => void;

export interface OpenDurablePgliteOptions {
  dataDir: string;
  extensions?: Extensions;
  /** Checkpoints run from `flush`; `false` leaves them to the caller (`checkpoint()`) and to close. */
  checkpoint?: Partial<CheckpointPolicy> | false;
  /** Injectable for tests; defaults to `fs.fsyncSync(fd)`. */
  fsyncFile?: FsyncFile;
}

export interface DurablePglite {
  pg: PGlite;
  /**
   * Await after a committed state-changing transaction, before the answer is sent. Throws if any fsync has
   * failed since open (the instance is then unusable: stop and restart the process) or if due checkpoint
   * maintenance fails. Concurrent calls share one piece of work. Call it after `pg.transaction()` has
   * resolved, never inside its callback: its queries wait for the transaction to end.
   */
  flush: () => Promise<void>;
  /** Runs CHECKPOINT now (joins one already running). */
  checkpoint: () => Promise<void>;
  /** Closes PGlite (shutdown checkpoint, fsynced). Throws the fsync failure instead if one occurred. */
  close: () => Promise<void>;
}

export class PgliteDurabilityError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PgliteDurabilityError';
  }
}

const defaultFsyncFile: FsyncFile = (fd) => fsyncSync(fd);

/** `PGlite.defaultStartParams` without `-F`, plus DURABLE_SETTINGS (later `-c` wins over earlier ones). */
export function durableStartParams(base: readonly string[] = PGlite.defaultStartParams): string[] {
  const params = base.filter((p) => p !== '-F');
  for (const [name, value] of Object.entries(DURABLE_SETTINGS)) params.push('-c', `${name}=${value}`);
  return params;
}

/** fsync a file or directory by path (opened read-only, which Linux allows for fsync). */
export function fsyncPath(hostPath: string, fsyncFile: FsyncFile = defaultFsyncFile): void {
  const fd = openSync(hostPath, 'r');
  try {
    fsyncFile(fd, hostPath);
  } finally {
    closeSync(fd);
  }
}

/** fsync every regular file and directory under `root` (children before their directory). No symlinks. */
export function fsyncTree(
  root: string,
  fsyncFile: FsyncFile = defaultFsyncFile,
): { files: number; dirs: number } {
  const count = { files: 0, dirs: 0 };
  const walk = (p: string): void => {
    const st = lstatSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) walk(path.join(p, name));
      fsyncPath(p, fsyncFile);
      count.dirs++;
    } else if (st.isFile()) {
      fsyncPath(p, fsyncFile);
      count.files++;
    }
  };
  walk(root);
  return count;
}

type DirState = 'missing' | 'empty' | 'cluster' | 'interrupted-init';

function inspectDataDir(dataDir: string): DirState {
  if (!existsSync(dataDir)) return 'missing';
  if (!lstatSync(dataDir).isDirectory()) throw new PgliteDurabilityError(`${dataDir} is not a directory`);
  const entries = readdirSync(dataDir);
  if (entries.includes(INIT_MARKER)) return 'interrupted-init';
  if (entries.length === 0) return 'empty';
  if (entries.includes('PG_VERSION')) return 'cluster';
  throw new PgliteDurabilityError(
    `${dataDir} is neither empty nor a PostgreSQL data directory (no PG_VERSION); refusing to use it`,
  );
}

/** mkdir -p, then fsync the parent of every directory created so the new entries survive power loss. */
function createDirDurably(dir: string, fsyncFile: FsyncFile): void {
  const created: string[] = [];
  for (let d = dir; !existsSync(d); d = path.dirname(d)) created.push(d);
  mkdirSync(dir, { recursive: true });
  for (const d of created.reverse()) fsyncPath(path.dirname(d), fsyncFile);
}

function parseLsn(text: string): bigint {
  const m = /^([0-9A-F]+)\/([0-9A-F]+)$/i.exec(text);
  if (!m?.[1] || !m[2]) throw new PgliteDurabilityError(`unexpected LSN ${JSON.stringify(text)}`);
  return (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`);
}

async function currentWalLsn(pg: PGlite): Promise<bigint> {
  const res = await pg.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn');
  const lsn = res.rows[0]?.lsn;
  if (lsn === undefined) throw new PgliteDurabilityError('pg_current_wal_insert_lsn() returned no row');
  return parseLsn(lsn);
}

interface FsyncStream {
  nfd?: unknown;
  node: unknown;
}
interface NodefsInternals {
  stream_ops: Record<string, unknown>;
  realPath: (node: unknown) => string;
}

function isNodefsInternals(v: unknown): v is NodefsInternals {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.stream_ops === 'object' && o.stream_ops !== null && typeof o.realPath === 'function';
}

/** NodeFS whose Emscripten NODEFS gets an `fsync` stream operation that reaches the host kernel. */
class FsyncingNodeFS extends NodeFS {
  constructor(
    dataDir: string,
    private readonly onModule: (mod: unknown) => void,
  ) {
    super(dataDir);
  }

  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]): ReturnType<NodeFS['init']> {
    const { emscriptenOpts } = await super.init(pg, opts);
    return {
      emscriptenOpts: {
        ...emscriptenOpts,
        preRun: [...(emscriptenOpts.preRun ?? []), (mod: unknown) => this.onModule(mod)],
      },
    };
  }
}

/**
 * Opens (creating if needed) a PGlite data directory so that committed transactions survive power loss.
 * Only one instance may use a data directory at a time.
 */
export async function openDurablePglite(options: OpenDurablePgliteOptions): Promise<DurablePglite> {
  const dataDir = path.resolve(options.dataDir);
  const fsyncFile = options.fsyncFile ?? defaultFsyncFile;
  const policy: CheckpointPolicy | false =
    options.checkpoint === false ? false : { ...DEFAULT_CHECKPOINT_POLICY, ...options.checkpoint };

  let failure: PgliteDurabilityError | undefined;
  let hookError: PgliteDurabilityError | undefined;
  let walFsyncs = 0;
  const walDir = path.join(dataDir, 'pg_wal') + path.sep;

  const installFsyncHook = (mod: unknown): void => {
    const nodefs = typeof mod === 'object' && mod !== null ? (mod as { NODEFS?: unknown }).NODEFS : undefined;
    if (!isNodefsInternals(nodefs)) {
      hookError = new PgliteDurabilityError(
        'this PGlite build does not expose Emscripten NODEFS internals; cannot route fsync to the disk',
      );
      return;
    }
    nodefs.stream_ops.fsync = (stream: FsyncStream): number => {
      let hostPath = '(unknown)';
      try {
        hostPath = nodefs.realPath(stream.node);
        if (typeof stream.nfd !== 'number') throw new Error('stream has no host file descriptor');
        fsyncFile(stream.nfd, hostPath);
        if (hostPath.startsWith(walDir)) walFsyncs++;
        return 0;
      } catch (cause) {
        failure ??= new PgliteDurabilityError(`fsync of ${hostPath} failed; committed data may be lost`, {
          cause,
        });
        return WASI_EIO;
      }
    };
  };

  // 1. Bring the directory to a known state before PGlite touches it.
  let state = inspectDataDir(dataDir);
  if (state === 'interrupted-init') {
    // Everything here was written by a creation that did not finish: start over.
    for (const name of readdirSync(dataDir)) {
      if (name !== INIT_MARKER) rmSync(path.join(dataDir, name), { recursive: true, force: true });
    }
    fsyncPath(dataDir, fsyncFile);
  } else if (state === 'missing' || state === 'empty') {
    // A directory made by someone else (e.g. mkdir -p before taking a lock) may not be durable yet either.
    if (state === 'missing') createDirDurably(dataDir, fsyncFile);
    else fsyncPath(path.dirname(dataDir), fsyncFile);
    writeFileSync(
      path.join(dataDir, INIT_MARKER),
      `creating PGlite cluster, started ${new Date().toISOString()}\n`,
    );
    fsyncPath(path.join(dataDir, INIT_MARKER), fsyncFile);
    fsyncPath(dataDir, fsyncFile);
    state = 'interrupted-init';
  } else {
    // An existing cluster may have been written with fsync off (or copied): make it durable as it is.
    fsyncTree(dataDir, fsyncFile);
    fsyncPath(path.dirname(dataDir), fsyncFile);
  }
  const creating = state === 'interrupted-init';

  // 2. Start PostgreSQL with fsync on and the NODEFS fsync hook in place.
  const pg = new PGlite({
    dataDir,
    fs: new FsyncingNodeFS(dataDir, installFsyncHook),
    startParams: durableStartParams(),
    ...(options.extensions ? { extensions: options.extensions } : {}),
  });
  await pg.waitReady;

  try {
    if (hookError) throw hookError;
    if (failure) throw failure;

    // 3. Verify the settings and that a commit fsyncs the WAL.
    const names = Object.keys(DURABLE_SETTINGS);
    const res = await pg.query<{ name: string; setting: string }>(
      'SELECT name, setting FROM pg_settings WHERE name = ANY($1)',
      [names],
    );
    for (const [name, want] of Object.entries(DURABLE_SETTINGS)) {
      const got = res.rows.find((r) => r.name === name)?.setting;
      if (got !== want)
        throw new PgliteDurabilityError(`PostgreSQL setting ${name} is ${got ?? 'missing'}, need ${want}`);
    }
    const before = walFsyncs;
    await pg.query("SELECT pg_logical_emit_message(true, 'obieg-durability-probe', '')"); // xid + WAL: COMMIT must flush
    if (failure) throw failure;
    if (walFsyncs === before) {
      throw new PgliteDurabilityError(
        'a COMMIT did not fsync any pg_wal file; durability hook is not effective',
      );
    }

    // 4. Files PGlite wrote itself: the initdb copy (new cluster) and postgresql.conf (rewritten on each open).
    if (creating) {
      fsyncTree(dataDir, fsyncFile);
      unlinkSync(path.join(dataDir, INIT_MARKER));
    } else if (existsSync(path.join(dataDir, 'postgresql.conf'))) {
      fsyncPath(path.join(dataDir, 'postgresql.conf'), fsyncFile);
    }
    fsyncPath(dataDir, fsyncFile);
  } catch (err) {
    try {
      if (!failure) await pg.close(); // after an fsync failure PostgreSQL has PANICked; close() could hang
    } catch (closeErr) {
      throw new AggregateError([err, closeErr], 'opening durable PGlite failed, and so did closing it');
    }
    throw err;
  }

  // 5. Checkpoint maintenance and the returned handle.
  let closed = false;
  let lastCheckpointLsn = await currentWalLsn(pg);
  let lastCheckpointAt = Date.now();
  let lastWalCheckAt = Date.now();
  /** The one running check or checkpoint; resolves to whether a CHECKPOINT was executed. */
  let inflight: Promise<boolean> | undefined;

  const assertUsable = (): void => {
    if (failure) throw failure;
    if (closed) throw new PgliteDurabilityError('durable PGlite is closed');
  };

  const runCheckpoint = async (): Promise<boolean> => {
    await pg.exec('CHECKPOINT');
    if (failure) throw failure;
    lastCheckpointLsn = await currentWalLsn(pg);
    lastCheckpointAt = Date.now();
    return true;
  };

  const runCheck = async (p: CheckpointPolicy): Promise<boolean> => {
    lastWalCheckAt = Date.now();
    const walSince = (await currentWalLsn(pg)) - lastCheckpointLsn;
    if (walSince <= 0n) return false;
    if (walSince >= BigInt(p.maxWalBytes) || Date.now() - lastCheckpointAt >= p.maxIntervalMs) {
      return runCheckpoint();
    }
    return false;
  };

  const start = (work: () => Promise<boolean>): Promise<boolean> => {
    const promise = work().finally(() => {
      inflight = undefined;
    });
    inflight = promise;
    return promise;
  };

  const flush = async (): Promise<void> => {
    assertUsable();
    if (inflight) {
      await inflight;
    } else if (policy !== false && Date.now() - lastWalCheckAt >= policy.walCheckIntervalMs) {
      await start(() => runCheck(policy));
    }
    if (failure) throw failure;
  };

  const checkpoint = async (): Promise<void> => {
    assertUsable();
    // Join a running piece of work; if it did not checkpoint, run one (it is not enough to have checked).
    let done = false;
    while (!done && inflight) done = await inflight;
    assertUsable();
    if (!done) await start(runCheckpoint);
    if (failure) throw failure;
  };

  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    // A running check/checkpoint delivers its own outcome to the flush/checkpoint callers awaiting it.
    if (inflight) await Promise.allSettled([inflight]);
    if (failure) throw failure;
    await pg.close();
    if (failure) throw failure;
  };

  return { pg, flush, checkpoint, close };
}
