import { tenantSchema, type Tenant, type UpdateTenantInput } from '@obieg/contracts/tenants';
import { api } from '../../app/api-client';

export const tenantQueryKey = ['tenant'] as const;

export function getTenant(): Promise<Tenant> {
  return api.get('/api/v1/tenant', tenantSchema);
}

export function updateTenant(input: UpdateTenantInput): Promise<Tenant> {
  return api.patch('/api/v1/tenant', input, tenantSchema);
}
