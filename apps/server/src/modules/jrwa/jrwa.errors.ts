import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createJrwaClassNotFoundError = createAppErrorFactory({
  code: 'jrwa.class_not_found',
  status: 404,
  title: 'JRWA class not found',
});
export const createJrwaVersionNotFoundError = createAppErrorFactory({
  code: 'jrwa.version_not_found',
  status: 404,
  title: 'JRWA version not found',
});
export const createJrwaNoVersionError = createAppErrorFactory({
  code: 'jrwa.no_version',
  status: 404,
  title: 'No JRWA is in force; the administrator must import the office JRWA',
});
export const createJrwaImportInvalidError = createAppErrorFactory({
  code: 'jrwa.import_invalid',
  status: 422,
  title: 'The JRWA file has errors; nothing was imported',
});
export const createJrwaVersionOverlapError = createAppErrorFactory({
  code: 'jrwa.version_overlap',
  status: 409,
  title: 'A JRWA version already starts on or after this date',
});
export const createJrwaExtractSymbolInvalidError = createAppErrorFactory({
  code: 'jrwa.extract_symbol_invalid',
  status: 422,
  title: 'An extract may list only end classes of the JRWA version',
});
