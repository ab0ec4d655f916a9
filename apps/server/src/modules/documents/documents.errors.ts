import { createAppErrorFactory } from '../../shared/errors/app-error.js';
export const createDocumentNotFoundError = createAppErrorFactory({
  code: 'documents.not_found',
  status: 404,
  title: 'There is no such document, or it is not yours to see',
});
export const createTemplateNotFoundError = createAppErrorFactory({
  code: 'documents.template_not_found',
  status: 404,
  title: 'There is no such letter template',
});
export const createTemplateVersionConflictError = createAppErrorFactory({
  code: 'documents.template_version_conflict',
  status: 409,
  title: 'The template was changed by someone else; reload it',
});
export const createInvalidTemplateError = createAppErrorFactory({
  code: 'documents.invalid_template',
  status: 422,
  title: 'The template uses fields that do not exist or its logo is not an image',
});
export const createVersionNotFoundError = createAppErrorFactory({
  code: 'documents.version_not_found',
  status: 404,
  title: 'The document has no such version',
});
export const createDocumentFinalError = createAppErrorFactory({
  code: 'documents.final',
  status: 409,
  title: 'The document is signed and final; write a new draft instead',
});
export const createApprovalInProgressError = createAppErrorFactory({
  code: 'documents.approval_in_progress',
  status: 409,
  title: 'The document is on an approval path; wait for it or cancel it',
});
export const createNoApprovalError = createAppErrorFactory({
  code: 'documents.no_approval',
  status: 409,
  title: 'The document has no running approval path',
});
export const createInvalidPathError = createAppErrorFactory({
  code: 'documents.invalid_path',
  status: 422,
  title: 'The approval path names a position that is not active or names one twice',
});
export const createTaskNotFoundError = createAppErrorFactory({
  code: 'documents.task_not_found',
  status: 404,
  title: 'There is no such approval task',
});
export const createNotOnPathError = createAppErrorFactory({
  code: 'documents.not_on_path',
  status: 403,
  title: 'This approval step is not yours (nor your absent colleague’s)',
});
export const createStepDecidedError = createAppErrorFactory({
  code: 'documents.step_decided',
  status: 409,
  title: 'This approval step is already decided or not yet reached',
});
export const createNotApprovedError = createAppErrorFactory({
  code: 'documents.not_approved',
  status: 409,
  title: 'The document has not passed its approval path',
});
export const createNotSignatoryError = createAppErrorFactory({
  code: 'documents.not_signatory',
  status: 403,
  title: 'Only the last person of the approval path signs this document',
});
export const createUnsupportedFileError = createAppErrorFactory({
  code: 'documents.unsupported_file',
  status: 415,
  title: 'This file cannot be a version of a letter',
});
export const createNoTextError = createAppErrorFactory({
  code: 'documents.no_text',
  status: 422,
  title: 'A version has no text to compare',
});
export const createUnknownContactError = createAppErrorFactory({
  code: 'documents.unknown_contact',
  status: 422,
  title: 'An addressee is not a contact of the office',
});
export const createUnknownFileError = createAppErrorFactory({
  code: 'documents.unknown_file',
  status: 422,
  title: 'The file is not a file of the office',
});
export const createDocumentVersionConflictError = createAppErrorFactory({
  code: 'documents.version_conflict',
  status: 409,
  title: 'The document was changed by someone else; reload it',
});
export const createUnknownPositionError = createAppErrorFactory({
  code: 'documents.unknown_position',
  status: 422,
  title: 'The signatory is not an active position of the office',
});
