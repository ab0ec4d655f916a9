import { randomUUID } from 'node:crypto';
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
import { admitLoginAttempt, throttleKeys } from './throttle.usecases.js';

const MINUTE = 60_000;

function attempt(
  t: TestApp,
  { tenant = 'alfa', user = 'admin', password = TEST_PASSWORD, address = '10.0.0.1' } = {},
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: address,
    payload: { tenant, login: user, password },
  });
}

const withoutTrace = (body: Record<string, unknown>) => ({ ...body, traceId: undefined });

describe('logging in and login throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    for (const code of ['alfa', 'beta', 'gamma', 'delta', 'epsilon']) await createOffice(t, { code });
  });
  afterAll(async () => t.close());

  test('a successful login returns the user, a CSRF token and an HttpOnly SameSite=Lax cookie', async () => {
    const response = await attempt(t, { address: '10.0.1.1' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ login: 'admin', displayName: 'Admin alfa', mustChangePassword: false });
    expect(body.user.tenant).toMatchObject({ code: 'alfa' });
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(20);
    const cookie = response.cookies.find((c) => c.name === 'obieg_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.value).not.toContain(body.csrfToken);
  });

  test('a wrong password, an unknown login and an unknown office get the same 401 answer', async () => {
    const answers = [
      await attempt(t, { tenant: 'beta', password: 'wrong password', address: '10.0.2.1' }),
      await attempt(t, { tenant: 'beta', user: 'nobody', address: '10.0.2.2' }),
      await attempt(t, { tenant: 'no-such-office', address: '10.0.2.3' }),
    ];
    const bodies = answers.map((a) => expectProblem(a, { status: 401, code: 'auth.invalid_credentials' }));
    expect(withoutTrace(bodies[1]!)).toEqual(withoutTrace(bodies[0]!));
    expect(withoutTrace(bodies[2]!)).toEqual(withoutTrace(bodies[0]!));
    expect(answers.map((a) => a.cookies.length)).toEqual([0, 0, 0]);
  });

  test('after five failures the account is locked for 30 s, even for the right password', async () => {
    for (let i = 1; i <= 5; i += 1) {
      const failed = await attempt(t, { user: 'admin', password: `guess ${i}`, address: `10.0.3.${i}` });
      expectProblem(failed, { status: 401, code: 'auth.invalid_credentials' });
    }
    const locked = await attempt(t, { address: '10.0.3.9' });
    const body = expectProblem(locked, { status: 429, code: 'auth.too_many_attempts' });
    expect(locked.headers['retry-after']).toBe('30');
    expect(body.retryAfterSeconds).toBe(30);
    expect(locked.cookies).toEqual([]);
  });

  test('guesses sent in parallel get no more tries than guesses sent one by one', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        attempt(t, { tenant: 'delta', password: `parallel guess ${i}`, address: `10.0.7.${i}` }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(15).fill(429)]);
  });

  test('an attempt is counted when admitted, so instances checking at once cannot overshoot the limit', async () => {
    const keys = throttleKeys({ tenantCode: 'zeta', login: 'admin', clientAddress: '10.0.9.1' });
    const deps = { ...t.deps, throttle: t.config.throttle };
    const admissions = await Promise.allSettled(
      Array.from({ length: 8 }, () => admitLoginAttempt({ deps, keys })),
    );
    expect(admissions.map((a) => a.status).sort()).toEqual([
      ...Array(5).fill('fulfilled'),
      ...Array(3).fill('rejected'),
    ]);
  });

  test('someone logging in many times at once is not locked out by their own logins', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => attempt(t, { tenant: 'epsilon', address: `10.0.8.${i}` })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(8).fill(200));
  });

  test('an unknown login is locked exactly like a real one, so logins cannot be enumerated', async () => {
    const answers = [];
    for (let i = 1; i <= 6; i += 1) {
      answers.push(await attempt(t, { user: 'ghost', password: `guess ${i}`, address: `10.0.4.${i}` }));
    }
    expect(answers.map((a) => a.statusCode)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(answers[5]?.headers['retry-after']).toBe('30');
  });

  test('when the lock has passed the right password works and the failure count starts again', async () => {
    t.clock.advance(31_000);
    const ok = await attempt(t, { address: '10.0.5.1' });
    expect(ok.statusCode, ok.body).toBe(200);
    // Without the reset, the sixth failure in the window would lock the account again at once.
    for (let i = 1; i <= 4; i += 1) {
      expect((await attempt(t, { password: `again ${i}`, address: '10.0.5.2' })).statusCode).toBe(401);
    }
    expect((await attempt(t, { address: '10.0.5.3' })).statusCode).toBe(200);
  });

  test('failures are forgotten after the throttle window when no lock is in force', async () => {
    for (let i = 1; i <= 4; i += 1) {
      await attempt(t, { tenant: 'gamma', password: `guess ${i}`, address: '10.0.6.1' });
    }
    t.clock.advance(16 * MINUTE);
    const late = await attempt(t, { tenant: 'gamma', password: 'late guess', address: '10.0.6.1' });
    expect(late.statusCode).toBe(401);
    expect((await attempt(t, { tenant: 'gamma', address: '10.0.6.1' })).statusCode).toBe(200);
  });
});

