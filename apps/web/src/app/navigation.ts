import type { Permission } from '@obieg/contracts/permissions';
import type { MessageKey } from '../locales/i18n';
import { SEARCH_PERMISSIONS } from '../modules/search/search.models';

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
    | '/incoming/new'
    | '/incoming'
    | '/outgoing'
    | '/inbox'
    | '/inbox/unit'
    | '/cases'
    | '/cases/deadlines'
    | '/case-registers'
    | '/cases/cooperation'
    | '/search'
    | '/distribution-rules'
    | '/templates'
    | '/pki'
    | '/integrations'
    | '/audit'
    | '/sessions'
    | '/api-tokens';
  label: MessageKey;
  description: MessageKey;
  /** The permission the item needs; a list means any one of them. */
  permission: Permission | readonly Permission[] | null;
  /** A count beside the label: items awaiting me (`me`) or my units (`unit`). */
  badge?: 'me' | 'unit';
};

/** The screens, in menu order; an item shows only with its permission. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', description: 'nav.home.description', permission: null },
  {
    to: '/search',
    label: 'nav.search',
    description: 'nav.search.description',
    permission: SEARCH_PERMISSIONS,
  },
  {
    to: '/inbox',
    label: 'nav.inbox',
    description: 'nav.inbox.description',
    permission: 'correspondence:read',
    badge: 'me',
  },
  {
    to: '/inbox/unit',
    label: 'nav.unit_inbox',
    description: 'nav.unit_inbox.description',
    permission: 'correspondence:distribute',
    badge: 'unit',
  },
  {
    to: '/cases',
    label: 'nav.cases',
    description: 'nav.cases.description',
    permission: 'cases:read',
  },
  {
    to: '/cases/deadlines',
    label: 'nav.case_deadlines',
    description: 'nav.case_deadlines.description',
    permission: 'cases:read',
  },
  {
    to: '/case-registers',
    label: 'nav.case_registers',
    description: 'nav.case_registers.description',
    permission: 'cases:read',
  },
  {
    to: '/cases/cooperation',
    label: 'nav.case_cooperation',
    description: 'nav.case_cooperation.description',
    permission: 'reports:read',
  },
  {
    to: '/incoming/new',
    label: 'nav.incoming_new',
    description: 'nav.incoming_new.description',
    permission: 'correspondence:register',
  },
  {
    to: '/incoming',
    label: 'nav.incoming',
    description: 'nav.incoming.description',
    permission: 'correspondence:read',
  },
  {
    to: '/outgoing',
    label: 'nav.outgoing',
    description: 'nav.outgoing.description',
    permission: 'dispatch:send',
  },
  {
    to: '/distribution-rules',
    label: 'nav.distribution_rules',
    description: 'nav.distribution_rules.description',
    permission: 'organization:manage',
  },
  { to: '/tenant', label: 'nav.tenant', description: 'nav.tenant.description', permission: 'tenant:manage' },
  {
    to: '/templates',
    label: 'nav.templates',
    description: 'nav.templates.description',
    permission: 'tenant:manage',
  },
  { to: '/pki', label: 'nav.pki', description: 'nav.pki.description', permission: 'tenant:manage' },
  {
    to: '/integrations',
    label: 'nav.integrations',
    description: 'nav.integrations.description',
    permission: 'tenant:manage',
  },
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

/** The menu item of a path: the longest `to` that is the path or a folder of it (`/incoming/new` before `/incoming`). */
export function activeNavItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  return items
    .filter((item) =>
      item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`),
    )
    .sort((a, b) => b.to.length - a.to.length)[0];
}

export function visibleNavItems(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter(
    (item) =>
      item.permission === null ||
      (typeof item.permission === 'string' ? [item.permission] : item.permission).some((permission) =>
        permissions.includes(permission),
      ),
  );
}
