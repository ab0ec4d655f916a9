import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { problem, stubFetch } from '../test/fetch-stub';
import { api, setCsrfToken } from './api-client';
import { ApiError } from './api-error';

describe('API client', () => {
  test('sends the CSRF token with state-changing requests but not with reads', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/tenant', {})
      .route('PATCH /api/v1/tenant', new Response(null, { status: 204 }));
    setCsrfToken('token-123');

    await api.get('/api/v1/tenant', z.unknown());
    await api.patch('/api/v1/tenant', { name: 'Urząd' });

    expect(stub.requests[0]?.headers.get('X-CSRF-Token')).toBeNull();
    expect(stub.requests[1]?.headers.get('X-CSRF-Token')).toBe('token-123');
    expect(stub.requests[1]?.headers.get('Content-Type')).toBe('application/json');
  });

  test('turns a problem+json answer into an error carrying its code, status and field errors', async () => {
    stubFetch().route(
      'POST /api/v1/org-units',
      problem(400, 'validation.failed', { errors: [{ path: '/symbol', message: 'Invalid' }] }),
    );

    const error = await api.post('/api/v1/org-units', {}).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'validation.failed', status: 400, errors: [{ path: '/symbol' }] });
  });

  test('reads how long to wait from Retry-After when rate limited', async () => {
    stubFetch().route(
      'POST /api/v1/auth/login',
      problem(429, 'auth.too_many_attempts', {}, { 'Retry-After': '42' }),
    );

    const error = await api.post('/api/v1/auth/login', {}).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'auth.too_many_attempts', retryAfterSeconds: 42 });
  });

  test('reports an unreachable server with its own code', async () => {
    const stub = stubFetch();
    stub.route('GET /api/v1/tenant', () => Promise.reject(new TypeError('Failed to fetch')));

    const error = await api.get('/api/v1/tenant', z.unknown()).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'client.network_error', status: 0 });
  });
});
