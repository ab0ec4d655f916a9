import type { Problem } from '@obieg/contracts/common';

export type ApiFieldError = { path: string; message: string; code?: string };

/** A failed API call: the problem+json `code` (or a client-side one), HTTP status and per-field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: ApiFieldError[];
  /** The whole problem body, for extension members such as `issues` of `jrwa.import_invalid`. */
  readonly problem: Partial<Problem> & Record<string, unknown>;
  readonly retryAfterSeconds: number | null;

  constructor({
    status,
    code,
    errors = [],
    problem = {},
    retryAfterSeconds = null,
  }: {
    status: number;
    code: string;
    errors?: ApiFieldError[];
    problem?: Partial<Problem> & Record<string, unknown>;
    retryAfterSeconds?: number | null;
  }) {
    super(typeof problem.title === 'string' ? `${code}: ${problem.title}` : code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.errors = errors;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Codes produced by the client itself, when there is no problem body to read. */
export const CLIENT_ERROR_CODES = [
  'client.network_error',
  'client.invalid_response',
  'client.unexpected_status',
] as const;

const CODE_BY_STATUS: Record<number, string> = {
  400: 'http.bad_request',
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'http.not_found',
  405: 'http.method_not_allowed',
  413: 'http.payload_too_large',
  415: 'http.unsupported_media_type',
  429: 'common.rate_limited',
  500: 'internal.error',
};

export function fallbackCodeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? 'client.unexpected_status';
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
