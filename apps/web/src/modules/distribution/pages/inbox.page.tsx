import { Stack, Tabs } from '@mantine/core';
import type { InboxCounts, InboxState } from '@obieg/contracts/distribution';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useT } from '../../../locales/i18n-context';
import { useCursorList } from '../../../shared/hooks/use-cursor-list';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadMore } from '../../../shared/ui/load-more';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { DeadlineReminders } from '../../cases/components/deadline-reminders';
import { ApprovalTasksSection } from '../../documents/components/approval-tasks-section';
import { InboxTable } from '../components/inbox-table';
import { LiveStatus } from '../components/live-status';
import { getInbox, type InboxScope } from '../distribution.api';
import { distributionKeys, inboxCountsQuery } from '../distribution.queries';
import { INBOX_VIEW_LABELS, INBOX_VIEWS, viewOf } from '../inbox.models';

const ROUTES = { me: '/inbox', unit: '/inbox/unit' } as const;
const ROUTE_IDS = { me: '/app/inbox', unit: '/app/inbox/unit' } as const;

/**
 * An inbox — mine (decrees to me: to accept, accepted, returned, overdue) or my units' (to
 * decree, awaiting acceptance, accepted, returned, overdue, for information) — as tabs with
 * counts, the view in the address; mine starts with the letters waiting for my approval. It
 * follows changes live (server-sent events).
 */
function InboxPage({ scope }: { scope: InboxScope }) {
  const t = useT();
  const navigate = useNavigate();
  const search = useSearch({ from: ROUTE_IDS[scope] });
  const view = viewOf(scope, search);
  const list = useCursorList({
    queryKey: distributionKeys.inboxList(scope, view),
    fetchPage: (cursor) => getInbox({ scope, state: view, cursor }),
  });
  // The counts of the menu's badge: the tabs keep them while another view loads.
  const counts: InboxCounts | undefined = useQuery(inboxCountsQuery(scope)).data;
  const label = (state: InboxState) => t(INBOX_VIEW_LABELS[scope][state] ?? 'distribution.inbox.views');
  const title = t(scope === 'me' ? 'distribution.inbox.me.title' : 'distribution.inbox.unit.title');

  return (
    <Page title={title} actions={<LiveStatus />}>
      {scope === 'me' && <ApprovalTasksSection />}
      {scope === 'me' && <DeadlineReminders />}
      <Tabs
        value={view}
        keepMounted={false}
        onChange={(next) =>
          void navigate({
            to: ROUTES[scope],
            search: next && next !== INBOX_VIEWS[scope][0] ? { state: next as InboxState } : {},
            replace: true,
          })
        }
      >
        <Tabs.List aria-label={t('distribution.inbox.views')}>
          {INBOX_VIEWS[scope].map((state) => (
            <Tabs.Tab key={state} value={state} data-testid={`inbox-tab-${state}`}>
              {label(state)} ({counts ? counts[state] : '…'})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {INBOX_VIEWS[scope].map((state) => (
          <Tabs.Panel key={state} value={state} pt="md">
            <Stack gap="sm">
              {list.error && <ErrorAlert error={list.error} />}
              {list.isPending ? (
                <LoadingState />
              ) : (
                <InboxTable
                  items={list.items}
                  scope={scope}
                  caption={t('distribution.inbox.caption', {
                    view: label(state),
                    count: counts?.[state] ?? 0,
                  })}
                />
              )}
              <LoadMore
                hasNextPage={list.hasNextPage}
                isFetchingNextPage={list.isFetchingNextPage}
                onLoadMore={() => void list.fetchNextPage()}
              />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
}

export const MyInboxPage = () => <InboxPage scope="me" />;
export const UnitInboxPage = () => <InboxPage scope="unit" />;
