import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createOffice,
  createStaff,
  createTestApp,
  expectProblem,
  login,
  TEST_PASSWORD,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';

type Role = { id: string; code: string; name: string; grants: { permission: string; scope: string }[] };

describe('organisation of an office', () => {
  let t: TestApp;
  let tenantId: string;
  let admin: Session;
  let roles: Role[];

  const post = (url: string, payload: object) => admin.request({ method: 'POST', url, payload });
  const patch = (url: string, payload: object) => admin.request({ method: 'PATCH', url, payload });
  const created = (response: LightMyRequestResponse) => {
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const role = (code: string) => roles.find((r) => r.code === code)!;

  beforeAll(async () => {
    t = await createTestApp();
    tenantId = (await createOffice(t, { code: 'alfa' })).id;
    await createOffice(t, { code: 'beta' });
    admin = await login(t, { tenant: 'alfa' });
    roles = (await admin.request({ method: 'GET', url: '/api/v1/roles' })).json().items;
  });
  afterAll(async () => t.close());

  describe('organisational units', () => {
    test('a unit symbol is used by one unit only within a calendar year, whatever its letter case', async () => {
      const gk = created(await post('/api/v1/org-units', { symbol: 'GK', name: 'Gospodarka Komunalna' }));
      expect(gk).toMatchObject({ symbol: 'GK', validFrom: '2026-03-10', validTo: null, active: true });
      for (const symbol of ['GK', 'gk']) {
        const clash = await post('/api/v1/org-units', { symbol, name: 'Gospodarka Kosmiczna' });
        const body = expectProblem(clash, { status: 409, code: 'organization.org_unit_symbol_taken' });
        expect(body.errors).toEqual([expect.objectContaining({ path: '/symbol' })]);
      }
    });

    test('the symbol of a unit that ends can be reused by a new unit only from the next year', async () => {
      const old = created(await post('/api/v1/org-units', { symbol: 'RO', name: 'Rolnictwo' }));
      expect((await patch(`/api/v1/org-units/${old.id}`, { validTo: '2026-06-30' })).json().validTo).toBe(
        '2026-06-30',
      );

      const sameYear = await post('/api/v1/org-units', {
        symbol: 'RO',
        name: 'Rozwój',
        validFrom: '2026-07-01',
      });
      expectProblem(sameYear, { status: 409, code: 'organization.org_unit_symbol_taken' });
      const nextYear = created(
        await post('/api/v1/org-units', { symbol: 'RO', name: 'Rozwój', validFrom: '2027-01-01' }),
      );
      expect(nextYear).toMatchObject({ symbol: 'RO', active: false });

      const reopen = await patch(`/api/v1/org-units/${old.id}`, { validTo: null });
      expectProblem(reopen, { status: 409, code: 'organization.org_unit_symbol_taken' });
      const list = (
        await admin.request({ method: 'GET', url: '/api/v1/org-units?includeInactive=true' })
      ).json();
      expect(list.items.filter((u: { symbol: string }) => u.symbol === 'RO')).toHaveLength(2);
      const onNewYear = (
        await admin.request({ method: 'GET', url: '/api/v1/org-units?at=2027-01-01' })
      ).json();
      expect(onNewYear.items.find((u: { symbol: string }) => u.symbol === 'RO')?.id).toBe(nextYear.id);
    });

    test('a parent must exist and be valid for the whole period of its sub-unit', async () => {
      const later = created(
        await post('/api/v1/org-units', { symbol: 'PL', name: 'Planowanie', validFrom: '2026-05-01' }),
      );
      const ending = created(
        await post('/api/v1/org-units', { symbol: 'TM', name: 'Tymczasowy', validTo: '2026-12-31' }),
      );
      for (const parentId of [randomUUID(), later.id, ending.id]) {
        const response = await post('/api/v1/org-units', { symbol: 'SUB', name: 'Podkomórka', parentId });
        const body = expectProblem(response, { status: 422, code: 'organization.org_unit_parent_invalid' });
        expect(body.errors).toEqual([expect.objectContaining({ path: '/parentId' })]);
      }
      const inside = await post('/api/v1/org-units', {
        symbol: 'SUB',
        name: 'Podkomórka',
        parentId: ending.id,
        validTo: '2026-10-31',
      });
      expect(created(inside).parentId).toBe(ending.id);

      const backwards = await post('/api/v1/org-units', {
        symbol: 'BW',
        name: 'Wstecz',
        validFrom: '2026-05-01',
        validTo: '2026-04-30',
      });
      expectProblem(backwards, { status: 422, code: 'organization.validity_range_invalid' });
    });

    test('a unit cannot be placed under itself or under its own sub-unit', async () => {
      const top = created(await post('/api/v1/org-units', { symbol: 'A1', name: 'Wydział A' }));
      const middle = created(
        await post('/api/v1/org-units', { symbol: 'A2', name: 'Referat A', parentId: top.id }),
      );
      const bottom = created(
        await post('/api/v1/org-units', { symbol: 'A3', name: 'Zespół A', parentId: middle.id }),
      );
      for (const parentId of [top.id, bottom.id, middle.id]) {
        const response = await patch(`/api/v1/org-units/${top.id}`, { parentId });
        expectProblem(response, { status: 422, code: 'organization.org_unit_parent_invalid' });
      }
      expect(
        (await admin.request({ method: 'GET', url: `/api/v1/org-units/${top.id}` })).json().parentId,
      ).toBeNull();
      expectProblem(await patch(`/api/v1/org-units/${randomUUID()}`, { name: 'Nikt' }), {
        status: 404,
        code: 'organization.org_unit_not_found',
      });
    });
  });

  test('the head of a unit must hold a position in that unit', async () => {
    const unit = created(await post('/api/v1/org-units', { symbol: 'KAD', name: 'Kadry' }));
    const other = created(await post('/api/v1/org-units', { symbol: 'KSG', name: 'Księgowość' }));
    const user = created(
      await post('/api/v1/users', {
        login: 'naczelnik.kad',
        displayName: 'Naczelnik',
        password: 'haslo-poczatkowe-1',
      }),
    );
    const elsewhere = created(
      await post('/api/v1/positions', {
        userId: user.id,
        orgUnitId: other.id,
        title: 'Główny księgowy',
        roleIds: [role('kierownik').id],
      }),
    );
    const refused = await patch(`/api/v1/org-units/${unit.id}`, { headPositionId: elsewhere.id });
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ code: 'organization.position_not_found' });
    const head = created(
      await post('/api/v1/positions', {
        userId: user.id,
        orgUnitId: unit.id,
        title: 'Naczelnik',
        roleIds: [role('kierownik').id],
      }),
    );
    const accepted = await patch(`/api/v1/org-units/${unit.id}`, { headPositionId: head.id });
    expect(accepted.json()).toMatchObject({ headPositionId: head.id });
  });

  test('organs are created, read, listed and changed; names are unique in the office', async () => {
    const organ = created(await post('/api/v1/organs', { name: 'Wójt Gminy Alfa', kind: 'executive' }));
    expect(organ).toMatchObject({ name: 'Wójt Gminy Alfa', kind: 'executive', active: true });
    created(await post('/api/v1/organs', { name: 'Rada Gminy Alfa', kind: 'council' }));

    expect((await admin.request({ method: 'GET', url: `/api/v1/organs/${organ.id}` })).json().name).toBe(
      'Wójt Gminy Alfa',
    );
    const changed = await patch(`/api/v1/organs/${organ.id}`, { name: 'Burmistrz Alfy', active: false });
    expect(changed.json()).toMatchObject({ name: 'Burmistrz Alfy', kind: 'executive', active: false });
    const names = (await admin.request({ method: 'GET', url: '/api/v1/organs' }))
      .json()
      .items.map((o: { name: string }) => o.name);
    expect(names).toEqual(['Burmistrz Alfy', 'Rada Gminy Alfa']);
    const unchanged = await patch(`/api/v1/organs/${organ.id}`, {});
    expect([unchanged.statusCode, unchanged.json().name]).toEqual([200, 'Burmistrz Alfy']);

    expectProblem(await post('/api/v1/organs', { name: 'Rada Gminy Alfa', kind: 'other' }), {
      status: 409,
      code: 'organization.organ_name_taken',
    });
    expectProblem(await patch(`/api/v1/organs/${organ.id}`, { name: 'Rada Gminy Alfa' }), {
      status: 409,
      code: 'organization.organ_name_taken',
    });
    expectProblem(await admin.request({ method: 'GET', url: `/api/v1/organs/${randomUUID()}` }), {
      status: 404,
      code: 'organization.organ_not_found',
    });
  });

  test('a login is unique within the office but may repeat in another office', async () => {
    const user = created(
      await post('/api/v1/users', {
        login: 'jan.kowalski',
        displayName: 'Jan Kowalski',
        password: 'haslo-poczatkowe-123',
      }),
    );
    expect(user).toMatchObject({
      login: 'jan.kowalski',
      kind: 'person',
      active: true,
      mustChangePassword: true,
    });
    const again = await post('/api/v1/users', {
      login: 'Jan.Kowalski',
      displayName: 'Jan Kowalski II',
      password: 'haslo-poczatkowe-123',
    });
    expectProblem(again, { status: 409, code: 'organization.login_taken' });

    const adminB = await login(t, { tenant: 'beta' });
    const inB = await adminB.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { login: 'jan.kowalski', displayName: 'Jan z Bety', password: 'haslo-poczatkowe-123' },
    });
    expect(inB.statusCode, inB.body).toBe(201);
  });

  test('a deactivated user can no longer log in', async () => {
    const { userId } = await createStaff(t, admin, { tenantId, login: 'odchodzi', role: 'referent' });
    const session = await login(t, { tenant: 'alfa', login: 'odchodzi' });
    expect((await patch(`/api/v1/users/${userId}`, { active: false })).json().active).toBe(false);
    expectProblem(await session.request({ method: 'GET', url: '/api/v1/auth/me' }), {
      status: 401,
      code: 'auth.unauthenticated',
    });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: 'alfa', login: 'odchodzi', password: TEST_PASSWORD },
    });
    expectProblem(again, { status: 401, code: 'auth.invalid_credentials' });
  });

  test('a position gives its holder the permissions of all its roles', async () => {
    const { positionId } = await createStaff(t, admin, { tenantId, login: 'ania', role: 'referent' });
    // Changing only the roles of a position (no column of the position itself) is a normal edit.
    const changed = await patch(`/api/v1/positions/${positionId}`, {
      roleIds: [role('referent').id, role('archiwista').id],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().roleIds.sort()).toEqual([role('referent').id, role('archiwista').id].sort());
    const me = (
      await (
        await login(t, { tenant: 'alfa', login: 'ania' })
      ).request({ method: 'GET', url: '/api/v1/auth/me' })
    ).json();
    const expected = new Set(
      [...role('referent').grants, ...role('archiwista').grants].map((g) => g.permission),
    );
    expect(me.activePositionId).toBe(positionId);
    expect(me.permissions).toEqual([...expected].sort());
    expect(me.grants).toContainEqual({ permission: 'cases:read', scope: 'office' });
  });

  test('a system role cannot be renamed, but its grants can be changed and apply at once', async () => {
    const referent = role('referent');
    expectProblem(await patch(`/api/v1/roles/${referent.id}`, { name: 'Urzędnik' }), {
      status: 422,
      code: 'organization.system_role_locked',
    });
    expect((await patch(`/api/v1/roles/${referent.id}`, { name: referent.name })).statusCode).toBe(200);

    await createStaff(t, admin, { tenantId, login: 'bartek', role: 'referent' });
    const bartek = await login(t, { tenant: 'alfa', login: 'bartek' });
    expectProblem(await bartek.request({ method: 'GET', url: '/api/v1/audit' }), {
      status: 403,
      code: 'auth.forbidden',
    });
    const grants = [...referent.grants, { permission: 'audit:read', scope: 'office' }];
    const updated = await patch(`/api/v1/roles/${referent.id}`, { grants });
    expect(updated.json()).toMatchObject({ name: referent.name, system: true });
    expect(updated.json().grants).toContainEqual({ permission: 'audit:read', scope: 'office' });
    expect((await bartek.request({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(200);

    const custom = created(await post('/api/v1/roles', { code: 'kadry', name: 'Kadry', grants: [] }));
    expect((await patch(`/api/v1/roles/${custom.id}`, { name: 'Kadry i płace' })).json().name).toBe(
      'Kadry i płace',
    );
  });

  test('a referent is refused every administration endpoint', async () => {
    await createStaff(t, admin, { tenantId, login: 'referent', role: 'referent' });
    const referent = await login(t, { tenant: 'alfa', login: 'referent' });
    const id = randomUUID();
    const attempts = [
      { method: 'POST', url: '/api/v1/org-units', payload: { symbol: 'XX', name: 'Nielegalny' } },
      { method: 'PATCH', url: `/api/v1/org-units/${id}`, payload: { name: 'Zmiana' } },
      { method: 'POST', url: '/api/v1/organs', payload: { name: 'Organ', kind: 'other' } },
      {
        method: 'POST',
        url: '/api/v1/users',
        payload: { login: 'intruz', displayName: 'Intruz', password: 'haslo-intruza-123' },
      },
      {
        method: 'POST',
        url: `/api/v1/users/${id}/password-reset`,
        payload: { newPassword: 'haslo-intruza-123' },
      },
      {
        method: 'POST',
        url: '/api/v1/positions',
        payload: { userId: id, orgUnitId: id, title: 'Szef', roleIds: [id] },
      },
      { method: 'GET', url: '/api/v1/roles' },
      { method: 'PATCH', url: `/api/v1/roles/${role('referent').id}`, payload: { grants: [] } },
      {
        method: 'POST',
        url: '/api/v1/substitutions',
        payload: { absentUserId: id, substituteUserId: id, validFrom: '2026-03-10', validTo: '2026-03-11' },
      },
      { method: 'GET', url: '/api/v1/auth/sessions' },
      { method: 'GET', url: '/api/v1/api-tokens' },
      { method: 'PATCH', url: '/api/v1/tenant', payload: { name: 'Urząd przejęty' } },
      { method: 'POST', url: '/api/v1/audit/verify' },
      { method: 'PUT', url: `/api/v1/jrwa/extracts/${id}`, payload: { symbols: [] } },
    ] as const;
    for (const attempt of attempts) {
      expectProblem(await referent.request(attempt), { status: 403, code: 'auth.forbidden' });
    }
    expect((await referent.request({ method: 'GET', url: '/api/v1/org-units' })).statusCode).toBe(200);
  });

  test('every change is written to the metryka with its action code', async () => {
    const seen = async () =>
      (await admin.request({ method: 'GET', url: '/api/v1/audit?action=organization.&limit=50' })).json()
        .items;
    const lastSeq = (await seen())[0].seq;
    const unit = created(await post('/api/v1/org-units', { symbol: 'AU', name: 'Audyt' }));
    await patch(`/api/v1/org-units/${unit.id}`, { name: 'Audyt wewnętrzny' });
    const organ = created(await post('/api/v1/organs', { name: 'Skarbnik', kind: 'other' }));
    await patch(`/api/v1/organs/${organ.id}`, { active: false });
    const user = created(
      await post('/api/v1/users', { login: 'ola', displayName: 'Ola', password: 'haslo-poczatkowe-123' }),
    );
    await patch(`/api/v1/users/${user.id}`, { displayName: 'Aleksandra' });
    await post(`/api/v1/users/${user.id}/password-reset`, { newPassword: 'nowe-haslo-poczatkowe' });
    const position = created(
      await post('/api/v1/positions', {
        userId: user.id,
        orgUnitId: unit.id,
        title: 'Audytor',
        roleIds: [role('referent').id],
      }),
    );
    await patch(`/api/v1/positions/${position.id}`, { title: 'Audytor wewnętrzny' });
    const custom = created(await post('/api/v1/roles', { code: 'audytor', name: 'Audytor', grants: [] }));
    await patch(`/api/v1/roles/${custom.id}`, { name: 'Audytorzy' });
    const other = await createStaff(t, admin, { tenantId, login: 'zastepca', role: 'referent' });
    const substitution = created(
      await post('/api/v1/substitutions', {
        absentUserId: user.id,
        substituteUserId: other.userId,
        validFrom: '2026-03-10',
        validTo: '2026-03-31',
      }),
    );
    expect(
      (await admin.request({ method: 'DELETE', url: `/api/v1/substitutions/${substitution.id}` })).statusCode,
    ).toBe(204);

    const events = (await seen()).filter(
      (e: { seq: number; subjectId: string }) =>
        e.seq > lastSeq && e.subjectId !== other.userId && e.subjectId !== other.positionId,
    );
    expect(
      events.reverse().map((e: { action: string; subjectId: string }) => [e.action, e.subjectId]),
    ).toEqual([
      ['organization.org_unit_created', unit.id],
      ['organization.org_unit_updated', unit.id],
      ['organization.organ_created', organ.id],
      ['organization.organ_updated', organ.id],
      ['organization.user_created', user.id],
      ['organization.user_updated', user.id],
      ['organization.user_password_reset', user.id],
      ['organization.position_created', position.id],
      ['organization.position_updated', position.id],
      ['organization.role_created', custom.id],
      ['organization.role_updated', custom.id],
      ['organization.substitution_created', substitution.id],
      ['organization.substitution_revoked', substitution.id],
    ]);
    expect(JSON.stringify(events)).not.toContain('nowe-haslo-poczatkowe');
  });
});
