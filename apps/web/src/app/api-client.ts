import { problemSchema } from '@obieg/contracts/common';
import type { z } from 'zod';
import { ApiError, fallbackCodeForStatus } from './api-error';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions<T> = {
  method?: Method;
  query?: QueryParams;
  /** A plain value is sent as JSON; `FormData` as multipart. */
  body?: unknown;
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
  /** Set to false where 401 is an answer, not an expired session (the login form). */
  redirectOnUnauthorized?: boolean;
};

let csrfToken: string | null = null;
let onAuthFailure: ((error: ApiError) => void) | null = null;

export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

/** Called when the session is gone (401) or the server insists on a password change first. */
export function setAuthFailureHandler(handler: ((error: ApiError) => void) | null): void {
  onAuthFailure = handler;
}

export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function parseRetryAfter(response: Response): number | null {
  const header = response.headers.get('Retry-After');
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = await readJson(response);
  const parsed = problemSchema.safeParse(body);
  const retryAfterSeconds = parseRetryAfter(response);
  if (!parsed.success) {
    return new ApiError({
      status: response.status,
      code: fallbackCodeForStatus(response.status),
      retryAfterSeconds,
    });
  }
  return new ApiError({
    status: response.status,
    code: parsed.data.code,
    errors: parsed.data.errors ?? [],
    problem: body as Record<string, unknown>,
    retryAfterSeconds,
  });
}

export async function apiRequest<T = void>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers.set('X-CSRF-Token', csrfToken);

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'client.network_error' });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    const sessionGone = error.status === 401 && options.redirectOnUnauthorized !== false;
    if (sessionGone || error.code === 'auth.password_change_required') onAuthFailure?.(error);
    throw error;
  }
  if (response.status === 204 || !options.schema) {
    await response.body?.cancel();
    return undefined as T;
  }
  const parsed = options.schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'client.invalid_response',
      problem: { detail: parsed.error.message },
    });
  }
  return parsed.data;
}

export const api = {
  get: <T>(path: string, schema: z.ZodType<T>, query?: QueryParams) => apiRequest(path, { schema, query }),
  post: <T = void>(path: string, body?: unknown, schema?: z.ZodType<T>) =>
    apiRequest(path, { method: 'POST', body, schema }),
  patch: <T = void>(path: string, body: unknown, schema?: z.ZodType<T>) =>
    apiRequest(path, { method: 'PATCH', body, schema }),
  put: <T = void>(path: string, body: unknown, schema?: z.ZodType<T>) =>
    apiRequest(path, { method: 'PUT', body, schema }),
  delete: (path: string) => apiRequest(path, { method: 'DELETE' }),
};
