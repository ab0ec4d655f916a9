import { createAppErrorFactory } from '../../shared/errors/app-error.js';
export const createNoCertificateError = createAppErrorFactory({
  code: 'signatures.no_certificate',
  status: 422,
  title: 'You have no valid signing certificate; ask the administrator to issue one',
});
export const createWrongPasswordError = createAppErrorFactory({
  code: 'signatures.wrong_password',
  status: 401,
  title: 'The password does not match; the document was not signed',
});
export const createNotSignedError = createAppErrorFactory({
  code: 'signatures.not_signed',
  status: 422,
  title: 'The file carries no electronic signature',
});
export const createSignatureInvalidError = createAppErrorFactory({
  code: 'signatures.signature_invalid',
  status: 422,
  title: 'The signature of the file is not valid',
});
export const createCertificateNotFoundError = createAppErrorFactory({
  code: 'signatures.certificate_not_found',
  status: 404,
  title: 'There is no such certificate',
});
export const createAlreadyRevokedError = createAppErrorFactory({
  code: 'signatures.already_revoked',
  status: 409,
  title: 'The certificate is already revoked',
});
export const createUnknownUserError = createAppErrorFactory({
  code: 'signatures.unknown_user',
  status: 422,
  title: 'There is no such active user in the office',
});
export const createInvalidAnchorError = createAppErrorFactory({
  code: 'signatures.invalid_anchor',
  status: 422,
  title: 'The file is neither a CA certificate nor a trusted list',
});
export const createXmlRefusedError = createAppErrorFactory({
  code: 'signatures.xml_refused',
  status: 422,
  title: 'XML with a DTD, entities or external references is refused',
});
export const createFileNotFoundError = createAppErrorFactory({
  code: 'signatures.file_not_found',
  status: 404,
  title: 'There is no such file',
});
export const createTimestampUnavailableError = createAppErrorFactory({
  code: 'signatures.timestamp_unavailable',
  status: 503,
  title: 'The timestamp service did not answer; try again or sign without a timestamp',
});
export const createNoValidationError = createAppErrorFactory({
  code: 'signatures.no_validation',
  status: 404,
  title: 'The file has not been verified yet',
});
export const createUnsupportedFormatError = createAppErrorFactory({
  code: 'signatures.unsupported_format',
  status: 415,
  title: 'This kind of file cannot be signed here',
});
