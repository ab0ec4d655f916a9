import {
  copyFileSync,
  cpSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  INIT_MARKER,
  PgliteDurabilityError,
  openDurablePglite,
  type DurablePglite,
  type FsyncFile,
} from './pglite-durability.js';

const SLOW = { timeout: 120_000 };

let root = '';
let template = ''; // a closed cluster created by openDurablePglite, copied by tests that need an existing one
let seq = 0;

/** A fresh path under the temporary root (not created). */
const tmpPath = (name: string): string => path.join(root, `${name}-${++seq}`);

/** Copy of the template cluster. */
function existingCluster(name: string): string {
  const dir = tmpPath(name);
  cpSync(template, dir, { recursive: true });
  return dir;
}

/** fsync spy: records host paths in call order and really fsyncs. */
function fsyncRecorder(): { paths: string[]; fsyncFile: FsyncFile } {
  const paths: string[] = [];
  return {
    paths,
    fsyncFile: (fd, hostPath) => {
      fsyncSync(fd);
      paths.push(hostPath);
    },
  };
}

async function count(pg: PGlite, sql: string): Promise<number> {
  const res = await pg.query<{ n: number }>(sql);
  return res.rows[0]?.n ?? -1;
}

async function redoLsn(pg: PGlite): Promise<string> {
  const res = await pg.query<{ redo: string }>('SELECT redo_lsn::text AS redo FROM pg_control_checkpoint()');
  return res.rows[0]?.redo ?? '';
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'obieg-pglite-durability-'));
  template = path.join(root, 'template');
  const db = await openDurablePglite({ dataDir: template });
  await db.pg.exec('CREATE TABLE t (id serial PRIMARY KEY, v text NOT NULL)');
  await db.close();
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('openDurablePglite: creating and opening', () => {
  test(
    'creates a cluster in a missing nested directory, fsyncing new dirs, and keeps commits across reopen',
    SLOW,
    async () => {
      const dataDir = path.join(tmpPath('missing'), 'a', 'b');
      const spy = fsyncRecorder();
      const db = await openDurablePglite({ dataDir, fsyncFile: spy.fsyncFile });
      try {
        const settings = await db.pg.query<{ name: string; setting: string }>(
          "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'wal_sync_method', 'full_page_writes', 'synchronous_commit') ORDER BY name",
        );
        expect(settings.rows).toEqual([
          { name: 'fsync', setting: 'on' },
          { name: 'full_page_writes', setting: 'on' },
          { name: 'synchronous_commit', setting: 'on' },
          { name: 'wal_sync_method', setting: 'fsync' },
        ]);
        // The parents of the created directories, the marker, and the whole initdb copy were fsynced.
        expect(spy.paths).toContain(path.dirname(dataDir));
        expect(spy.paths).toContain(path.join(dataDir, 'global', 'pg_control'));
        expect(spy.paths).toContain(path.join(dataDir, 'PG_VERSION'));
        expect(existsSync(path.join(dataDir, INIT_MARKER))).toBe(false);

        await db.pg.exec("CREATE TABLE r (v text); INSERT INTO r VALUES ('kept')");
        await db.flush();
      } finally {
        await db.close();
      }
      const again = await openDurablePglite({ dataDir });
      try {
        expect((await again.pg.query('SELECT v FROM r')).rows).toEqual([{ v: 'kept' }]);
      } finally {
        await again.close();
      }
    },
  );

  test('creates a cluster in an existing empty directory', SLOW, async () => {
    const dataDir = tmpPath('empty');
    mkdirSync(dataDir);
    const spy = fsyncRecorder();
    const db = await openDurablePglite({ dataDir, fsyncFile: spy.fsyncFile });
    try {
      expect(await count(db.pg, 'SELECT 1 AS n')).toBe(1);
      expect(spy.paths).toContain(path.dirname(dataDir)); // its entry in the parent is made durable too
      expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    } finally {
      await db.close();
    }
  });

  test('refuses a non-empty directory that is not a cluster, and leaves it alone', async () => {
    const dataDir = tmpPath('foreign');
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, 'notes.txt'), 'mine');
    await expect(openDurablePglite({ dataDir })).rejects.toThrow(PgliteDurabilityError);
    expect(readdirSync(dataDir)).toEqual(['notes.txt']);
  });

  test('starts over when a previous creation was interrupted (marker left behind)', SLOW, async () => {
    const dataDir = tmpPath('interrupted');
    mkdirSync(path.join(dataDir, 'base'), { recursive: true });
    writeFileSync(path.join(dataDir, INIT_MARKER), '');
    writeFileSync(path.join(dataDir, 'PG_VERSION'), '1'); // half-copied cluster
    writeFileSync(path.join(dataDir, 'junk'), 'x');
    const db = await openDurablePglite({ dataDir });
    try {
      expect(await count(db.pg, 'SELECT count(*)::int AS n FROM pg_class')).toBeGreaterThan(100);
      expect(existsSync(path.join(dataDir, 'junk'))).toBe(false);
      expect(existsSync(path.join(dataDir, INIT_MARKER))).toBe(false);
    } finally {
      await db.close();
    }
  });

  test(
    'opening an existing cluster fsyncs its files before use (it may have been written with fsync off)',
    SLOW,
    async () => {
      const dataDir = existingCluster('existing');
      const spy = fsyncRecorder();
      const db = await openDurablePglite({ dataDir, fsyncFile: spy.fsyncFile });
      try {
        expect(spy.paths).toContain(path.join(dataDir, 'PG_VERSION'));
        expect(spy.paths).toContain(path.join(dataDir, 'base'));
        expect(
          spy.paths.filter((p) => p.startsWith(path.join(dataDir, 'base') + path.sep)).length,
        ).toBeGreaterThan(100);
      } finally {
        await db.close();
      }
    },
  );
});

