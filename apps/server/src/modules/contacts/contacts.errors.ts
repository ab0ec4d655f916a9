import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createContactNotFoundError = createAppErrorFactory({
  code: 'contacts.contact_not_found',
  status: 404,
  title: 'Contact not found',
});
/** The problem carries `existingId` (and `identifier`), so the client can offer the existing contact. */
export const createDuplicateIdentifierError = createAppErrorFactory({
  code: 'contacts.duplicate_identifier',
  status: 409,
  title: 'Another contact of the office has the same identifier',
});
/** A PATCH naming the other kind: reported like a contract failure, on `/kind`. */
export const createContactKindMismatchError = createAppErrorFactory({
  code: 'validation.failed',
  status: 400,
  title: 'Request validation failed',
});
