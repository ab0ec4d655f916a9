import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createPreviewUnavailableError = createAppErrorFactory({
  code: 'files.preview_unavailable',
  status: 415,
  title: 'There is no preview for this type of file; download it',
});
export const createPreviewTooLargeError = createAppErrorFactory({
  code: 'files.preview_too_large',
  status: 422,
  title: 'The file is too large to preview',
});
export const createPreviewDamagedError = createAppErrorFactory({
  code: 'files.preview_damaged',
  status: 422,
  title: 'The file could not be read for a preview',
});
export const createPreviewPageNotFoundError = createAppErrorFactory({
  code: 'files.preview_page_not_found',
  status: 404,
  title: 'The file has no such page',
});
