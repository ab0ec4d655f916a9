import type { Grant, Permission, Scope, SystemRoleCode } from '@obieg/contracts/permissions';

const grant = (scope: Scope, ...permissions: Permission[]): Grant[] =>
  permissions.map((permission) => ({ permission, scope }));

const ADMINISTRATION: Permission[] = [
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
];
const DIRECTORY: Permission[] = ['organization:read', 'users:read', 'jrwa:read'];

/** The roles every office starts with, their Polish names and default grants (editable later). */
export const SYSTEM_ROLES: Record<SystemRoleCode, { name: string; grants: Grant[] }> = {
  administrator: { name: 'Administrator', grants: grant('office', ...ADMINISTRATION) },
  kancelaria: {
    name: 'Kancelaria',
    grants: grant(
      'office',
      ...DIRECTORY,
      'correspondence:register',
      'correspondence:read',
      'correspondence:distribute',
      'dispatch:send',
    ),
  },
  referent: {
    name: 'Referent',
    grants: [
      ...grant('office', ...DIRECTORY),
      ...grant('own', 'cases:read', 'cases:handle', 'correspondence:read'),
    ],
  },
  kierownik: {
    name: 'Kierownik komórki',
    grants: [
      ...grant('office', ...DIRECTORY),
      ...grant(
        'unit',
        'cases:read',
        'cases:handle',
        'cases:assign',
        'correspondence:read',
        'correspondence:distribute',
        'drafts:approve',
        'drafts:sign',
        'reports:read',
      ),
    ],
  },
  sekretarz: {
    name: 'Sekretarz',
    grants: grant(
      'office',
      ...DIRECTORY,
      'cases:read',
      'cases:assign',
      'correspondence:read',
      'correspondence:distribute',
      'drafts:approve',
      'drafts:sign',
      'reports:read',
      'audit:read',
    ),
  },
  archiwista: {
    name: 'Archiwista',
    grants: grant('office', ...DIRECTORY, 'archive:manage', 'cases:read', 'jrwa:manage', 'audit:read'),
  },
  koordynator: {
    name: 'Koordynator czynności kancelaryjnych',
    grants: grant(
      'office',
      ...DIRECTORY,
      'correspondence:read',
      'cases:read',
      'jrwa:manage',
      'audit:read',
      'reports:read',
    ),
  },
  operator: {
    name: 'Operator systemu',
    grants: grant('office', ...DIRECTORY, 'tenant:read', 'sessions:manage', 'audit:read', 'audit:verify'),
  },
};
