import {
  loginResponseSchema,
  meSchema,
  sessionSchema,
  type ChangePasswordInput,
  type LoginInput,
  type Me,
} from '@obieg/contracts/auth';
import { listResponseSchema } from '@obieg/contracts/common';
import { api, apiRequest, setCsrfToken } from '../../app/api-client';

const sessionListSchema = listResponseSchema(sessionSchema);

export async function fetchMe(): Promise<Me> {
  const me = await api.get('/api/v1/auth/me', meSchema);
  if (me.csrfToken) setCsrfToken(me.csrfToken);
  return me;
}

export async function login(input: LoginInput): Promise<Me> {
  const response = await apiRequest('/api/v1/auth/login', {
    method: 'POST',
    body: input,
    schema: loginResponseSchema,
    redirectOnUnauthorized: false,
  });
  setCsrfToken(response.csrfToken);
  return { ...response.user, csrfToken: response.csrfToken };
}

export async function logout(): Promise<void> {
  try {
    await apiRequest('/api/v1/auth/logout', { method: 'POST', redirectOnUnauthorized: false });
  } finally {
    setCsrfToken(null);
  }
}

export async function switchPosition(positionId: string): Promise<Me> {
  const me = await api.post('/api/v1/auth/position', { positionId }, meSchema);
  if (me.csrfToken) setCsrfToken(me.csrfToken);
  return me;
}

export function changePassword(input: ChangePasswordInput): Promise<void> {
  return apiRequest('/api/v1/auth/password', { method: 'POST', body: input, redirectOnUnauthorized: false });
}

export function listSessions(cursor?: string) {
  return api.get('/api/v1/auth/sessions', sessionListSchema, { cursor, limit: 100 });
}

export function revokeSession(id: string): Promise<void> {
  return api.delete(`/api/v1/auth/sessions/${encodeURIComponent(id)}`);
}
