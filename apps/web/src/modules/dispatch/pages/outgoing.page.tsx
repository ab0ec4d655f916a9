import { Tabs, Text } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useT } from '../../../locales/i18n-context';
import { Page } from '../../../shared/ui/page';
import { PostalBookPanel } from '../components/postal-book-panel';
import { QueuePanel } from '../components/queue-panel';
import { RegisterPanel } from '../components/register-panel';
import { ReturnReceiptsPanel } from '../components/return-receipts-panel';
import type { OutgoingSearch, OutgoingTab } from '../outgoing-search.models';

/**
 * "Przesyłki wychodzące" (`/outgoing`), the registry's desk for outgoing mail: the letters to
 * send, the outgoing register, the postal book of a day and the returned receipts (ZPO). The tab
 * and the register's view are kept in the address (`?tab=register&status=sent`).
 */
export function OutgoingPage() {
  const t = useT();
  const navigate = useNavigate();
  const search = useSearch({ from: '/app/outgoing' });
  const tab: OutgoingTab = search.tab ?? 'queue';
  const update = (patch: Partial<OutgoingSearch>) =>
    void navigate({
      from: '/outgoing',
      to: '/outgoing',
      search: (current) => ({ ...current, ...patch }),
      replace: true,
    });

  return (
    <Page title={t('dispatch.outgoing.title')}>
      <Text size="sm" maw={900}>
        {t('dispatch.outgoing.intro')}
      </Text>
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(next) =>
          void navigate({
            to: '/outgoing',
            search: {
              ...search,
              tab: next && next !== 'queue' ? (next as OutgoingSearch['tab']) : undefined,
            },
            replace: true,
          })
        }
      >
        <Tabs.List aria-label={t('dispatch.outgoing.tabs')}>
          <Tabs.Tab value="queue">{t('dispatch.tab.queue')}</Tabs.Tab>
          <Tabs.Tab value="register">{t('dispatch.tab.register')}</Tabs.Tab>
          <Tabs.Tab value="postal-book">{t('dispatch.tab.postal_book')}</Tabs.Tab>
          <Tabs.Tab value="receipts">{t('dispatch.tab.receipts')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="queue" pt="md">
          <QueuePanel />
        </Tabs.Panel>
        <Tabs.Panel value="register" pt="md">
          <RegisterPanel search={search} onSearch={update} />
        </Tabs.Panel>
        <Tabs.Panel value="postal-book" pt="md">
          <PostalBookPanel date={search.date} onDate={(date) => update({ date })} />
        </Tabs.Panel>
        <Tabs.Panel value="receipts" pt="md">
          <ReturnReceiptsPanel />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
