/**
 * The errors of the ePUAP integration. Codes are stable (STYLE.md §3) and never renamed:
 *
 * - `epuap.unavailable` — connection refused/reset, timeout, HTTP 5xx or 429 without a SOAP Fault
 *   (retryable);
 * - `epuap.fault` — the service answered with a SOAP Fault, or with a `status/kod` other than 1;
 * - `epuap.invalid_response` — the answer is not the SOAP message the operation returns;
 * - `epuap.signature_invalid` — a WS-Security signature is missing, broken, untrusted or stale;
 * - `epuap.unsigned_document` — `dorecz` of a document without a ds:Signature (refused before sending);
 * - `epuap.not_a_form` / `epuap.not_a_receipt` — XML that is not a `wnio:Dokument` / UPO-UPP-UPD;
 * - `epuap.xml_refused` — XML with a DOCTYPE or entity declaration (never parsed);
 * - `epuap.xml_malformed` — not well-formed XML or not a SOAP envelope;
 * - `epuap.too_large` — input above the size limit;
 * - `epuap.invalid_input` — the caller's arguments are unusable (empty file, bad box address…).
 */
export type EpuapErrorCode =
  | 'epuap.unavailable'
  | 'epuap.fault'
  | 'epuap.invalid_response'
  | 'epuap.signature_invalid'
  | 'epuap.unsigned_document'
  | 'epuap.not_a_form'
  | 'epuap.not_a_receipt'
  | 'epuap.xml_refused'
  | 'epuap.xml_malformed'
  | 'epuap.too_large'
  | 'epuap.invalid_input';

export type EpuapErrorDetails = {
  /** SOAP `faultcode` (e.g. `soapenv:Client`), or `status:<kod>` for a non-OK ESP status. */
  faultCode?: string;
  /** SOAP `faultstring` or ESP `status/komunikat`. */
  faultString?: string;
  /** `detail/Wyjatek/kod` and `komunikat` when the fault carries them. */
  detailCode?: string;
  detailMessage?: string;
  httpStatus?: number;
};

export class EpuapError extends Error {
  readonly code: EpuapErrorCode;
  /** True when the same call may succeed later (only `epuap.unavailable`). */
  readonly retryable: boolean;
  readonly details: EpuapErrorDetails;

  constructor({
    code,
    message,
    details = {},
    cause,
  }: {
    code: EpuapErrorCode;
    message: string;
    details?: EpuapErrorDetails;
    cause?: unknown;
  }) {
    super(message, { cause });
    this.name = 'EpuapError';
    this.code = code;
    this.retryable = code === 'epuap.unavailable';
    this.details = details;
  }
}

export const isEpuapError = (error: unknown): error is EpuapError => error instanceof EpuapError;

export const epuapError = (
  code: EpuapErrorCode,
  message: string,
  extras: { details?: EpuapErrorDetails; cause?: unknown } = {},
) => new EpuapError({ code, message, ...extras });
