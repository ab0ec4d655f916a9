/**
 * Errors of the paper-mail outputs. The builders are pure and know nothing of HTTP: the use cases
 * translate these codes into `AppError`s (problem+json).
 */
export type PostalErrorCode =
  /** An id is not a UUID, so no EN guid can be made of it. */
  | 'postal.invalid_id'
  /** A shipment cannot be written as the EN schema requires (a field too long or missing, a bad number…). */
  | 'postal.invalid_shipment'
  /** The batch is empty or larger than one `addShipment` takes (1–500 shipments). */
  | 'postal.invalid_batch';

export class PostalError extends Error {
  readonly code: PostalErrorCode;
  /** The shipment the error is about, when it is about one. */
  readonly shipmentId?: string;

  constructor({
    code,
    message,
    shipmentId,
    cause,
  }: {
    code: PostalErrorCode;
    message: string;
    shipmentId?: string;
    cause?: unknown;
  }) {
    super(message, { cause });
    this.name = 'PostalError';
    this.code = code;
    this.shipmentId = shipmentId;
  }
}

export const isPostalError = (error: unknown): error is PostalError => error instanceof PostalError;
