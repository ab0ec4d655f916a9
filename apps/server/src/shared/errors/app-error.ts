import type { ErrorCode } from '@obieg/contracts/errors';

export type AppErrorDefinition = { code: ErrorCode; status: number; title: string };
export type AppErrorExtras = {
  detail?: string;
  /** Extra members of the problem document (e.g. `issues`, `retryAfterSeconds`). */
  meta?: Record<string, unknown>;
  /** Per-field errors, rendered as `errors` in the problem document. */
  errors?: { path: string; message: string; code?: string }[];
  headers?: Record<string, string>;
  cause?: unknown;
};

/** The one error class of the server; rendered as RFC 9457 problem+json by the error handler. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly meta?: Record<string, unknown>;
  readonly errors?: AppErrorExtras['errors'];
  readonly headers?: Record<string, string>;

  constructor({
    code,
    status,
    title,
    detail,
    meta,
    errors,
    headers,
    cause,
  }: AppErrorDefinition & AppErrorExtras) {
    super(detail ?? title, { cause });
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.meta = meta;
    this.errors = errors;
    this.headers = headers;
  }
}

export const createAppErrorFactory =
  (definition: AppErrorDefinition) =>
  (extras: AppErrorExtras = {}) =>
    new AppError({ ...definition, ...extras });

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
