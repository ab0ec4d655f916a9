import type { Permission } from '@obieg/contracts/permissions';
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { meQueryOptions } from '../modules/auth/auth.queries';
import { LoginPage } from '../modules/auth/pages/login.page';
import { PasswordChangePage } from '../modules/auth/pages/password-change.page';
import { HomePage } from '../modules/home/pages/home.page';
import { parseIncomingSearch } from '../modules/correspondence/incoming-search.models';
import { parseInboxSearch } from '../modules/distribution/inbox.models';
import { parseCaseSearch, parseCaseTab, parseOpenCaseSearch } from '../modules/cases/case-search.models';
import { parseCaseRegisterSearch, parseCooperationSearch } from '../modules/cases/case-register.models';
import { parseDashboardSearch } from '../modules/cases/dashboard.models';
import { parseGlobalSearch } from '../modules/search/search.models';
import { parseOutgoingSearch } from '../modules/dispatch/outgoing-search.models';
import { isApiError } from './api-error';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './layout/not-found.page';
import { RootComponent } from './layout/root-component';

export type RouterContext = { queryClient: QueryClient };

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /**
     * The permission a screen needs (a list: any one of them); without it the layout shows "no
     * access" instead of the screen.
     */
    permission?: Permission | readonly Permission[];
  }
}

/** Only same-site paths may be a return address after login. */
export function safeRedirect(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

async function loadMeOrRedirect({ queryClient, href }: { queryClient: QueryClient; href: string }) {
  try {
    return await queryClient.ensureQueryData(meQueryOptions);
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      throw redirect({ to: '/login', search: { redirect: href === '/' ? undefined : href } });
    }
    throw error;
  }
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootComponent,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: safeRedirect(search.redirect),
  }),
  component: LoginPage,
});

const passwordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/password',
  beforeLoad: ({ context, location }) =>
    loadMeOrRedirect({ queryClient: context.queryClient, href: location.href }),
  component: PasswordChangePage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await loadMeOrRedirect({ queryClient: context.queryClient, href: location.href });
    if (me.mustChangePassword) throw redirect({ to: '/password' });
  },
  component: AppLayout,
});

const page = <TPath extends string>(
  path: TPath,
  component: ReturnType<typeof lazyRouteComponent>,
  permission?: Permission,
) => createRoute({ getParentRoute: () => appRoute, path, component, staticData: { permission } });

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

/** The RPW register keeps its filters in the address, so "back" from an item restores them. */
const incomingListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/incoming',
  validateSearch: parseIncomingSearch,
  component: lazyRouteComponent(
    () => import('../modules/correspondence/pages/incoming-list.page'),
    'IncomingListPage',
  ),
  staticData: { permission: 'correspondence:read' },
});

/** The inboxes keep their view (tab) in the address: `?state=accepted`. */
const inboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inbox',
  validateSearch: parseInboxSearch('me'),
  component: lazyRouteComponent(() => import('../modules/distribution/pages/inbox.page'), 'MyInboxPage'),
  staticData: { permission: 'correspondence:read' },
});

const unitInboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inbox/unit',
  validateSearch: parseInboxSearch('unit'),
  component: lazyRouteComponent(() => import('../modules/distribution/pages/inbox.page'), 'UnitInboxPage'),
  staticData: { permission: 'correspondence:distribute' },
});

/** Cases keep their filters in the address, so "back" from a case restores them. */
const caseListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases',
  validateSearch: parseCaseSearch,
  component: lazyRouteComponent(() => import('../modules/cases/pages/case-list.page'), 'CaseListPage'),
  staticData: { permission: 'cases:read' },
});

/** Opening a case; `?from=<item id>` fills the form in from an incoming item. */
const caseOpenRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases/new',
  validateSearch: parseOpenCaseSearch,
  component: lazyRouteComponent(() => import('../modules/cases/pages/case-open.page'), 'CaseOpenPage'),
  staticData: { permission: 'cases:handle' },
});

/** The deadline dashboard; `?scope=unit` (heads) or `office`. */
const deadlineDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases/deadlines',
  validateSearch: parseDashboardSearch,
  component: lazyRouteComponent(
    () => import('../modules/cases/pages/deadline-dashboard.page'),
    'DeadlineDashboardPage',
  ),
  staticData: { permission: 'cases:read' },
});

/** The cooperation of units (shares and opinions); `?from=…&to=…` limits the period. */
const cooperationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases/cooperation',
  validateSearch: parseCooperationSearch,
  component: lazyRouteComponent(
    () => import('../modules/cases/pages/cooperation-report.page'),
    'CooperationReportPage',
  ),
  staticData: { permission: 'reports:read' },
});

/** The spis spraw keeps its unit, JRWA class and year (or date range) in the address. */
const caseRegisterRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/case-registers',
  validateSearch: parseCaseRegisterSearch,
  component: lazyRouteComponent(
    () => import('../modules/cases/pages/case-register.page'),
    'CaseRegisterPage',
  ),
  staticData: { permission: 'cases:read' },
});

/** A case; `?tab=metryka` (or `drafts`, `dispatches`, `links`, `shares`) shows that tab instead of its file. */
const caseDetailsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases/$id',
  validateSearch: parseCaseTab,
  component: lazyRouteComponent(() => import('../modules/cases/pages/case-details.page'), 'CaseDetailsPage'),
  staticData: { permission: 'cases:read' },
});

/** A draft letter: its versions, approval path and signature (`/documents/$documentId`). */
const documentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/documents/$documentId',
  component: lazyRouteComponent(() => import('../modules/documents/pages/document.page'), 'DocumentPage'),
  staticData: { permission: ['cases:read', 'drafts:approve', 'drafts:sign'] },
});

