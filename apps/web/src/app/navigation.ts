import type { Permission } from '@obieg/contracts/permissions';
import type { MessageKey } from '../locales/i18n';

export type NavItem = {
  to:
    | '/'
    | '/tenant'
    | '/org-units'
    | '/users'
    | '/roles'
    | '/substitutions'
    | '/jrwa'
    | '/contacts'
    | '/audit'
    | '/sessions'
    | '/api-tokens';
  label: MessageKey;
  description: MessageKey;
  permission: Permission | null;
};

/** The administrator's screens, in menu order; an item shows only with its permission. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', description: 'nav.home.description', permission: null },
  { to: '/tenant', label: 'nav.tenant', description: 'nav.tenant.description', permission: 'tenant:manage' },
  {
    to: '/org-units',
    label: 'nav.org_units',
    description: 'nav.org_units.description',
    permission: 'organization:read',
  },
  { to: '/users', label: 'nav.users', description: 'nav.users.description', permission: 'users:read' },
  { to: '/roles', label: 'nav.roles', description: 'nav.roles.description', permission: 'roles:read' },
  {
    to: '/substitutions',
    label: 'nav.substitutions',
    description: 'nav.substitutions.description',
    permission: 'users:manage',
  },
  { to: '/jrwa', label: 'nav.jrwa', description: 'nav.jrwa.description', permission: 'jrwa:read' },
  {
    to: '/contacts',
    label: 'nav.contacts',
    description: 'nav.contacts.description',
    permission: 'contacts:read',
  },
  { to: '/audit', label: 'nav.audit', description: 'nav.audit.description', permission: 'audit:read' },
  {
    to: '/sessions',
    label: 'nav.sessions',
    description: 'nav.sessions.description',
    permission: 'sessions:manage',
  },
  {
    to: '/api-tokens',
    label: 'nav.api_tokens',
    description: 'nav.api_tokens.description',
    permission: 'api-tokens:manage',
  },
];

export function visibleNavItems(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.permission === null || permissions.includes(item.permission));
}
