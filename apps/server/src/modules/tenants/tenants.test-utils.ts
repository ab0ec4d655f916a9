import { createTenantInputSchema, type CreateTenantInput } from '@obieg/contracts/tenants';

/** An office with only a code, a name and an administrator; every optional setting empty. */
export function makeOfficeInput({
  code,
  name = `Urząd ${code}`,
  adminPassword,
  adminDisplayName = 'Admin',
}: {
  code: string;
  name?: string;
  adminPassword: string;
  adminDisplayName?: string;
}): CreateTenantInput {
  return createTenantInputSchema.parse({
    code,
    name,
    admin: { login: 'admin', displayName: adminDisplayName, password: adminPassword },
  });
}
