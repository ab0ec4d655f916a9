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
  /** Extra request headers (e.g. `Idempotency-Key`). */
  headers?: Record<string, string>;
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
  return parseJsonText(await response.text());
}

function parseJsonText(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function problemToApiError({
  status,
  body,
  retryAfterSeconds,
}: {
  status: number;
  body: unknown;
  retryAfterSeconds: number | null;
}): ApiError {
  const parsed = problemSchema.safeParse(body);
  if (!parsed.success) {
    return new ApiError({ status, code: fallbackCodeForStatus(status), retryAfterSeconds });
  }
  return new ApiError({
    status,
    code: parsed.data.code,
    errors: parsed.data.errors ?? [],
    problem: body as Record<string, unknown>,
    retryAfterSeconds,
  });
}

async function toApiError(response: Response): Promise<ApiError> {
  return problemToApiError({
    status: response.status,
    body: await readJson(response),
    retryAfterSeconds: parseRetryAfter(response),
  });
}

function handleFailure(error: ApiError, redirectOnUnauthorized = true): ApiError {
  const sessionGone = error.status === 401 && redirectOnUnauthorized;
  if (sessionGone || error.code === 'auth.password_change_required') onAuthFailure?.(error);
  return error;
}

export async function apiRequest<T = void>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({
    Accept: 'application/json, application/problem+json',
    ...options.headers,
  });
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

  if (!response.ok) throw handleFailure(await toApiError(response), options.redirectOnUnauthorized);
  if (response.status === 204 || !options.schema) {
    await response.body?.cancel();
    return undefined as T;
  }
  return parseWith(options.schema, response.status, await readJson(response));
}

function parseWith<T>(schema: z.ZodType<T>, status: number, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({
      status,
      code: 'client.invalid_response',
      problem: { detail: parsed.error.message },
    });
  }
  return parsed.data;
}

/** A binary answer (a PDF to print), with the same error handling as JSON calls. */
export async function apiBlob(path: string, query?: QueryParams): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      headers: { Accept: '*/*' },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({ status: 0, code: 'client.network_error' });
  }
  if (!response.ok) throw handleFailure(await toApiError(response));
  return response.blob();
}

/**
 * A multipart upload that reports progress (0…1). `fetch` cannot tell how much of a request body
 * was sent, so this one call uses XMLHttpRequest; errors are the same `ApiError`s as elsewhere.
 */
export function apiUpload<T>(
  path: string,
  {
    body,
    schema,
    onProgress,
    signal,
  }: { body: FormData; schema: z.ZodType<T>; onProgress?: (fraction: number) => void; signal?: AbortSignal },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (csrfToken) request.setRequestHeader('X-CSRF-Token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError({ status: 0, code: 'client.network_error' }));
    request.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    request.onload = () => {
      const body = parseJsonText(request.responseText);
      if (request.status < 200 || request.status >= 300) {
        const seconds = Number(request.getResponseHeader('Retry-After'));
        const retryAfterSeconds = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null;
        reject(handleFailure(problemToApiError({ status: request.status, body, retryAfterSeconds })));
        return;
      }
      try {
        onProgress?.(1);
        resolve(parseWith(schema, request.status, body));
      } catch (error) {
        reject(error);
      }
    };
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });
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
