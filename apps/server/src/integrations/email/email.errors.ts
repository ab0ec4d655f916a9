/**
 * Errors of e-mail sending. The sender knows nothing of HTTP or jobs: the use cases translate the
 * codes into `AppError`s, and a job retries what is `retryable`.
 */
export type EmailErrorCode =
  /** The server could not be reached, timed out, or answered 4xx (try again later). */
  | 'email.unavailable'
  /** The server refused the message for good (5xx), or every recipient. */
  | 'email.rejected'
  /** A sender or recipient address is not a valid e-mail address; nothing was sent. */
  | 'email.invalid_address'
  /** The message cannot be composed as given (e.g. a line break in a header); nothing was sent. */
  | 'email.invalid_message'
  /** The server refused the credentials (a configuration error; not retried). */
  | 'email.auth_failed';

export class EmailError extends Error {
  readonly code: EmailErrorCode;
  /** Whether sending the same message again later may succeed. */
  readonly retryable: boolean;
  /** The SMTP reply code, when the server gave one. */
  readonly responseCode?: number;
  /** The recipients the server refused. */
  readonly rejected: string[];

  constructor({
    code,
    message,
    retryable = code === 'email.unavailable',
    responseCode,
    rejected = [],
    cause,
  }: {
    code: EmailErrorCode;
    message: string;
    retryable?: boolean;
    responseCode?: number;
    rejected?: string[];
    cause?: unknown;
  }) {
    super(message, { cause });
    this.name = 'EmailError';
    this.code = code;
    this.retryable = retryable;
    this.responseCode = responseCode;
    this.rejected = rejected;
  }
}

export const isEmailError = (error: unknown): error is EmailError => error instanceof EmailError;
