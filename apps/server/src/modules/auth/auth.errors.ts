import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createInvalidCredentialsError = createAppErrorFactory({
  code: 'auth.invalid_credentials',
  status: 401,
  title: 'Wrong office code, login or password',
});
export const createTooManyAttemptsError = createAppErrorFactory({
  code: 'auth.too_many_attempts',
  status: 429,
  title: 'Too many failed login attempts; try again later',
});
export const createCsrfTokenInvalidError = createAppErrorFactory({
  code: 'auth.csrf_token_invalid',
  status: 403,
  title: 'Missing or wrong X-CSRF-Token header',
});
export const createSessionExpiredError = createAppErrorFactory({
  code: 'auth.session_expired',
  status: 401,
  title: 'The session has expired; log in again',
});
export const createTokenInvalidError = createAppErrorFactory({
  code: 'auth.token_invalid',
  status: 401,
  title: 'The API token is invalid, expired or revoked',
});
export const createWrongCurrentPasswordError = createAppErrorFactory({
  code: 'auth.wrong_current_password',
  status: 422,
  title: 'The current password is wrong',
});
export const createPositionNotAvailableError = createAppErrorFactory({
  code: 'auth.position_not_available',
  status: 422,
  title: 'This position is not yours nor one you substitute today',
});
export const createApiTokenNotFoundError = createAppErrorFactory({
  code: 'api_tokens.token_not_found',
  status: 404,
  title: 'API token not found',
});
export const createPermissionNotHeldError = createAppErrorFactory({
  code: 'api_tokens.permission_not_held',
  status: 422,
  title: 'A token cannot get permissions its creator does not hold',
});
export const createSessionNotFoundError = createAppErrorFactory({
  code: 'auth.session_not_found',
  status: 404,
  title: 'No live session with this id',
});
export const createPasswordChangeRequiredError = createAppErrorFactory({
  code: 'auth.password_change_required',
  status: 403,
  title: 'Change your initial password before using the system',
});
export const createTokenExpiryInvalidError = createAppErrorFactory({
  code: 'api_tokens.expiry_invalid',
  status: 422,
  title: 'A token must expire in the future',
});
