import { Tabs } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';
import { Page } from '../../../shared/ui/page';
import { OrgUnitsPanel } from '../components/org-units-panel';
import { OrgansPanel } from '../components/organs-panel';

export function OrgUnitsPage() {
  const t = useT();
  return (
    <Page title={t('organization.units.title')}>
      <Tabs defaultValue="units" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="units">{t('organization.units.tab')}</Tabs.Tab>
          <Tabs.Tab value="organs">{t('organization.organs.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="units" pt="md">
          <OrgUnitsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="organs" pt="md">
          <OrgansPanel />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
