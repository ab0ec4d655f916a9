import { Group, List, Stack, Table, Text } from '@mantine/core';
import type { Case } from '@obieg/contracts/cases';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { dayOffKind, deadlineBadgeState, explainDeadline, movedFrom } from '../case-deadline.models';
import { DEADLINE_KIND_LABELS, NOT_COUNTED_LABELS } from '../case-labels';
import { workingDaysQuery } from '../cases.queries';
import { DeadlineBadge } from './deadline-badge';

/** The day off a term was moved from, in words: Saturday, Sunday, or the holiday's name. */
function useDayOffName(date: string | null): string {
  const t = useT();
  const kind = date ? dayOffKind(date) : 'saturday';
  const calendar = useQuery({
    ...workingDaysQuery(date ?? '', date ?? ''),
    enabled: Boolean(date) && kind === 'holiday',
  });
  if (!date) return '';
  if (kind === 'saturday') return t('cases.deadline.day_off.saturday');
  if (kind === 'sunday') return t('cases.deadline.day_off.sunday');
  return calendar.data?.[0]?.holiday ?? t('cases.deadline.day_off.holiday');
}

/**
 * The term as the server computed it: due date and its state, the day it runs from, the periods
 * not counted, and in words how it came out (KPA art. 35, 57 § 4).
 */
export function CaseDeadlinePanel({ item }: { item: Case }) {
  const t = useT();
  const format = useFormatters();
  const deadline = item.deadline;
  const moved = deadline ? movedFrom(deadline) : null;
  const dayOff = useDayOffName(moved);
  if (!deadline)
    return (
      <Text size="sm" data-testid="case-deadline">
        {t('cases.deadline.note.none')}
      </Text>
    );
  const state = deadlineBadgeState(deadline, item.status);
  const notes = explainDeadline(deadline).map((note) => {
    const dates = Object.fromEntries(
      Object.entries(note.dates ?? {}).map(([name, value]) => [name, format.date(value)]),
    );
    return t(note.key, { ...note.params, ...dates, day: dayOff });
  });
  const rows: Array<[MessageKey, ReactNode]> = [
    ['cases.deadline.field.kind', t(DEADLINE_KIND_LABELS[deadline.kind])],
    ['cases.deadline.field.start', format.date(deadline.startDate)],
    [
      'cases.deadline.field.nominal_end',
      deadline.nominalEnd ? format.date(deadline.nominalEnd) : t('common.none'),
    ],
    ['cases.deadline.field.not_counted_days', String(deadline.notCountedDays)],
  ];
  return (
    <Stack gap="sm" data-testid="case-deadline">
      <Group gap="sm" align="baseline" wrap="wrap">
        <Text size="xl" fw={700} data-testid="case-due-date">
          {item.status === 'closed'
            ? t('cases.deadline.closed', { date: format.date(item.settledOn) })
            : deadline.dueDate
              ? format.date(deadline.dueDate)
              : t(
                  deadline.kind === 'without_delay'
                    ? 'cases.deadline.kind.without_delay'
                    : 'cases.deadline.stopped',
                )}
        </Text>
        {state !== 'none' && <DeadlineBadge state={state} />}
      </Group>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={{ base: 140, sm: 200 }}>
                {t(label)}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {deadline.periods.length > 0 && (
        <div>
          <Text size="sm" fw={600} id="case-periods-heading">
            {t('cases.deadline.periods')}
          </Text>
          <List size="sm" spacing={2} aria-labelledby="case-periods-heading">
            {deadline.periods.map((period) => (
              <List.Item key={period.id}>
                {t(NOT_COUNTED_LABELS[period.kind])}:{' '}
                {period.to
                  ? t('cases.deadline.period_range', {
                      from: format.date(period.from),
                      to: format.date(period.to),
                    })
                  : t('cases.deadline.period_open', { from: format.date(period.from) })}
                {period.reason && ` — ${period.reason}`}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      <div>
        <Text size="sm" fw={600} id="case-deadline-notes-heading">
          {t('cases.deadline.how')}
        </Text>
        <List
          size="sm"
          spacing={2}
          aria-labelledby="case-deadline-notes-heading"
          data-testid="case-deadline-notes"
        >
          {notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      </div>
    </Stack>
  );
}
