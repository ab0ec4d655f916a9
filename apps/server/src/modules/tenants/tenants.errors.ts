import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createTenantNotFoundError = createAppErrorFactory({
  code: 'tenants.tenant_not_found',
  status: 404,
  title: 'Office not found',
});
export const createTenantCodeTakenError = createAppErrorFactory({
  code: 'tenants.code_taken',
  status: 409,
  title: 'An office with this code already exists',
});
