import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createRegisterTooLargeError = createAppErrorFactory({
  code: 'cases.register_too_large',
  status: 422,
  title: 'The case register holds too many cases for one answer; choose a shorter period or a narrower class',
});
