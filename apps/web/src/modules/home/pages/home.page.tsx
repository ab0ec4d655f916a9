import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { visibleNavItems } from '../../../app/navigation';
import { useT } from '../../../locales/i18n-context';
import { Page } from '../../../shared/ui/page';
import { useMe } from '../../auth/auth.queries';
import { positionLabel } from '../../auth/position-label';
import { AnchorLink } from '../../../shared/ui/anchor-link';

export function HomePage() {
  const t = useT();
  const me = useMe();
  const active = me.positions.find((position) => position.id === me.activePositionId);
  const shortcuts = visibleNavItems(me.permissions).filter((item) => item.to !== '/');

  return (
    <Page title={t('home.title', { name: me.displayName })} documentTitle={t('home.document_title')}>
      <Card withBorder component="section" aria-labelledby="home-position-heading">
        <Title order={2} size="h4" id="home-position-heading">
          {t('home.position.heading')}
        </Title>
        {active ? (
          <Stack gap={2} mt="xs">
            <Text fw={600}>{positionLabel(t, active)}</Text>
            <Text c="dimmed">
              {active.orgUnitSymbol} — {active.orgUnitName}
            </Text>
            {me.positions.length > 1 && <Text size="sm">{t('home.position.switch_hint')}</Text>}
          </Stack>
        ) : (
          <Text mt="xs">{t('home.position.none')}</Text>
        )}
      </Card>
      <section aria-labelledby="home-shortcuts-heading">
        <Title order={2} size="h4" id="home-shortcuts-heading" mb="sm">
          {t('home.shortcuts.heading')}
        </Title>
        {shortcuts.length === 0 ? (
          <Text>{t('home.shortcuts.none')}</Text>
        ) : (
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {shortcuts.map((item) => (
              <Card withBorder component="li" key={item.to} padding="md">
                <AnchorLink to={item.to} fw={600}>
                  {t(item.label)}
                </AnchorLink>
                <Text size="sm" c="dimmed" mt={4}>
                  {t(item.description)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </section>
    </Page>
  );
}
