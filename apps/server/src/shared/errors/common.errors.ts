import { createAppErrorFactory } from './app-error.js';

export const createForbiddenError = createAppErrorFactory({
  code: 'auth.forbidden',
  status: 403,
  title: 'You do not have the permission for this operation',
});

export const createUnauthenticatedError = createAppErrorFactory({
  code: 'auth.unauthenticated',
  status: 401,
  title: 'Authentication required',
});

export const createVersionConflictError = createAppErrorFactory({
  code: 'common.version_conflict',
  status: 409,
  title: 'The record was changed by someone else; reload and try again',
});
