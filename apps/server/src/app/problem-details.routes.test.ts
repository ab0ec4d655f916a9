import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createOffice,
  createTestApp,
  expectProblem,
  login,
  OPERATOR_TOKEN,
  type Session,
  type TestApp,
} from './server.test-utils.js';

const BODY_LIMIT = 2048;

/** `METHOD /path/{param}` of every route the server registered (from Fastify's route tree). */
function registeredRoutes(app: FastifyInstance): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (.+) \(([^)]+)\)$/.exec(line);
    if (!match) continue;
    stack.length = (match[1] ?? '').length / 4;
    stack.push(match[2] ?? '');
    const path = stack.join('').replace(/:(\w+)/g, '{$1}');
    for (const method of (match[3] ?? '').split(', ')) {
      if (method !== 'HEAD' && method !== '-') routes.push(`${method} ${path}`);
    }
  }
  return routes;
}

describe('errors as problem+json, request ids, health and API documentation', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp({ env: { OBIEG_BODY_LIMIT_BYTES: String(BODY_LIMIT) } });
    await createOffice(t, { code: 'alfa' });
    admin = await login(t, { tenant: 'alfa' });
  });
  afterAll(async () => t.close());

  test('a malformed JSON body is a 400 bad request', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"tenant": "alfa", ',
    });
    expectProblem(response, { status: 400, code: 'http.bad_request' });
  });

  test('an unknown field is refused and named in errors[].path', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { symbol: 'GK', name: 'Gospodarka komunalna', budget: 100 },
    });
    const body = expectProblem(response, { status: 400, code: 'validation.failed' });
    expect(body.errors).toEqual([expect.objectContaining({ path: '/budget', code: 'unrecognized_keys' })]);
    const units = (await admin.request({ method: 'GET', url: '/api/v1/org-units' })).json();
    expect(units.items.map((u: { symbol: string }) => u.symbol)).not.toContain('GK');
  });

  test('fields of the wrong type are each reported at their path', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { symbol: 12, name: ['Wydział'] },
    });
    const body = expectProblem(response, { status: 400, code: 'validation.failed' });
    expect(new Set(body.errors?.map((e) => e.path))).toEqual(new Set(['/name', '/symbol']));
  });

  test('a body over OBIEG_BODY_LIMIT_BYTES is a 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: 'alfa', login: 'admin', password: 'x'.repeat(BODY_LIMIT * 2) },
    });
    expectProblem(response, { status: 413, code: 'http.payload_too_large' });
  });

  test('a body that is neither JSON nor multipart is a 415', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': type },
        payload: 'tenant=alfa&login=admin',
      });
      expectProblem(response, { status: 415, code: 'http.unsupported_media_type' });
    }
    const jsonToUpload = await admin.request({ method: 'POST', url: '/api/v1/jrwa/import', payload: {} });
    expectProblem(jsonToUpload, { status: 415, code: 'http.unsupported_media_type' });
  });

  test('an unknown API route is a 404, with or without a session', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/nope' });
    expectProblem(anonymous, { status: 404, code: 'http.not_found' });
    const loggedIn = await admin.request({ method: 'POST', url: '/api/v1/nope', payload: {} });
    expectProblem(loggedIn, { status: 404, code: 'http.not_found' });
  });

  test('a request without a session is a 401, before its body is read or validated', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/org-units' }), {
      status: 401,
      code: 'auth.unauthenticated',
    });
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { symbol: 12, unknown: true },
    });
    expectProblem(malformed, { status: 401, code: 'auth.unauthenticated' });
  });

  test('an office NIP with a wrong check digit is refused at /nip and not stored', async () => {
    const response = await admin.request({
      method: 'PATCH',
      url: '/api/v1/tenant',
      payload: { nip: '5250000016' },
    });
    const body = expectProblem(response, { status: 400, code: 'validation.failed' });
    expect(body.errors).toEqual([expect.objectContaining({ path: '/nip' })]);
    expect((await admin.request({ method: 'GET', url: '/api/v1/tenant' })).json().nip).toBeNull();

    const valid = await admin.request({
      method: 'PATCH',
      url: '/api/v1/tenant',
      payload: { nip: '525-000-00-15' },
    });
    expect(valid.statusCode, valid.body).toBe(200);
    expect(valid.json().nip).toBe('5250000015');
  });

  test('every answer carries x-request-id: the client one when valid, a new one otherwise', async () => {
    const reused = await t.app.inject({
      method: 'GET',
      url: '/api/v1/nope',
      headers: { 'x-request-id': 'abc-123.x:y' },
    });
    expect(reused.headers['x-request-id']).toBe('abc-123.x:y');
    expect(reused.json().traceId).toBe('abc-123.x:y');

    for (const invalid of ['has spaces', 'x'.repeat(65), 'semi;colon']) {
      const replaced = await t.app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': invalid },
      });
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    const generated = await admin.request({ method: 'GET', url: '/api/v1/auth/me' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('/healthz and /readyz answer 200 without a session', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect([health.statusCode, health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', database: t.database.kind });
  });

  test('the OpenAPI document lists exactly the /api/v1 routes the server registers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths as Record<string, Record<string, unknown>>;
    const documented = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const registered = registeredRoutes(t.app).filter((route) => route.includes(' /api/v1/'));
    expect(registered.length).toBeGreaterThan(40);
    expect(documented.filter((route) => route.includes(' /api/v1/')).sort()).toEqual(registered.sort());
  });

  test('the API documentation page is served as HTML without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('swagger');
  });
});

describe('the platform operator creates offices', () => {
  let t: TestApp;
  const office = {
    code: 'gamma',
    name: 'Urząd Gminy Gamma',
    admin: { login: 'admin', displayName: 'Gerard Gamma', password: 'haslo-poczatkowe-123' },
  };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  test('with the operator token an office is created whose administrator must change the password', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
      payload: office,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      code: 'gamma',
      name: 'Urząd Gminy Gamma',
      timeZone: 'Europe/Warsaw',
    });

    const admin = await login(t, { tenant: 'gamma', password: 'haslo-poczatkowe-123' });
    const me = (await admin.request({ method: 'GET', url: '/api/v1/auth/me' })).json();
    expect(me).toMatchObject({ displayName: 'Gerard Gamma', mustChangePassword: true });
    expect(me.permissions).toContain('tenant:manage');
    expectProblem(await admin.request({ method: 'GET', url: '/api/v1/org-units' }), {
      status: 403,
      code: 'auth.password_change_required',
    });
  });

  test('without the operator token, or with another token, no office is created', async () => {
    const attempts = [
      {},
      { authorization: 'Bearer wrong-token' },
      { authorization: `Basic ${OPERATOR_TOKEN}` },
    ];
    for (const headers of attempts) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/tenants',
        headers,
        payload: { ...office, code: 'delta' },
      });
      expectProblem(response, { status: 403, code: 'auth.forbidden' });
    }
    const loginToDelta = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: 'delta', login: 'admin', password: office.admin.password },
    });
    expect(loginToDelta.statusCode).toBe(401);
  });

  test('an office code already in use is a 409', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
      payload: { ...office, code: 'GAMMA', name: 'Inny urząd' },
    });
    expectProblem(response, { status: 409, code: 'tenants.code_taken' });
  });
});
