import { z } from 'zod';

/** Every permission of the system, `<module>:<action>`. Roles grant them with a scope. */
export const PERMISSIONS = [
  'tenant:read',
  'tenant:manage',
  'organization:read',
  'organization:manage',
  'users:read',
  'users:manage',
  'roles:read',
  'roles:manage',
  'sessions:manage',
  'api-tokens:manage',
  'jrwa:read',
  'jrwa:manage',
  'audit:read',
  'audit:verify',
  'files:upload',
  'files:read',
  'contacts:read',
  'contacts:manage',
  'correspondence:register',
  'correspondence:read',
  'correspondence:distribute',
  'cases:read',
  'cases:handle',
  'cases:assign',
  'drafts:approve',
  'drafts:sign',
  'dispatch:send',
  'archive:manage',
  'reports:read',
] as const;
export const permissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof permissionSchema>;

/** How far a permission reaches: the holder's own items, their unit (with sub-units), or the whole office. */
export const SCOPES = ['own', 'unit', 'office'] as const;
export const scopeSchema = z.enum(SCOPES);
export type Scope = z.infer<typeof scopeSchema>;

export const grantSchema = z.object({ permission: permissionSchema, scope: scopeSchema });
export type Grant = z.infer<typeof grantSchema>;

/** Roles every office starts with; an administrator may add more. */
export const SYSTEM_ROLE_CODES = [
  'administrator',
  'kancelaria',
  'referent',
  'kierownik',
  'sekretarz',
  'archiwista',
  'koordynator',
  'operator',
] as const;
export type SystemRoleCode = (typeof SYSTEM_ROLE_CODES)[number];
