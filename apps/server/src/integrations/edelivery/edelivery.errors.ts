import type { ErrorInfo } from './edelivery.types.js';

/** Stable codes of every failure the e-Doręczenia client reports. */
export type EDeliveryErrorCode =
  /** Connection refused or reset, timeout, 5xx, 429, or a message still being processed: retry later. */
  | 'edelivery.unavailable'
  /** A 4xx answer: the request was refused; `errors` holds the server's `ErrorInfo` list. */
  | 'edelivery.rejected'
  /** No token (client certificate refused), or the API refused a fresh token (401/403). */
  | 'edelivery.unauthorized'
  /** The mailbox, message, attachment or evidence does not exist (404). */
  | 'edelivery.not_found'
  /** The draft was sent already: the message exists, do not send again. */
  | 'edelivery.already_sent'
  /** An attachment's bytes do not match the SHA-3 hash (or size) of its `FileMetadata`. */
  | 'edelivery.hash_mismatch'
  /** The answer is not what the spec describes (not JSON, wrong shape, too large). */
  | 'edelivery.invalid_response';

const RETRYABLE: ReadonlySet<EDeliveryErrorCode> = new Set(['edelivery.unavailable']);

export class EDeliveryError extends Error {
  readonly code: EDeliveryErrorCode;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /** The server's error body (the spec's `ErrorInfo[]`), when it sent one. */
  readonly errors: ErrorInfo[];
  /** Whether the same call may succeed later (only `edelivery.unavailable`). */
  readonly retryable: boolean;

  constructor({
    code,
    message,
    status,
    errors = [],
    cause,
  }: {
    code: EDeliveryErrorCode;
    message: string;
    status?: number;
    errors?: ErrorInfo[];
    cause?: unknown;
  }) {
    super(message, { cause });
    this.name = 'EDeliveryError';
    this.code = code;
    this.status = status;
    this.errors = errors;
    this.retryable = RETRYABLE.has(code);
  }
}

export const isEDeliveryError = (error: unknown): error is EDeliveryError => error instanceof EDeliveryError;
