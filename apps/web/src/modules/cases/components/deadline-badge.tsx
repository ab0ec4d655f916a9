import { Badge, Group, Text } from '@mantine/core';
import type { CaseSummary } from '@obieg/contracts/cases';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { deadlineBadgeState } from '../case-deadline.models';
import {
  CASE_STATUS_COLORS,
  CASE_STATUS_LABELS,
  DEADLINE_STATE_COLORS,
  DEADLINE_STATE_LABELS,
  DEADLINE_STATE_TEXT,
} from '../case-labels';

type DeadlineState = keyof typeof DEADLINE_STATE_LABELS;

/** The state of a term in words (never colour alone): w terminie, termin wkrótce, po terminie… */
export function DeadlineBadge({ state }: { state: DeadlineState }) {
  const t = useT();
  return (
    <Badge
      variant="light"
      color={DEADLINE_STATE_COLORS[state]}
      c={DEADLINE_STATE_TEXT[state]}
      data-deadline-state={state}
    >
      {t(DEADLINE_STATE_LABELS[state])}
    </Badge>
  );
}

export function CaseStatusBadge({ status }: { status: CaseSummary['status'] }) {
  const t = useT();
  return (
    <Badge variant="light" color={CASE_STATUS_COLORS[status]}>
      {t(CASE_STATUS_LABELS[status])}
    </Badge>
  );
}

/** A case's due date with the state of its term, as lists show it. */
export function CaseDueDate({ item }: { item: Pick<CaseSummary, 'deadline' | 'status' | 'settledOn'> }) {
  const t = useT();
  const format = useFormatters();
  if (item.status === 'closed')
    return (
      <Text size="sm" className="nowrap">
        {t('cases.list.settled_on', { date: format.date(item.settledOn) })}
      </Text>
    );
  const deadline = item.deadline;
  const state = deadlineBadgeState(deadline, item.status);
  if (!deadline) return <Text size="sm">{t('cases.deadline.state.none')}</Text>;
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" className="nowrap" fw={state === 'overdue' ? 700 : undefined}>
        {deadline.dueDate
          ? format.date(deadline.dueDate)
          : t(deadline.kind === 'without_delay' ? 'cases.deadline.kind.without_delay' : 'common.none')}
      </Text>
      {state !== 'none' && <DeadlineBadge state={state} />}
    </Group>
  );
}
