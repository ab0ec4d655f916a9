import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Problem } from '@obieg/contracts/common';
import { loadConfig, type Config } from '../config/config.js';
import { createTestDatabase } from '../db/database.test-utils.js';
import type { DatabaseHandle } from '../db/database.types.js';
import { createFixedClock } from '../shared/clock/clock.test-utils.js';
import type { CoreDeps } from '../shared/deps.js';
import { uuidv7Ids } from '../shared/ids/ids.js';
import { createTenant } from '../modules/tenants/tenants.usecases.js';
import { setUserPassword, findUserByLogin } from '../modules/organization/access.usecases.js';
import { withTenant } from '../db/tenant-scope.js';
import { hashPassword } from '../shared/crypto/passwords.js';
import { buildServer } from './server.js';
import { makeOfficeInput } from '../modules/tenants/tenants.test-utils.js';

export const TEST_PASSWORD = 'correct horse battery staple';
export const OPERATOR_TOKEN = 'test-operator-token-0123456789abcdef0123456789';

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  deps: CoreDeps;
  clock: ReturnType<typeof createFixedClock>;
  config: Config;
  /** A fresh temporary `OBIEG_DATA_DIR` (file content lives in `<dataDir>/files`), removed on close. */
  dataDir?: string;
  close: () => Promise<void>;
};

/** A server on its own fresh database, with a controllable clock; no network, no logs. */
export async function createTestApp({
  env = {},
  now = '2026-03-10T09:00:00+01:00',
}: { env?: Record<string, string>; now?: string } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'obieg-test-'));
  const config = loadConfig({
    OBIEG_DATA_DIR: dataDir,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    OBIEG_OPERATOR_TOKEN: OPERATOR_TOKEN,
    OBIEG_WEB_DIST: '/nonexistent',
    // Background jobs run when a test asks (`t.app.jobs.runDue()`), not on a timer.
    OBIEG_JOBS: 'false',
    ...env,
  });
  const database = await createTestDatabase();
  const clock = createFixedClock(now);
  const app = await buildServer({ config, database, clock, ids: uuidv7Ids, logger: false });
  await app.ready();
  return {
    app,
    database,
    deps: { db: database.db, clock, ids: uuidv7Ids },
    clock,
    config,
    dataDir,
    close: async () => {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An office with an administrator whose password is already set (no forced change). */
export async function createOffice(
  t: TestApp,
  { code, name = `Urząd ${code}` }: { code: string; name?: string },
) {
  const tenant = await createTenant({
    deps: t.deps,
    meta: { requestId: null, clientAddress: null },
    input: makeOfficeInput({ code, name, adminPassword: TEST_PASSWORD, adminDisplayName: `Admin ${code}` }),
  });
  await markPasswordSet(t, { tenantId: tenant.id, login: 'admin' });
  return tenant;
}

export async function markPasswordSet(
  t: TestApp,
  { tenantId, login, password = TEST_PASSWORD }: { tenantId: string; login: string; password?: string },
) {
  const passwordHash = await hashPassword(password);
  await withTenant({ db: t.database.db, tenantId }, async (tx) => {
    const user = await findUserByLogin({ tx, tenantId, login });
    if (!user) throw new Error(`no user ${login}`);
    await setUserPassword({ tx, tenantId, id: user.id, passwordHash, at: t.clock.now() });
  });
}

export type Session = {
  cookie: string;
  csrfToken: string;
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
};

/** Logs in through the API and returns a request function that sends the cookie and the CSRF header. */
export async function login(
  t: TestApp,
  {
    tenant,
    login: userLogin = 'admin',
    password = TEST_PASSWORD,
  }: { tenant: string; login?: string; password?: string },
): Promise<Session> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { tenant, login: userLogin, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'obieg_session');
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  const header = `obieg_session=${cookie.value}`;
  return {
    cookie: header,
    csrfToken,
    request: (options) =>
      t.app.inject({
        ...options,
        headers: { cookie: header, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) },
      }),
  };
}

/** Asserts that a response is RFC 9457 problem+json with this status and code; returns the body. */
export function expectProblem(
  response: LightMyRequestResponse,
  { status, code }: { status: number; code: string },
) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json() as Problem & Record<string, unknown>;
  expect(body).toMatchObject({ status, code, type: `urn:obieg:problem:${code}` });
  expect(body.traceId).toBe(response.headers['x-request-id']);
  return body;
}

/**
 * A staff member created through the API: a person with a position holding a system role in a
 * unit (ADM unless given), whose initial password is already changed to TEST_PASSWORD.
 */
export async function createStaff(
  t: TestApp,
  admin: Session,
  {
    tenantId,
    login: staffLogin,
    displayName = staffLogin,
    role,
    orgUnitId,
  }: { tenantId: string; login: string; displayName?: string; role: string; orgUnitId?: string },
) {
  const roles = (await admin.request({ method: 'GET', url: '/api/v1/roles' })).json() as {
    items: { id: string; code: string }[];
  };
  const roleId = roles.items.find((r) => r.code === role)?.id;
  const units = (await admin.request({ method: 'GET', url: '/api/v1/org-units' })).json() as {
    items: { id: string; symbol: string }[];
  };
  const unitId = orgUnitId ?? units.items.find((u) => u.symbol === 'ADM')?.id;
  const user = await admin.request({
    method: 'POST',
    url: '/api/v1/users',
    payload: { login: staffLogin, displayName, password: TEST_PASSWORD },
  });
  if (user.statusCode !== 201 || !roleId || !unitId) throw new Error(`createStaff: ${user.body}`);
  const userId = (user.json() as { id: string }).id;
  const position = await admin.request({
    method: 'POST',
    url: '/api/v1/positions',
    payload: { userId, orgUnitId: unitId, title: `Stanowisko ${staffLogin}`, roleIds: [roleId] },
  });
  if (position.statusCode !== 201) throw new Error(`createStaff: ${position.body}`);
  await markPasswordSet(t, { tenantId, login: staffLogin });
  return { userId, positionId: (position.json() as { id: string }).id };
}
