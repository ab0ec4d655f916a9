import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { testDatabaseKind } from '../src/db/database.test-utils.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PASSWORD = 'crash-test-password-1';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function startServer(dataDir: string, port: number): ChildProcess {
  return spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      OBIEG_DATA_DIR: dataDir,
      PORT: String(port),
      OBIEG_DEMO_PASSWORD: PASSWORD,
      LOG_LEVEL: 'silent',
      INIT_CWD: serverDir,
    },
    stdio: 'ignore',
  });
}

async function waitReady(base: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready');
}

async function login(base: string) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: 'demo', login: 'admin', password: PASSWORD }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' } };
}

describe.skipIf(testDatabaseKind() !== 'pglite')(
  'a server killed in the middle of requests (embedded database)',
  () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'obieg-crash-'));
    let child: ChildProcess | undefined;
    afterAll(() => {
      child?.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    });

    test('restarts with every confirmed change kept, no half-written change and an intact audit chain', async () => {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      child = startServer(dataDir, port);
      await waitReady(base);
      const { headers } = await login(base);

      const confirmed: string[] = [];
      const statuses: number[] = [];
      const requests = Array.from({ length: 40 }, (_, i) => {
        const symbol = `K${i}`;
        return fetch(`${base}/api/v1/org-units`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ symbol, name: `Komórka ${i}` }),
        })
          .then((r) => {
            if (r.status === 201) confirmed.push(symbol);
            else statuses.push(r.status);
          })
          .catch(() => undefined);
      });
      // Kill hard once a few registrations were confirmed, with the rest in flight.
      const waitUntil = Date.now() + 60_000;
      while (confirmed.length < 5) {
        if (Date.now() > waitUntil || statuses.length > 0)
          throw new Error(`registrations not confirmed: ${statuses.join(',')}`);
        await new Promise((r) => setTimeout(r, 5));
      }
      const exited = new Promise((r) => child?.once('exit', r));
      child.kill('SIGKILL');
      await Promise.all([exited, ...requests]);

      child = startServer(dataDir, port);
      await waitReady(base);
      const session = await login(base);
      const units = (await (
        await fetch(`${base}/api/v1/org-units`, { headers: session.headers })
      ).json()) as { items: { symbol: string }[] };
      const stored = units.items.map((u) => u.symbol).filter((s) => s.startsWith('K'));
      for (const symbol of confirmed) expect(stored).toContain(symbol);

      const events = (await (
        await fetch(`${base}/api/v1/audit?action=organization.org_unit_created&limit=500`, {
          headers: session.headers,
        })
      ).json()) as {
        items: { details: { symbol: string } }[];
      };
      const audited = events.items.map((e) => e.details.symbol).filter((s) => s.startsWith('K'));
      expect(new Set(audited)).toEqual(new Set(stored));

      const { 'content-type': _json, ...noBody } = session.headers;
      const verify = await fetch(`${base}/api/v1/audit/verify`, { method: 'POST', headers: noBody });
      const verdict = await verify.json();
      expect(verdict, JSON.stringify(verdict)).toMatchObject({ ok: true });
    }, 240_000);
  },
);
