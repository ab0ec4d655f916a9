import { Burger, Group, Text } from '@mantine/core';
import { useWideScreen } from '../../shared/hooks/use-wide-screen';
import { useMe } from '../../modules/auth/auth.queries';
import { HeaderSearch } from '../../modules/search/components/header-search';
import { useT } from '../../locales/i18n-context';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

export function AppHeader({
  navbarOpened,
  onToggleNavbar,
}: {
  navbarOpened: boolean;
  onToggleNavbar: () => void;
}) {
  const t = useT();
  const me = useMe();
  const wide = useWideScreen();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Burger
          opened={navbarOpened}
          onClick={onToggleNavbar}
          hiddenFrom="md"
          size="sm"
          aria-label={t(navbarOpened ? 'layout.nav.close' : 'layout.nav.open')}
          aria-expanded={navbarOpened}
        />
        <Text fw={700} size="lg" c="blue.9">
          Obieg
        </Text>
        <Text truncate="end" data-testid="office-name" visibleFrom="md">
          {me.tenant.name}
        </Text>
      </Group>
      <Group gap="md" wrap="nowrap">
        <HeaderSearch />
        {wide && <LanguageSwitch />}
        <UserMenu />
      </Group>
    </Group>
  );
}
