import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createMailboxNotFoundError = createAppErrorFactory({
  code: 'integrations.mailbox_not_found',
  status: 404,
  title: 'There is no such mailbox in the office',
});
export const createInvalidSettingsError = createAppErrorFactory({
  code: 'integrations.invalid_settings',
  status: 422,
  title: 'The connection settings or the address are not valid for this kind of mailbox',
});
export const createInvalidCertificateError = createAppErrorFactory({
  code: 'integrations.invalid_certificate',
  status: 422,
  title: 'The certificate or its private key cannot be used',
});
export const createAddressTakenError = createAppErrorFactory({
  code: 'integrations.address_taken',
  status: 409,
  title: 'The office already has a mailbox with this address',
});
