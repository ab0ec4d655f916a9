import { Button, Menu, Stack, Text } from '@mantine/core';
import type { PositionSummary } from '@obieg/contracts/auth';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useT } from '../../locales/i18n-context';
import { logout } from '../../modules/auth/auth.api';
import { useMe, useSwitchPositionMutation } from '../../modules/auth/auth.queries';
import { positionLabel } from '../../modules/auth/position-label';
import { stopInboxEvents } from '../../modules/distribution/inbox-events';
import { useNotify } from '../../shared/hooks/use-notify';

export function UserMenu() {
  const t = useT();
  const notify = useNotify();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const switchPosition = useSwitchPositionMutation();
  const active = me.positions.find((position) => position.id === me.activePositionId);

  const onSwitch = (position: PositionSummary) =>
    switchPosition.mutate(position.id, {
      onSuccess: () => notify.info(t('auth.position.switched', { position: positionLabel(t, position) })),
      onError: (error) => notify.error(error),
    });

  const onLogout = async () => {
    stopInboxEvents();
    try {
      await logout();
    } finally {
      await navigate({ to: '/login' });
      queryClient.clear();
    }
  };

  return (
    <Menu position="bottom-end" width={320} withinPortal>
      <Menu.Target>
        <Button variant="default" h="auto" py={4}>
          <Stack gap={0} align="flex-start">
            <Text size="sm" fw={600} maw={220} truncate="end">
              {me.displayName}
            </Text>
            <Text size="xs" c="dimmed" maw={220} truncate="end" visibleFrom="md">
              {active ? positionLabel(t, active) : t('auth.position.none')}
            </Text>
          </Stack>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {me.positions.length > 0 && <Menu.Label>{t('layout.user_menu.positions')}</Menu.Label>}
        <Menu.RadioGroup
          value={me.activePositionId}
          onChange={(id) => {
            const position = me.positions.find((candidate) => candidate.id === id);
            if (position) onSwitch(position);
          }}
        >
          {me.positions.map((position) => (
            <Menu.RadioItem key={position.id} value={position.id} closeMenuOnClick>
              {positionLabel(t, position)}
              <Text size="xs" c="dimmed">
                {position.orgUnitName}
              </Text>
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
        {me.positions.length > 0 && <Menu.Divider />}
        <Menu.Item component={Link} to="/account/password">
          {t('layout.user_menu.change_password')}
        </Menu.Item>
        <Menu.Item onClick={() => void onLogout()}>{t('layout.user_menu.logout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
