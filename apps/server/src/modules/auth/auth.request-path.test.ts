import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPostgres } from '../../db/database.js';
import type { DatabaseHandle } from '../../db/database.types.js';
import { uuidv7Ids } from '../../shared/ids/ids.js';
import { buildServer } from '../../app/server.js';
import {
  createOffice,
  createStaff,
  createTestApp,
  expectProblem,
  login,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';

type Role = { id: string; code: string; grants: { permission: string; scope: string }[] };

/**
 * Every request reads its session, user, office and access afresh (one statement, ADR 0005): what
 * one app instance changes, a request to another instance on the same database sees at once.
 */
describe('authorisation on every request, across app instances', () => {
  let t: TestApp;
  let tenantId: string;
  let admin: Session;
  let other: { app: FastifyInstance; database: DatabaseHandle; close: () => Promise<void> };
  let roles: Role[];

  /** The same session's request, sent to the other instance. */
  const onOther = (session: Session, options: InjectOptions) =>
    other.app.inject({
      ...options,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...(options.headers ?? {}) },
    });

  beforeAll(async () => {
    t = await createTestApp();
    tenantId = (await createOffice(t, { code: 'alfa' })).id;
    admin = await login(t, { tenant: 'alfa' });
    roles = (await admin.request({ method: 'GET', url: '/api/v1/roles' })).json().items;
    // On PostgreSQL a second pool to the same database, as a second process would have; the
    // embedded database can only be opened once, so the second instance shares its handle.
    const url = (t.database as DatabaseHandle & { url?: string | null }).url;
    const database = url ? openPostgres({ url, poolSize: 2 }) : t.database;
    const app = await buildServer({
      config: t.config,
      database,
      clock: t.clock,
      ids: uuidv7Ids,
      logger: false,
    });
    await app.ready();
    other = {
      app,
      database,
      close: async () => {
        await app.close();
        if (database !== t.database) await database.close();
      },
    };
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  test("a change of a role's grants in one instance applies at once in another", async () => {
    await createStaff(t, admin, { tenantId, login: 'celina', role: 'referent' });
    const celina = await login(t, { tenant: 'alfa', login: 'celina' });
    expectProblem(await onOther(celina, { method: 'GET', url: '/api/v1/audit' }), {
      status: 403,
      code: 'auth.forbidden',
    });
    const referent = roles.find((r) => r.code === 'referent')!;
    const grants = [...referent.grants, { permission: 'audit:read', scope: 'office' }];
    const changed = await admin.request({
      method: 'PATCH',
      url: `/api/v1/roles/${referent.id}`,
      payload: { grants },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await onOther(celina, { method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(200);
    await admin.request({
      method: 'PATCH',
      url: `/api/v1/roles/${referent.id}`,
      payload: { grants: referent.grants },
    });
    expectProblem(await onOther(celina, { method: 'GET', url: '/api/v1/audit' }), {
      status: 403,
      code: 'auth.forbidden',
    });
  });

  test('a session ended in one instance is refused at once by another', async () => {
    await createStaff(t, admin, { tenantId, login: 'darek', role: 'referent' });
    const darek = await login(t, { tenant: 'alfa', login: 'darek' });
    expect((await onOther(darek, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    expect((await darek.request({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expectProblem(await onOther(darek, { method: 'GET', url: '/api/v1/auth/me' }), {
      status: 401,
      code: 'auth.unauthenticated',
    });
  });

  test("a substitute acts in the absent colleague's position only while the substitution lasts", async () => {
    const absent = await createStaff(t, admin, { tenantId, login: 'ewa', role: 'kierownik' });
    const substitute = await createStaff(t, admin, { tenantId, login: 'filip', role: 'referent' });
    const filip = await login(t, { tenant: 'alfa', login: 'filip' });
    const me = async () => (await onOther(filip, { method: 'GET', url: '/api/v1/auth/me' })).json();
    expect((await me()).positions.map((p: { id: string }) => p.id)).toEqual([substitute.positionId]);

    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/substitutions',
      payload: {
        absentUserId: absent.userId,
        substituteUserId: substitute.userId,
        validFrom: '2026-03-10',
        validTo: '2026-03-20',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const during = await me();
    // Own position first (the default active one), then the substituted one, acting for its holder.
    expect(during.positions).toMatchObject([
      { id: substitute.positionId, actingFor: null },
      { id: absent.positionId, actingFor: { userId: absent.userId, displayName: 'ewa' } },
    ]);
    expect(during.activePositionId).toBe(substitute.positionId);

    const switched = await onOther(filip, {
      method: 'POST',
      url: '/api/v1/auth/position',
      payload: { positionId: absent.positionId },
    });
    expect(switched.statusCode, switched.body).toBe(200);
    const acting = await me();
    expect(acting.activePositionId).toBe(absent.positionId);
    const kierownik = roles.find((r) => r.code === 'kierownik')!;
    expect(acting.permissions).toEqual([...new Set(kierownik.grants.map((g) => g.permission))].sort());

    const id = (created.json() as { id: string }).id;
    expect((await admin.request({ method: 'DELETE', url: `/api/v1/substitutions/${id}` })).statusCode).toBe(
      204,
    );
    const after = await me();
    expect(after.positions.map((p: { id: string }) => p.id)).toEqual([substitute.positionId]);
    expect(after.activePositionId).toBe(substitute.positionId);
  });
});
