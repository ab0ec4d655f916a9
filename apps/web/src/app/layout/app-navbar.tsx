import { Box, NavLink, ScrollArea } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { useMe } from '../../modules/auth/auth.queries';
import { InboxCountBadge } from '../../modules/distribution/components/inbox-count-badge';
import { useT } from '../../locales/i18n-context';
import { useWideScreen } from '../../shared/hooks/use-wide-screen';
import { activeNavItem, visibleNavItems } from '../navigation';
import { LanguageSwitch } from './language-switch';

export function AppNavbar() {
  const t = useT();
  const me = useMe();
  const wide = useWideScreen();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const items = visibleNavItems(me.permissions);
  const active = activeNavItem(items, pathname);
  const isActive = (to: string) => active?.to === to;
  return (
    <ScrollArea h="100%" type="auto">
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              component={Link}
              to={item.to}
              // Which item is current is decided above (`/incoming/new` is not also `/incoming`).
              activeOptions={{ exact: true }}
              label={t(item.label)}
              rightSection={item.badge && <InboxCountBadge scope={item.badge} />}
              active={isActive(item.to)}
              aria-current={isActive(item.to) ? 'page' : undefined}
              fw={500}
            />
          </li>
        ))}
      </ul>
      {/* On narrow screens the header has no room for the language switch; it lives here instead. */}
      {!wide && (
        <Box mt="md" px="sm">
          <LanguageSwitch />
        </Box>
      )}
    </ScrollArea>
  );
}
