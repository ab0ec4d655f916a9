import { Badge, Group } from '@mantine/core';
import type { User } from '@obieg/contracts/organization';
import { useT } from '../../../locales/i18n-context';

export function UserStatusBadges({ user }: { user: User }) {
  const t = useT();
  return (
    <Group gap={4}>
      <Badge variant="light" color={user.active ? 'blue' : 'gray'}>
        {user.active ? t('common.active') : t('common.inactive')}
      </Badge>
      {user.kind === 'service' && (
        <Badge variant="light" color="grape">
          {t('organization.users.kind.service')}
        </Badge>
      )}
      {user.mustChangePassword && (
        <Badge variant="light" color="red">
          {t('organization.users.must_change_password')}
        </Badge>
      )}
    </Group>
  );
}
