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
  // Template logos, certificates and trusted lists are uploaded files.
  'files:upload',
  'files:read',
];
const DIRECTORY: Permission[] = ['organization:read', 'users:read', 'jrwa:read'];
/** Everyone who handles correspondence reads and uploads files and keeps the contact base. */
const PAPERWORK: Permission[] = ['files:upload', 'files:read', 'contacts:read', 'contacts:manage'];
const PAPERWORK_READ: Permission[] = ['files:read', 'contacts:read'];

/** The roles every office starts with, their Polish names and default grants (editable later). */
export const SYSTEM_ROLES: Record<SystemRoleCode, { name: string; grants: Grant[] }> = {
  administrator: { name: 'Administrator', grants: grant('office', ...ADMINISTRATION) },
  kancelaria: {
    name: 'Kancelaria',
    grants: grant(
      'office',
      ...DIRECTORY,
      ...PAPERWORK,
      'correspondence:register',
      'correspondence:read',
      'correspondence:distribute',
      'dispatch:send',
    ),
  },
  referent: {
    name: 'Referent',
    grants: [
      ...grant('office', ...DIRECTORY, ...PAPERWORK),
      ...grant('own', 'cases:read', 'cases:handle', 'correspondence:read'),
    ],
  },
  kierownik: {
    name: 'Kierownik komórki',
    grants: [
      ...grant('office', ...DIRECTORY, ...PAPERWORK),
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
      ...PAPERWORK,
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
    grants: grant(
      'office',
      ...DIRECTORY,
      ...PAPERWORK_READ,
      'archive:manage',
      'cases:read',
      'jrwa:manage',
      'audit:read',
    ),
  },
  koordynator: {
    name: 'Koordynator czynności kancelaryjnych',
    grants: grant(
      'office',
      ...DIRECTORY,
      ...PAPERWORK_READ,
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
