import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createIncomingItemNotFoundError = createAppErrorFactory({
  code: 'correspondence.incoming_item_not_found',
  status: 404,
  title: 'Incoming item not found',
});
/** A cancelled item keeps its number and record but accepts no further change. */
export const createIncomingItemCancelledError = createAppErrorFactory({
  code: 'correspondence.incoming_item_cancelled',
  status: 409,
  title: 'The incoming item is cancelled',
});
export const createUnknownContactError = createAppErrorFactory({
  code: 'correspondence.unknown_contact',
  status: 422,
  title: 'A sender names no contact of the office',
});
export const createUnknownOrganError = createAppErrorFactory({
  code: 'correspondence.unknown_organ',
  status: 422,
  title: 'The addressed organ is not an organ of the office',
});
export const createUnknownFileError = createAppErrorFactory({
  code: 'correspondence.unknown_file',
  status: 422,
  title: 'A file id names no file of the office',
});
export const createUnknownDictionaryCodeError = createAppErrorFactory({
  code: 'correspondence.unknown_dictionary_code',
  status: 422,
  title: 'The code is not an active entry of the office dictionary',
});
/** The same `Idempotency-Key` came with a different request: not a retry (IETF idempotency draft). */
export const createIdempotencyKeyReusedError = createAppErrorFactory({
  code: 'correspondence.idempotency_key_reused',
  status: 422,
  title: 'The Idempotency-Key was used for a different request',
});
export const createNothingToCorrectError = createAppErrorFactory({
  code: 'correspondence.nothing_to_correct',
  status: 422,
  title: 'The correction changes no field',
});