describe('openDurablePglite: commits reach the disk', () => {
  test(
    'a committed and flushed row is in a byte copy of the data dir taken right after flush',
    SLOW,
    async () => {
      const dataDir = existingCluster('copy-src');
      const copy = tmpPath('copy-dst');
      const db = await openDurablePglite({ dataDir });
      try {
        await db.pg.query('INSERT INTO t (v) VALUES ($1)', ['registered']);
        await db.flush();
        cpSync(dataDir, copy, { recursive: true }); // the source instance is still running: a crash image
      } finally {
        await db.close();
      }
      const second = new PGlite({ dataDir: copy }); // crash recovery replays the WAL
      try {
        await second.waitReady;
        expect((await second.query('SELECT v FROM t')).rows).toEqual([{ v: 'registered' }]);
      } finally {
        await second.close();
      }
    },
  );

  test(
    'each write transaction fsyncs the WAL before its query resolves; reads fsync nothing',
    SLOW,
    async () => {
      const dataDir = existingCluster('wal');
      const spy = fsyncRecorder();
      const db = await openDurablePglite({ dataDir, fsyncFile: spy.fsyncFile, checkpoint: false });
      const walDir = path.join(dataDir, 'pg_wal') + path.sep;
      try {
        for (let i = 0; i < 5; i++) {
          spy.paths.length = 0;
          await db.pg.query('INSERT INTO t (v) VALUES ($1)', [`row ${i}`]);
          expect(spy.paths.length).toBeGreaterThanOrEqual(1);
          expect(spy.paths.every((p) => p.startsWith(walDir))).toBe(true);
        }
        spy.paths.length = 0;
        await db.pg.transaction(async (tx) => {
          await tx.query("UPDATE t SET v = v || '!'");
          await tx.query("INSERT INTO t (v) VALUES ('in tx')");
          expect(spy.paths).toEqual([]); // nothing is flushed before COMMIT...
        });
        expect(spy.paths.some((p) => p.startsWith(walDir))).toBe(true); // ...and the COMMIT flushed
        spy.paths.length = 0;
        expect(await count(db.pg, 'SELECT count(*)::int AS n FROM t')).toBe(6);
        await db.flush();
        expect(spy.paths).toEqual([]);
      } finally {
        await db.close();
      }
    },
  );

  test('a checkpoint fsyncs the table file and pg_xact before it writes pg_control', SLOW, async () => {
    const dataDir = existingCluster('ckpt-order');
    const spy = fsyncRecorder();
    const db = await openDurablePglite({ dataDir, fsyncFile: spy.fsyncFile, checkpoint: false });
    try {
      await db.pg.query("INSERT INTO t (v) SELECT 'x' || g FROM generate_series(1, 100) g");
      const rel = await db.pg.query<{ p: string }>("SELECT pg_relation_filepath('t') AS p");
      const tableFile = path.join(dataDir, rel.rows[0]?.p ?? 'missing');
      spy.paths.length = 0;
      await db.checkpoint();
      const control = spy.paths.lastIndexOf(path.join(dataDir, 'global', 'pg_control'));
      expect(control).toBeGreaterThan(0);
      expect(spy.paths.indexOf(tableFile)).toBeGreaterThanOrEqual(0);
      expect(spy.paths.indexOf(tableFile)).toBeLessThan(control);
      const xact = spy.paths.findIndex((p) => p.startsWith(path.join(dataDir, 'pg_xact') + path.sep));
      expect(xact).toBeGreaterThanOrEqual(0);
      expect(xact).toBeLessThan(control);
    } finally {
      await db.close();
    }
  });

  /**
   * Power-cut model: a shadow copy of the data dir holds only what has been fsynced. It starts as a copy
   * taken right after open (when everything has been fsynced); a file fsync copies that file into it, a
   * directory fsync makes its entries match the real directory (new entries appear empty). Opening the
   * shadow is then what a machine would find after losing power with all unsynced writes lost.
   */
  function shadowModel(dataDir: string, shadow: string): { active: boolean; fsyncFile: FsyncFile } {
    const model = {
      active: false,
      fsyncFile: (fd: number, hostPath: string): void => {
        fsyncSync(fd);
        if (!model.active) return;
        const rel = path.relative(dataDir, hostPath);
        if (rel.startsWith('..')) return;
        const target = path.join(shadow, rel);
        if (!lstatSync(hostPath).isDirectory()) {
          mkdirSync(path.dirname(target), { recursive: true });
          copyFileSync(hostPath, target);
          return;
        }
        mkdirSync(target, { recursive: true });
        const real = new Set(readdirSync(hostPath));
        for (const name of readdirSync(target))
          if (!real.has(name)) rmSync(path.join(target, name), { recursive: true });
        for (const name of real) {
          const p = path.join(target, name);
          if (existsSync(p)) continue;
          if (lstatSync(path.join(hostPath, name)).isDirectory()) mkdirSync(p);
          else writeFileSync(p, '');
        }
      },
    };
    return model;
  }

  async function runWorkload(pg: PGlite, checkpoint: () => Promise<void>): Promise<void> {
    for (let i = 0; i < 10; i++) await pg.query('INSERT INTO t (v) VALUES ($1)', [`before ${i}`]);
    await checkpoint();
    await pg.query("UPDATE t SET v = v || ' updated' WHERE v LIKE 'before%'");
    for (let i = 0; i < 10; i++) await pg.query('INSERT INTO t (v) VALUES ($1)', [`after ${i}`]);
    await pg.query('CREATE TABLE u AS SELECT g AS n FROM generate_series(1, 1000) g');
  }

  async function openShadow(shadow: string): Promise<{ t: number; updated: number; u: number }> {
    const pg = new PGlite({ dataDir: shadow });
    try {
      await pg.waitReady;
      const u = await pg.query<{ n: number }>(
        "SELECT CASE WHEN to_regclass('u') IS NULL THEN -1 ELSE 0 END AS n",
      );
      return {
        t: await count(pg, 'SELECT count(*)::int AS n FROM t'),
        updated: await count(pg, "SELECT count(*)::int AS n FROM t WHERE v LIKE '% updated'"),
        u: u.rows[0]?.n === 0 ? await count(pg, 'SELECT count(*)::int AS n FROM u') : -1,
      };
    } finally {
      await pg.close();
    }
  }

  test('power-cut model: every committed change survives when only fsynced bytes survive', SLOW, async () => {
    const dataDir = existingCluster('powercut');
    const shadow = tmpPath('powercut-shadow');
    const model = shadowModel(dataDir, shadow);
    const db: DurablePglite = await openDurablePglite({
      dataDir,
      fsyncFile: model.fsyncFile,
      checkpoint: false,
    });
    try {
      cpSync(dataDir, shadow, { recursive: true });
      model.active = true;
      await runWorkload(db.pg, db.checkpoint);
      await db.flush();
      model.active = false;
      expect(await openShadow(shadow)).toEqual({ t: 20, updated: 10, u: 1000 });
    } finally {
      await db.close();
    }
  });

  test(
    'power-cut model detects loss: PGlite as shipped (fsync off) loses the same commits',
    SLOW,
    async () => {
      const dataDir = existingCluster('powercut-default');
      const shadow = tmpPath('powercut-default-shadow');
      const pg = new PGlite({ dataDir }); // no fsync reaches the disk, so the shadow never changes
      try {
        await pg.waitReady;
        cpSync(dataDir, shadow, { recursive: true });
        await runWorkload(pg, async () => {
          await pg.exec('CHECKPOINT');
        });
      } finally {
        await pg.close();
      }
      expect(await openShadow(shadow)).toEqual({ t: 0, updated: 0, u: -1 });
    },
  );
});

