import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createFileNotFoundError = createAppErrorFactory({
  code: 'files.file_not_found',
  status: 404,
  title: 'File not found',
});
export const createFileTooLargeError = createAppErrorFactory({
  code: 'files.too_large',
  status: 413,
  title: 'The file is larger than the upload limit',
});
export const createUnsupportedMediaTypeError = createAppErrorFactory({
  code: 'files.unsupported_media_type',
  status: 415,
  title: 'This type of file is not accepted',
});
export const createEmptyFileError = createAppErrorFactory({
  code: 'files.empty',
  status: 422,
  title: 'The file is empty',
});