/**
 * The registry's outgoing mail: the queue, the outgoing register (its filters, sorting and page in
 * the address), the postal book and return receipts; `?tab=register` etc.
 */
const outgoingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/outgoing',
  validateSearch: parseOutgoingSearch,
  component: lazyRouteComponent(() => import('../modules/dispatch/pages/outgoing.page'), 'OutgoingPage'),
  staticData: { permission: 'dispatch:send' },
});

/** A dispatch: the registry's, and the officer's who ordered it from a letter. */
const dispatchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/outgoing/$dispatchId',
  component: lazyRouteComponent(() => import('../modules/dispatch/pages/dispatch.page'), 'DispatchPage'),
  staticData: { permission: ['dispatch:send', 'cases:read', 'cases:handle'] },
});

/**
 * The global search keeps its words and filters in the address (`/search?q=…`). No permission of
 * its own: the API searches only what the user may open; the screen needs one of the read rights.
 */
const searchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/search',
  validateSearch: parseGlobalSearch,
  component: lazyRouteComponent(() => import('../modules/search/pages/search.page'), 'SearchPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  passwordRoute,
  appRoute.addChildren([
    homeRoute,
    page(
      '/account/password',
      lazyRouteComponent(() => import('../modules/auth/pages/account-password.page'), 'AccountPasswordPage'),
    ),
    page(
      '/tenant',
      lazyRouteComponent(() => import('../modules/tenants/pages/tenant-settings.page'), 'TenantSettingsPage'),
      'tenant:manage',
    ),
    page(
      '/org-units',
      lazyRouteComponent(() => import('../modules/organization/pages/org-units.page'), 'OrgUnitsPage'),
      'organization:read',
    ),
    page(
      '/users',
      lazyRouteComponent(() => import('../modules/organization/pages/users.page'), 'UsersPage'),
      'users:read',
    ),
    page(
      '/users/$userId',
      lazyRouteComponent(() => import('../modules/organization/pages/user-details.page'), 'UserDetailsPage'),
      'users:read',
    ),
    page(
      '/roles',
      lazyRouteComponent(() => import('../modules/organization/pages/roles.page'), 'RolesPage'),
      'roles:read',
    ),
    page(
      '/substitutions',
      lazyRouteComponent(
        () => import('../modules/organization/pages/substitutions.page'),
        'SubstitutionsPage',
      ),
      'users:manage',
    ),
    page(
      '/jrwa',
      lazyRouteComponent(() => import('../modules/jrwa/pages/jrwa-browser.page'), 'JrwaBrowserPage'),
      'jrwa:read',
    ),
    page(
      '/jrwa/import',
      lazyRouteComponent(() => import('../modules/jrwa/pages/jrwa-import.page'), 'JrwaImportPage'),
      'jrwa:manage',
    ),
    page(
      '/jrwa/extracts',
      lazyRouteComponent(() => import('../modules/jrwa/pages/jrwa-extracts.page'), 'JrwaExtractsPage'),
      'jrwa:manage',
    ),
    page(
      '/contacts',
      lazyRouteComponent(() => import('../modules/contacts/pages/contacts.page'), 'ContactsPage'),
      'contacts:read',
    ),
    page(
      '/contacts/new',
      lazyRouteComponent(() => import('../modules/contacts/pages/contact-create.page'), 'ContactCreatePage'),
      'contacts:manage',
    ),
    page(
      '/contacts/$contactId',
      lazyRouteComponent(
        () => import('../modules/contacts/pages/contact-details.page'),
        'ContactDetailsPage',
      ),
      'contacts:read',
    ),
    page(
      '/incoming/new',
      lazyRouteComponent(
        () => import('../modules/correspondence/pages/incoming-register.page'),
        'IncomingRegisterPage',
      ),
      'correspondence:register',
    ),
    incomingListRoute,
    page(
      '/incoming/$id',
      lazyRouteComponent(
        () => import('../modules/correspondence/pages/incoming-details.page'),
        'IncomingDetailsPage',
      ),
      'correspondence:read',
    ),
    inboxRoute,
    unitInboxRoute,
    caseListRoute,
    caseOpenRoute,
    deadlineDashboardRoute,
    cooperationRoute,
    caseRegisterRoute,
    caseDetailsRoute,
    documentRoute,
    outgoingRoute,
    dispatchRoute,
    searchRoute,
    page(
      '/distribution-rules',
      lazyRouteComponent(
        () => import('../modules/distribution/pages/distribution-rules.page'),
        'DistributionRulesPage',
      ),
      'organization:manage',
    ),
    page(
      '/templates',
      lazyRouteComponent(() => import('../modules/documents/pages/templates.page'), 'TemplatesPage'),
      'tenant:manage',
    ),
    page(
      '/pki',
      lazyRouteComponent(() => import('../modules/signatures/pages/pki.page'), 'PkiPage'),
      'tenant:manage',
    ),
    page(
      '/integrations',
      lazyRouteComponent(() => import('../modules/integrations/pages/integrations.page'), 'IntegrationsPage'),
      'tenant:manage',
    ),
    page(
      '/audit',
      lazyRouteComponent(() => import('../modules/audit/pages/audit-log.page'), 'AuditLogPage'),
      'audit:read',
    ),
    page(
      '/sessions',
      lazyRouteComponent(() => import('../modules/auth/pages/sessions.page'), 'SessionsPage'),
      'sessions:manage',
    ),
    page(
      '/api-tokens',
      lazyRouteComponent(() => import('../modules/api-tokens/pages/api-tokens.page'), 'ApiTokensPage'),
      'api-tokens:manage',
    ),
  ]),
]);

export { routeTree };