describe('throttling by client address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { OBIEG_LOGIN_MAX_FAILURES_PER_ADDRESS: '3' } });
    await createOffice(t, { code: 'alfa' });
  });
  afterAll(async () => t.close());

  test('failures from one address across different logins lock that address, not others', async () => {
    for (const user of ['anna', 'bartek', 'celina']) {
      expect((await attempt(t, { user, password: 'guess', address: '192.0.2.7' })).statusCode).toBe(401);
    }
    const locked = await attempt(t, { address: '192.0.2.7' });
    expectProblem(locked, { status: 429, code: 'auth.too_many_attempts' });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt(t, { address: '192.0.2.8' })).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  let t: TestApp;
  let tenantId: string;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp({ env: { OBIEG_SESSION_IDLE_MINUTES: '30', OBIEG_SESSION_ABSOLUTE_HOURS: '2' } });
    tenantId = (await createOffice(t, { code: 'alfa' })).id;
    admin = await login(t, { tenant: 'alfa' });
    await createStaff(t, admin, { tenantId, login: 'jan', displayName: 'Jan Kowalski', role: 'referent' });
  });
  afterAll(async () => t.close());

  const me = (session: Session) => session.request({ method: 'GET', url: '/api/v1/auth/me' });

  test('logging out ends the session', async () => {
    const session = await login(t, { tenant: 'alfa', login: 'jan' });
    expect((await me(session)).statusCode).toBe(200);
    const logout = await session.request({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(logout.statusCode).toBe(204);
    expect(logout.cookies.find((c) => c.name === 'obieg_session')?.value).toBe('');
    expectProblem(await me(session), { status: 401, code: 'auth.unauthenticated' });
  });

  test('a session left idle longer than the idle limit expires', async () => {
    const session = await login(t, { tenant: 'alfa', login: 'jan' });
    t.clock.advance(25 * MINUTE);
    expect((await me(session)).statusCode).toBe(200);
    t.clock.advance(25 * MINUTE);
    expect((await me(session)).statusCode).toBe(200);
    t.clock.advance(31 * MINUTE); // 81 minutes after login: well within the 2-hour absolute limit
    expectProblem(await me(session), { status: 401, code: 'auth.session_expired' });
  });

  test('a session in constant use still ends at the absolute limit', async () => {
    const session = await login(t, { tenant: 'alfa', login: 'jan' });
    for (let minutes = 25; minutes < 120; minutes += 25) {
      t.clock.advance(25 * MINUTE);
      expect((await me(session)).statusCode, `after ${minutes} min`).toBe(200);
    }
    t.clock.advance(25 * MINUTE); // 125 minutes, never idle for more than 25
    expectProblem(await me(session), { status: 401, code: 'auth.session_expired' });
  });

  test('an administrator lists live sessions and revokes another user’s session', async () => {
    admin = await login(t, { tenant: 'alfa' });
    const jan = await login(t, { tenant: 'alfa', login: 'jan' });
    const listed = (await admin.request({ method: 'GET', url: '/api/v1/auth/sessions' })).json().items as {
      id: string;
      userLogin: string;
      current: boolean;
    }[];
    const jansSession = listed.find((s) => s.userLogin === 'jan');
    expect(jansSession).toBeDefined();
    expect(listed.filter((s) => s.current).map((s) => s.userLogin)).toEqual(['admin']);

    const revoked = await admin.request({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${jansSession?.id}`,
    });
    expect(revoked.statusCode, revoked.body).toBe(204);
    expectProblem(await me(jan), { status: 401, code: 'auth.unauthenticated' });
    const after = (await admin.request({ method: 'GET', url: '/api/v1/auth/sessions' })).json().items;
    expect(after.map((s: { id: string }) => s.id)).not.toContain(jansSession?.id);
    expectProblem(await admin.request({ method: 'DELETE', url: `/api/v1/auth/sessions/${randomUUID()}` }), {
      status: 404,
      code: 'auth.session_not_found',
    });
  });

  test('an administrator’s password reset ends the user’s sessions and forces a new password', async () => {
    admin = await login(t, { tenant: 'alfa' });
    const jan = await login(t, { tenant: 'alfa', login: 'jan' });
    const janId = (await me(jan)).json().id as string;
    const reset = await admin.request({
      method: 'POST',
      url: `/api/v1/users/${janId}/password-reset`,
      payload: { newPassword: 'haslo-tymczasowe-1' },
    });
    expect(reset.statusCode, reset.body).toBe(204);
    expectProblem(await me(jan), { status: 401, code: 'auth.unauthenticated' });
    const again = await login(t, { tenant: 'alfa', login: 'jan', password: 'haslo-tymczasowe-1' });
    expect((await me(again)).json().mustChangePassword).toBe(true);
    await again.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'haslo-tymczasowe-1', newPassword: TEST_PASSWORD },
    });
  });

  test('changing the password needs the current one, ends the other sessions, and the new one works', async () => {
    const here = await login(t, { tenant: 'alfa', login: 'jan' });
    const elsewhere = await login(t, { tenant: 'alfa', login: 'jan' });
    const newPassword = 'nowe haslo jana 2026';

    const wrong = await here.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'not my password', newPassword },
    });
    expectProblem(wrong, { status: 422, code: 'auth.wrong_current_password' });
    expect((await me(elsewhere)).statusCode).toBe(200);

    const changed = await here.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
    expectProblem(await me(elsewhere), { status: 401, code: 'auth.unauthenticated' });
    expect((await attempt(t, { user: 'jan', address: '10.9.0.1' })).statusCode).toBe(401);
    expect((await attempt(t, { user: 'jan', password: newPassword, address: '10.9.0.1' })).statusCode).toBe(
      200,
    );
  });
});

describe('the initial password set by an administrator', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    await createOffice(t, { code: 'alfa' });
    admin = await login(t, { tenant: 'alfa' });
  });
  afterAll(async () => t.close());

  test('must be changed before any API call other than /auth/me, /auth/password and /auth/logout', async () => {
    const roles = (await admin.request({ method: 'GET', url: '/api/v1/roles' })).json().items;
    const units = (await admin.request({ method: 'GET', url: '/api/v1/org-units' })).json().items;
    const user = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { login: 'ewa', displayName: 'Ewa Nowak', password: 'haslo-poczatkowe-123' },
    });
    expect(user.json().mustChangePassword).toBe(true);
    await admin.request({
      method: 'POST',
      url: '/api/v1/positions',
      payload: {
        userId: user.json().id,
        orgUnitId: units[0].id,
        title: 'Referent',
        roleIds: [roles.find((r: { code: string }) => r.code === 'referent').id],
      },
    });
    const ewa = await login(t, { tenant: 'alfa', login: 'ewa', password: 'haslo-poczatkowe-123' });

    const allowed = ['GET /api/v1/auth/me', 'POST /api/v1/auth/password', 'POST /api/v1/auth/logout'];
    const open = ['POST /api/v1/auth/login', 'POST /api/v1/tenants', 'GET /healthz', 'GET /readyz'];
    const paths = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths;
    const refused: string[] = [];
    for (const [path, operations] of Object.entries<Record<string, unknown>>(paths)) {
      for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
        if ([...allowed, ...open].includes(`${method} ${path}`)) continue;
        const url = path.replace('{symbol}', '0').replace(/\{\w+\}/g, randomUUID());
        const response = await ewa.request({
          method: method as 'GET',
          url,
          payload: method === 'GET' ? undefined : {},
        });
        expectProblem(response, { status: 403, code: 'auth.password_change_required' });
        refused.push(`${method} ${path}`);
      }
    }
    expect(refused.length).toBeGreaterThan(35);

    expect((await ewa.request({ method: 'GET', url: '/api/v1/auth/me' })).json().mustChangePassword).toBe(
      true,
    );
    const changed = await ewa.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'haslo-poczatkowe-123', newPassword: 'moje wlasne haslo 2026' },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await ewa.request({ method: 'GET', url: '/api/v1/auth/me' })).json().mustChangePassword).toBe(
      false,
    );
    expect((await ewa.request({ method: 'GET', url: '/api/v1/org-units' })).statusCode).toBe(200);
  });
});
