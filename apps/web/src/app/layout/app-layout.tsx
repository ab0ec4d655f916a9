import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useMatches, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useT } from '../../locales/i18n-context';
import { useMe } from '../../modules/auth/auth.queries';
import { useInboxEvents } from '../../modules/distribution/inbox-events';
import { useWideScreen } from '../../shared/hooks/use-wide-screen';
import { AppHeader } from './app-header';
import { AppNavbar } from './app-navbar';
import { Forbidden } from './forbidden';
import { SkipLink } from './skip-link';

/** The signed-in frame: header, navigation by permission, and `<main id="main">`. */
export function AppLayout() {
  const t = useT();
  const me = useMe();
  const wide = useWideScreen();
  const [navbarOpened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const required = useMatches({
    select: (matches) =>
      matches.flatMap((match) => (match.staticData.permission ? [match.staticData.permission] : [])),
  });
  const allowed = required.every((permission) =>
    typeof permission === 'string'
      ? me.permissions.includes(permission)
      : permission.some((p) => me.permissions.includes(p)),
  );

  useEffect(close, [pathname, close]);
  // Inboxes (and the counts in the menu) follow changes live while signed in.
  useInboxEvents({
    enabled: me.permissions.includes('correspondence:read'),
    positionId: me.activePositionId,
  });

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 270, breakpoint: 'md', collapsed: { mobile: !navbarOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <AppHeader navbarOpened={navbarOpened} onToggleNavbar={toggle} />
        </AppShell.Header>
        {/* Off-screen on a phone until opened: `inert` keeps its links out of the tab order meanwhile. */}
        <AppShell.Navbar p="sm" aria-label={t('layout.nav.label')} inert={!wide && !navbarOpened}>
          <AppNavbar />
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          {allowed ? <Outlet /> : <Forbidden />}
        </AppShell.Main>
      </AppShell>
    </>
  );
}
