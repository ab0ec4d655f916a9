import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createOffice,
  createTestApp,
  expectProblem,
  login,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';

const HOUR = 3_600_000;

/** `obg_<office id hex>_<secret>`; the secret itself may contain `_`. */
const secretOf = (token: string) => /^obg_[0-9a-f]{32}_(.+)$/.exec(token)?.[1] ?? '';

describe('CSRF protection of cookie sessions', () => {
  let t: TestApp;
  let admin: Session;
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await createOffice(t, { code: 'alfa' });
    admin = await login(t, { tenant: 'alfa' });
    const unit = await admin.request({
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { symbol: 'OR', name: 'Wydział Organizacyjny' },
    });
    unitId = unit.json().id;
  });
  afterAll(async () => t.close());

  const withCookieOnly = (csrf?: string) => ({
    cookie: admin.cookie,
    ...(csrf ? { 'x-csrf-token': csrf } : {}),
  });

  test('a state-changing request without the X-CSRF-Token header is refused and changes nothing', async () => {
    const attempts = [
      { method: 'POST', url: '/api/v1/org-units', payload: { symbol: 'FN', name: 'Wydział Finansowy' } },
      { method: 'PATCH', url: `/api/v1/org-units/${unitId}`, payload: { name: 'Przejęty wydział' } },
      { method: 'PATCH', url: '/api/v1/tenant', payload: { name: 'Przejęty urząd' } },
      { method: 'DELETE', url: `/api/v1/auth/sessions/${unitId}` },
      { method: 'POST', url: '/api/v1/auth/logout' },
    ] as const;
    const auditBefore = (await admin.request({ method: 'GET', url: '/api/v1/audit' })).json().items.length;
    for (const csrf of [undefined, 'wrong-token', `${admin.csrfToken}x`, '']) {
      for (const attempt of attempts) {
        const response = await t.app.inject({ ...attempt, headers: withCookieOnly(csrf) });
        expectProblem(response, { status: 403, code: 'auth.csrf_token_invalid' });
      }
    }
    const units = (await admin.request({ method: 'GET', url: '/api/v1/org-units' })).json().items;
    expect(units.map((u: { symbol: string; name: string }) => `${u.symbol} ${u.name}`).sort()).toEqual([
      'ADM Administracja systemu EZD',
      'OR Wydział Organizacyjny',
    ]);
    expect((await admin.request({ method: 'GET', url: '/api/v1/tenant' })).json().name).toBe('Urząd alfa');
    expect((await admin.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    expect((await admin.request({ method: 'GET', url: '/api/v1/audit' })).json().items.length).toBe(
      auditBefore,
    );
  });

  test('reading needs no CSRF token', async () => {
    for (const url of [
      '/api/v1/auth/me',
      '/api/v1/org-units',
      `/api/v1/org-units/${unitId}`,
      '/api/v1/audit',
    ]) {
      const response = await t.app.inject({ method: 'GET', url, headers: withCookieOnly() });
      expect(response.statusCode, url).toBe(200);
    }
  });

  test('the right CSRF token lets the change through', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/org-units/${unitId}`,
      headers: withCookieOnly(admin.csrfToken),
      payload: { name: 'Wydział Organizacyjno-Prawny' },
    });
    expect(response.statusCode, response.body).toBe(200);
  });
});

describe('API tokens of service accounts', () => {
  let t: TestApp;
  let admin: Session;
  let officeB: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    await createOffice(t, { code: 'alfa' });
    officeB = await createOffice(t, { code: 'beta' });
    admin = await login(t, { tenant: 'alfa' });
  });
  afterAll(async () => t.close());

  const issue = (payload: Record<string, unknown>) =>
    admin.request({ method: 'POST', url: '/api/v1/api-tokens', payload });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  test('the secret is shown once at issue and never in the list', async () => {
    const issued = await issue({
      name: 'Integracja BIP',
      serviceAccountLogin: 'bip',
      permissions: ['organization:read'],
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const { token, id } = issued.json();
    expect(token).toMatch(/^obg_[0-9a-f]{32}_[A-Za-z0-9_-]{20,}$/);
    expect(issued.json()).toMatchObject({ serviceAccountLogin: 'bip', permissions: ['organization:read'] });

    const list = await admin.request({ method: 'GET', url: '/api/v1/api-tokens' });
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(id);
    expect(list.body).not.toContain(secretOf(token));
    expect(list.json().items.every((item: object) => !('token' in item))).toBe(true);
  });

  test('a token works as a Bearer credential without CSRF, only for its own permissions', async () => {
    const { token } = (
      await issue({
        name: 'Synchronizacja struktury',
        serviceAccountLogin: 'kadry',
        permissions: ['organization:read', 'organization:manage'],
      })
    ).json();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org-units',
      headers: bearer(token),
      payload: { symbol: 'KD', name: 'Kadry' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/org-units', headers: bearer(token) })).statusCode,
    ).toBe(200);
    for (const url of ['/api/v1/users', '/api/v1/audit', '/api/v1/api-tokens', '/api/v1/tenant']) {
      const response = await t.app.inject({ method: 'GET', url, headers: bearer(token) });
      expectProblem(response, { status: 403, code: 'auth.forbidden' });
    }

    const history = await admin.request({
      method: 'GET',
      url: `/api/v1/audit?subjectType=org_unit&subjectId=${created.json().id}`,
    });
    expect(history.json().items[0]).toMatchObject({
      action: 'organization.org_unit_created',
      actor: { displayName: 'API: kadry' },
    });
  });

  test('a token asking who it is gets its service account, office and permissions', async () => {
    const { token } = (
      await issue({ name: 'Kto ja', serviceAccountLogin: 'ktoja', permissions: ['jrwa:read'] })
    ).json();
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(token) });
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toMatchObject({
      login: 'ktoja',
      tenant: { code: 'alfa' },
      permissions: ['jrwa:read'],
      positions: [],
    });
  });

  test('a token cannot be issued already expired', async () => {
    const response = await issue({
      name: 'Przeterminowany',
      serviceAccountLogin: 'stary',
      permissions: ['jrwa:read'],
      expiresAt: new Date(t.clock.now().getTime() - 1000).toISOString(),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'api_tokens.expiry_invalid' });
  });

  test('a revoked token and an expired token are refused with 401', async () => {
    const revokedToken = (
      await issue({
        name: 'Do odwołania',
        serviceAccountLogin: 'stary-system',
        permissions: ['organization:read'],
      })
    ).json();
    const expiring = (
      await issue({
        name: 'Na godzinę',
        serviceAccountLogin: 'tymczasowy',
        permissions: ['organization:read'],
        expiresAt: new Date(t.clock.now().getTime() + HOUR).toISOString(),
      })
    ).json();
    const read = (token: string) =>
      t.app.inject({ method: 'GET', url: '/api/v1/org-units', headers: bearer(token) });
    expect((await read(revokedToken.token)).statusCode).toBe(200);
    expect((await read(expiring.token)).statusCode).toBe(200);

    const revoke = await admin.request({ method: 'DELETE', url: `/api/v1/api-tokens/${revokedToken.id}` });
    expect(revoke.statusCode).toBe(204);
    expectProblem(await read(revokedToken.token), { status: 401, code: 'auth.token_invalid' });
    const listed = (await admin.request({ method: 'GET', url: '/api/v1/api-tokens' })).json().items;
    expect(listed.find((item: { id: string }) => item.id === revokedToken.id).revokedAt).not.toBeNull();

    t.clock.advance(HOUR);
    expectProblem(await read(expiring.token), { status: 401, code: 'auth.token_invalid' });
    expectProblem(await read('obg_not-a-token'), { status: 401, code: 'auth.token_invalid' });
    admin = await login(t, { tenant: 'alfa' }); // the hour also ended the idle session
  });

  test('a token cannot be given a permission its creator does not hold', async () => {
    const response = await issue({
      name: 'Za szeroki',
      serviceAccountLogin: 'chciwy',
      permissions: ['organization:read', 'cases:handle'],
    });
    const body = expectProblem(response, { status: 422, code: 'api_tokens.permission_not_held' });
    expect(body.detail).toContain('cases:handle');
    const listed = (await admin.request({ method: 'GET', url: '/api/v1/api-tokens' })).json().items;
    expect(listed.map((item: { name: string }) => item.name)).not.toContain('Za szeroki');
  });

  test('a token is refused when its office part is altered to another office', async () => {
    const { token } = (
      await issue({
        name: 'Podmiana urzędu',
        serviceAccountLogin: 'podmiana',
        permissions: ['organization:read'],
      })
    ).json();
    const forged = `obg_${officeB.id.replace(/-/g, '')}_${secretOf(token)}`;
    expect(forged).not.toBe(token);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/org-units', headers: bearer(forged) }), {
      status: 401,
      code: 'auth.token_invalid',
    });
  });
});