describe('openDurablePglite: failures and flush', () => {
  test('a failed WAL fsync rejects the commit, and flush and close throw it', SLOW, async () => {
    const dataDir = existingCluster('eio');
    let failWal = false;
    const db = await openDurablePglite({
      dataDir,
      fsyncFile: (fd, hostPath) => {
        if (failWal && hostPath.includes(`${path.sep}pg_wal${path.sep}`)) {
          throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
        }
        fsyncSync(fd);
      },
    });
    failWal = true;
    await expect(db.pg.query("INSERT INTO t (v) VALUES ('lost?')")).rejects.toThrow(/could not fsync/);
    const flushed = db.flush();
    await expect(flushed).rejects.toThrow(PgliteDurabilityError);
    await expect(flushed).rejects.toMatchObject({ cause: { code: 'EIO' } });
    await expect(db.flush()).rejects.toThrow(/pg_wal/); // sticky
    await expect(db.close()).rejects.toThrow(PgliteDurabilityError);
  });

  test('open fails when the data dir cannot be fsynced', SLOW, async () => {
    const dataDir = existingCluster('eio-open');
    await expect(
      openDurablePglite({
        dataDir,
        fsyncFile: () => {
          throw new Error('EIO');
        },
      }),
    ).rejects.toThrow('EIO');
  });

  test('concurrent flush calls share one checkpoint', SLOW, async () => {
    const dataDir = existingCluster('coalesce');
    const spy = fsyncRecorder();
    const db = await openDurablePglite({
      dataDir,
      fsyncFile: spy.fsyncFile,
      checkpoint: { walCheckIntervalMs: 0, maxIntervalMs: 0 },
    });
    const control = path.join(dataDir, 'global', 'pg_control');
    try {
      await db.pg.query("INSERT INTO t (v) VALUES ('a')");
      spy.paths.length = 0;
      const redoBefore = await redoLsn(db.pg);
      await Promise.all(Array.from({ length: 10 }, () => db.flush()));
      expect(spy.paths.filter((p) => p === control)).toHaveLength(1);
      expect(await redoLsn(db.pg)).not.toBe(redoBefore);

      spy.paths.length = 0;
      await Promise.all([db.flush(), db.flush()]); // no WAL since the checkpoint: nothing to do
      expect(spy.paths.filter((p) => p === control)).toHaveLength(0);

      await db.pg.query("INSERT INTO t (v) VALUES ('b')");
      await Promise.all([db.flush(), db.checkpoint(), db.flush()]);
      expect(spy.paths.filter((p) => p === control)).toHaveLength(1);
    } finally {
      await db.close();
    }
    await expect(db.flush()).rejects.toThrow(/closed/);
  });

  test(
    'flush checkpoints once the WAL since the last checkpoint passes maxWalBytes, not before',
    SLOW,
    async () => {
      const dataDir = existingCluster('walsize');
      const db = await openDurablePglite({
        dataDir,
        checkpoint: { maxWalBytes: 4 * 1024 * 1024, maxIntervalMs: 3_600_000, walCheckIntervalMs: 0 },
      });
      try {
        const redo0 = await redoLsn(db.pg);
        await db.pg.query("INSERT INTO t (v) VALUES ('small')");
        await db.flush();
        expect(await redoLsn(db.pg)).toBe(redo0);
        await db.pg.query("INSERT INTO t (v) SELECT repeat('x', 1000) FROM generate_series(1, 8000)");
        await db.flush();
        expect(await redoLsn(db.pg)).not.toBe(redo0);
      } finally {
        await db.close();
      }
    },
  );
});
