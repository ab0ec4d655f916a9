import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createOffice,
  createTestApp,
  login,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';
import { withTenant } from '../../db/tenant-scope.js';

describe('isolation between offices', () => {
  let t: TestApp;
  let officeA: { id: string };
  let officeB: { id: string };
  let adminA: Session;
  let adminB: Session;
  const idsOfB: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    officeA = await createOffice(t, { code: 'alfa' });
    officeB = await createOffice(t, { code: 'beta' });
    adminA = await login(t, { tenant: 'alfa' });
    adminB = await login(t, { tenant: 'beta' });
    const unit = await adminB.request({
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { symbol: 'GK', name: 'Gospodarka komunalna B' },
    });
    idsOfB.unit = unit.json().id;
    const organ = await adminB.request({
      method: 'POST',
      url: '/api/v1/organs',
      payload: { name: 'Wójt Gminy Beta', kind: 'executive' },
    });
    idsOfB.organ = organ.json().id;
    const user = await adminB.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { login: 'jan.b', displayName: 'Jan Beta', password: 'haslo-poczatkowe-123' },
    });
    idsOfB.user = user.json().id;
    const roles = (await adminB.request({ method: 'GET', url: '/api/v1/roles' })).json().items as {
      id: string;
      code: string;
    }[];
    idsOfB.role = roles.find((r) => r.code === 'referent')?.id ?? '';
    const position = await adminB.request({
      method: 'POST',
      url: '/api/v1/positions',
      payload: { userId: idsOfB.user, orgUnitId: idsOfB.unit, title: 'Inspektor', roleIds: [idsOfB.role] },
    });
    idsOfB.position = position.json().id;
    const sessions = (await adminB.request({ method: 'GET', url: '/api/v1/auth/sessions' })).json().items as {
      id: string;
    }[];
    idsOfB.session = sessions[0]?.id ?? '';
  });
  afterAll(async () => t.close());

  test('an office administrator sees only the own office in every list', async () => {
    for (const url of [
      '/api/v1/org-units',
      '/api/v1/organs',
      '/api/v1/users',
      '/api/v1/positions',
      '/api/v1/roles',
      '/api/v1/auth/sessions',
      '/api/v1/audit',
    ]) {
      const body = (await adminA.request({ method: 'GET', url })).json() as { items: { id: string }[] };
      const leaked = body.items.filter((item) => Object.values(idsOfB).includes(item.id));
      expect(leaked, url).toEqual([]);
    }
    const tenant = (await adminA.request({ method: 'GET', url: '/api/v1/tenant' })).json();
    expect(tenant.id).toBe(officeA.id);
  });

  test("another office's records cannot be read or changed by id", async () => {
    const attempts = [
      { method: 'GET', url: `/api/v1/org-units/${idsOfB.unit}` },
      { method: 'PATCH', url: `/api/v1/org-units/${idsOfB.unit}`, payload: { name: 'przejęte' } },
      { method: 'GET', url: `/api/v1/organs/${idsOfB.organ}` },
      { method: 'PATCH', url: `/api/v1/organs/${idsOfB.organ}`, payload: { name: 'przejęty' } },
      { method: 'GET', url: `/api/v1/users/${idsOfB.user}` },
      { method: 'PATCH', url: `/api/v1/users/${idsOfB.user}`, payload: { active: false } },
      {
        method: 'POST',
        url: `/api/v1/users/${idsOfB.user}/password-reset`,
        payload: { newPassword: 'przejete-haslo-123' },
      },
      { method: 'GET', url: `/api/v1/positions/${idsOfB.position}` },
      { method: 'PATCH', url: `/api/v1/positions/${idsOfB.position}`, payload: { title: 'x-x' } },
      { method: 'GET', url: `/api/v1/roles/${idsOfB.role}` },
      { method: 'PATCH', url: `/api/v1/roles/${idsOfB.role}`, payload: { grants: [] } },
      { method: 'DELETE', url: `/api/v1/auth/sessions/${idsOfB.session}` },
      {
        method: 'POST',
        url: '/api/v1/positions',
        payload: { userId: idsOfB.user, orgUnitId: idsOfB.unit, title: 'Wtyczka', roleIds: [idsOfB.role] },
      },
      { method: 'GET', url: `/api/v1/jrwa/extracts/${idsOfB.unit}` },
    ] as const;
    for (const attempt of attempts) {
      const response = await adminA.request(attempt);
      expect([404, 422], `${attempt.method} ${attempt.url}`).toContain(response.statusCode);
    }
    // Nothing of B changed.
    expect(
      (await adminB.request({ method: 'GET', url: `/api/v1/org-units/${idsOfB.unit}` })).json().name,
    ).toBe('Gospodarka komunalna B');
    expect((await adminB.request({ method: 'GET', url: `/api/v1/users/${idsOfB.user}` })).json().active).toBe(
      true,
    );
    expect(
      (await adminB.request({ method: 'GET', url: `/api/v1/roles/${idsOfB.role}` })).json().grants.length,
    ).toBeGreaterThan(0);
    expect((await adminB.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
  });

  test('a session cookie of one office cannot be replayed as another office', async () => {
    const forged = adminB.cookie.replace(/obieg_session=[^.]+/, `obieg_session=${officeA.id}`);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: forged },
    });
    expect(response.statusCode).toBe(401);
  });

  test('row-level security hides other offices even from a query without a tenant filter', async () => {
    const seen = await withTenant({ db: t.database.db, tenantId: officeA.id }, async (tx) => {
      const result = await tx.execute(sql`select tenant_id from org_units`);
      return (result as unknown as { rows: { tenant_id: string }[] }).rows.map((r) => r.tenant_id);
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([officeA.id]));

    const unitsOfB = await withTenant({ db: t.database.db, tenantId: officeA.id }, async (tx) => {
      const result = await tx.execute(
        sql`update org_units set name = 'przejęte' where tenant_id = ${officeB.id} returning id`,
      );
      return (result as unknown as { rows: unknown[] }).rows.length;
    });
    expect(unitsOfB).toBe(0);

    const planted = await withTenant({ db: t.database.db, tenantId: officeA.id }, (tx) =>
      tx.execute(
        sql`insert into organs (id, tenant_id, name, kind, created_at) values (gen_random_uuid(), ${officeB.id}, 'Podrzucony', 'other', now())`,
      ),
    ).catch((error: Error & { cause?: Error }) => error);
    expect(String((planted as Error & { cause?: Error }).cause?.message)).toMatch(/row-level security/i);

    const withoutTenant = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role obieg_app`);
      const result = await tx.execute(sql`select count(*)::int as n from users`);
      return (result as unknown as { rows: { n: number }[] }).rows[0]?.n;
    });
    expect(withoutTenant).toBe(0);
  });
});
