/**
 * Errors of the signing engines' PKI part (tenant CA, key sealing, RFC 3161). The engines are pure
 * and know nothing of HTTP: the use cases translate these codes into `AppError`s (problem+json).
 */
export type PkiErrorCode =
  /** The sealed key is not in a format this code reads (unknown version, bad base64url, cut). */
  | 'pki.key_blob_invalid'
  /** The sealed key does not open with the master key given (wrong key, or the blob was altered). */
  | 'pki.key_decryption_failed'
  /** A certificate or key handed to the engine cannot be parsed or is not RSA. */
  | 'pki.certificate_invalid'
  /** The time-stamp authority did not answer, answered with an error, or refused the request. */
  | 'pki.timestamp_failed'
  /** The time-stamp token answers another request (imprint or nonce differ). */
  | 'pki.timestamp_mismatch';

export class PkiError extends Error {
  readonly code: PkiErrorCode;

  constructor({ code, message, cause }: { code: PkiErrorCode; message: string; cause?: unknown }) {
    super(message, { cause });
    this.name = 'PkiError';
    this.code = code;
  }
}

export const isPkiError = (error: unknown): error is PkiError => error instanceof PkiError;
