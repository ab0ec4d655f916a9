import { Button, Paper, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import type { DeadlineDashboard } from '@obieg/contracts/cases';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { Page } from '../../../shared/ui/page';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { useCan, useMe } from '../../auth/auth.queries';
import { personLabel } from '../../distribution/distribution-labels';
import type { DashboardScope } from '../cases.api';
import { deadlineDashboardQuery } from '../cases.queries';
import { dashboardScopes } from '../dashboard.models';
import { CaseDueDate } from '../components/deadline-badge';
import { DelayNoticeDialog } from '../components/delay-notice-dialog';

type DashboardItem = DeadlineDashboard['items'][number];

const SCOPE_LABELS: Record<DashboardScope, MessageKey> = {
  me: 'cases.dashboard.scope.me',
  unit: 'cases.dashboard.scope.unit',
  office: 'cases.dashboard.scope.office',
};

const COUNTS: { key: keyof DeadlineDashboard['counts']; label: MessageKey; color: string }[] = [
  { key: 'overdue', label: 'cases.dashboard.count.overdue', color: 'var(--mantine-color-red-9)' },
  { key: 'dueSoon', label: 'cases.dashboard.count.due_soon', color: 'var(--mantine-color-orange-9)' },
  { key: 'suspended', label: 'cases.dashboard.count.suspended', color: 'var(--mantine-color-gray-8)' },
  { key: 'ok', label: 'cases.dashboard.count.ok', color: 'var(--mantine-color-green-9)' },
];

function Counts({ counts }: { counts: DeadlineDashboard['counts'] }) {
  const t = useT();
  return (
    <SimpleGrid
      cols={{ base: 2, md: 4 }}
      spacing="sm"
      component="ul"
      className="plain-list"
      data-testid="deadline-counts"
    >
      {COUNTS.map(({ key, label, color }) => (
        <Paper withBorder p="sm" component="li" key={key} style={{ borderLeft: `4px solid ${color}` }}>
          <Text size="sm">{t(label)}</Text>
          <Text size="xl" fw={700} data-count={key}>
            {counts[key]}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** Working days to the due date, or past it, in words (no plural forms needed). */
function DaysLeft({ item }: { item: DashboardItem }) {
  const t = useT();
  if (item.workingDaysLeft === null) return null;
  return (
    <Text size="xs" c="dimmed">
      {item.workingDaysLeft < 0
        ? t('cases.dashboard.days_after', { days: -item.workingDaysLeft })
        : t('cases.dashboard.days_left', { days: item.workingDaysLeft })}
    </Text>
  );
}

function DashboardTable({ data, scope }: { data: DeadlineDashboard; scope: DashboardScope }) {
  const t = useT();
  const can = useCan();
  const [notice, setNotice] = useState<DashboardItem | null>(null);
  const caption = t('cases.dashboard.caption', { count: data.items.length });
  const mayNotify = can('cases:handle');
  return (
    <>
      <TableScroll minWidth={880} label={caption}>
        <Table striped withTableBorder verticalSpacing="xs" data-testid="deadline-table">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cases.list.column.sign')}</Table.Th>
              <Table.Th scope="col">{t('cases.list.column.title')}</Table.Th>
              {scope !== 'me' && <Table.Th scope="col">{t('cases.list.column.handler')}</Table.Th>}
              <Table.Th scope="col">{t('cases.list.column.due')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.length === 0 && (
              <EmptyRow colSpan={scope === 'me' ? 4 : 5} text={t('cases.dashboard.empty')} />
            )}
            {data.items.map((item) => (
              <Table.Tr key={item.id} data-deadline-state={item.deadline?.state}>
                <Table.Td>
                  <AnchorLink to="/cases/$id" params={{ id: item.id }} fw={700} className="mono nowrap">
                    {item.sign}
                  </AnchorLink>
                </Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                    {item.title}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {item.jrwa.symbol} — {item.jrwa.title}
                  </Text>
                </Table.Td>
                {scope !== 'me' && (
                  <Table.Td>
                    <Text size="sm">{personLabel(item.handler)}</Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <Stack gap={2}>
                    <CaseDueDate item={item} />
                    <DaysLeft item={item} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {item.noticeProposed && mayNotify ? (
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('cases.dashboard.notice_for', { sign: item.sign })}
                      onClick={() => setNotice(item)}
                    >
                      {t('cases.dashboard.notice')}
                    </Button>
                  ) : (
                    <Text size="sm">{t('common.none')}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {notice && <DelayNoticeDialog key={notice.id} item={notice} opened onClose={() => setNotice(null)} />}
    </>
  );
}

/**
 * The deadline dashboard (`/cases/deadlines`): cases at risk of delay (bezczynność) — counts of
 * overdue, due soon and suspended, and the list overdue first, each with the art. 36 notice of
 * delay where the server proposes one. Heads also see their unit's (`?scope=unit`).
 */
export function DeadlineDashboardPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const scopes = dashboardScopes(me);
  const search = useSearch({ from: '/app/cases/deadlines' });
  const scope = search.scope && scopes.includes(search.scope) ? search.scope : 'me';
  const query = useQuery(deadlineDashboardQuery(scope));
  const content = (
    <QueryBoundary query={query}>
      {(data) => (
        <Stack gap="md">
          <Counts counts={data.counts} />
          <DashboardTable data={data} scope={scope} />
        </Stack>
      )}
    </QueryBoundary>
  );
  return (
    <Page title={t('cases.dashboard.title')}>
      <Text size="sm">{t('cases.dashboard.intro')}</Text>
      {scopes.length > 1 ? (
        <Tabs
          value={scope}
          keepMounted={false}
          onChange={(next) =>
            void navigate({
              to: '/cases/deadlines',
              search: next && next !== 'me' ? { scope: next as DashboardScope } : {},
              replace: true,
            })
          }
        >
          <Tabs.List aria-label={t('cases.dashboard.scopes')}>
            {scopes.map((value) => (
              <Tabs.Tab key={value} value={value}>
                {t(SCOPE_LABELS[value])}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {scopes.map((value) => (
            <Tabs.Panel key={value} value={value} pt="md">
              {value === scope && content}
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        content
      )}
    </Page>
  );
}
