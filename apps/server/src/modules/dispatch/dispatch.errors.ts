import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createDispatchNotFoundError = createAppErrorFactory({
  code: 'dispatch.not_found',
  status: 404,
  title: 'There is no such dispatch, or it is not yours to see',
});
export const createDispatchItemNotFoundError = createAppErrorFactory({
  code: 'dispatch.item_not_found',
  status: 404,
  title: 'The dispatch has no such addressee',
});
export const createNotDispatchableError = createAppErrorFactory({
  code: 'dispatch.document_not_dispatchable',
  status: 409,
  title: 'The document cannot be sent yet: electronic letters must be signed, paper ones accepted',
});
export const createChannelUnavailableError = createAppErrorFactory({
  code: 'dispatch.channel_unavailable',
  status: 422,
  title: 'The addressee has no address for this channel',
});
export const createPostalOptionsRequiredError = createAppErrorFactory({
  code: 'dispatch.postal_options_required',
  status: 422,
  title: 'Paper mail needs its kind (ordinary or registered)',
});
export const createInvalidTrackingNumberError = createAppErrorFactory({
  code: 'dispatch.invalid_tracking_number',
  status: 422,
  title: 'This is not a Poczta Polska posting number',
});
export const createTrackingNumberTakenError = createAppErrorFactory({
  code: 'dispatch.tracking_number_taken',
  status: 409,
  title: 'This posting number is already used by another letter',
});
export const createUnknownTrackingNumberError = createAppErrorFactory({
  code: 'dispatch.unknown_tracking_number',
  status: 404,
  title: 'No letter was posted with this number',
});
export const createInvalidTransitionError = createAppErrorFactory({
  code: 'dispatch.invalid_transition',
  status: 409,
  title: 'The letter is not in a state that allows this',
});
export const createDispatchUnknownFileError = createAppErrorFactory({
  code: 'dispatch.unknown_file',
  status: 422,
  title: 'The evidence file does not exist in the office',
});
export const createItemRequiredError = createAppErrorFactory({
  code: 'dispatch.item_required',
  status: 422,
  title: 'The dispatch has several addressees: say which one',
});
export const createNoMailboxError = createAppErrorFactory({
  code: 'dispatch.no_mailbox',
  status: 422,
  title: 'The office has no active mailbox for this channel (see Integrations)',
});
