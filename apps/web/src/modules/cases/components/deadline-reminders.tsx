import { Anchor, Group, List, Paper, Text, Title } from '@mantine/core';
import type { DeadlineDashboard } from '@obieg/contracts/cases';
import { useQuery } from '@tanstack/react-query';
import { createLink } from '@tanstack/react-router';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { useCan } from '../../auth/auth.queries';
import { deadlineDashboardQuery } from '../cases.queries';
import { DeadlineBadge } from './deadline-badge';

const AnchorLink = createLink(Anchor);

type DashboardItem = DeadlineDashboard['items'][number];

/** The cases whose term needs the officer now: overdue, or a reminder (7, 3, 1 working days) reached. */
export function remindedCases(items: DashboardItem[]): DashboardItem[] {
  return items.filter(
    (item) => item.workingDaysLeft !== null && (item.workingDaysLeft < 0 || item.reminder !== null),
  );
}

/**
 * In the officer's inbox: reminders of the KPA terms of their own cases, 7, 3 and 1 working days
 * before the due date, and the cases already overdue (the bezczynność risk), each with a link.
 */
export function DeadlineReminders() {
  const t = useT();
  const can = useCan();
  const format = useFormatters();
  const enabled = can('cases:read');
  const dashboard = useQuery({ ...deadlineDashboardQuery('me'), enabled });
  if (!enabled || !dashboard.data) return null;
  const reminded = remindedCases(dashboard.data.items);
  if (reminded.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="deadline-reminders-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="deadline-reminders-heading">
          {t('cases.reminders.heading', { count: reminded.length })}
        </Title>
        <AnchorLink to="/cases/deadlines">{t('cases.reminders.all')}</AnchorLink>
      </Group>
      <List size="sm" spacing={4} data-testid="deadline-reminders">
        {reminded.map((item) => {
          const left = item.workingDaysLeft ?? 0;
          return (
            <List.Item key={item.id}>
              <Group gap={6} wrap="wrap">
                <AnchorLink to="/cases/$id" params={{ id: item.id }}>
                  {item.sign}
                </AnchorLink>
                <Text size="sm" span>
                  {item.title} —{' '}
                  {left < 0
                    ? t('cases.reminders.overdue', { date: format.date(item.deadline?.dueDate ?? null) })
                    : t('cases.reminders.due', {
                        date: format.date(item.deadline?.dueDate ?? null),
                        days: left,
                      })}
                </Text>
                <DeadlineBadge state={left < 0 ? 'overdue' : 'due_soon'} />
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}
