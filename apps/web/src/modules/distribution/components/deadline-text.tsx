import { Text } from '@mantine/core';
import { todayInOffice } from '../../../shared/format/dates';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { deadlineStatus } from '../distribution.models';

/**
 * A decree's deadline; past it, in red and with the words "after the deadline" (never colour
 * alone); on the day itself, with "today".
 */
export function DeadlineText({
  deadline,
  active = true,
  overdue,
}: {
  deadline: string | null;
  active?: boolean;
  /** The API's verdict, when it gave one (inbox rows). */
  overdue?: boolean;
}) {
  const t = useT();
  const format = useFormatters();
  const status = overdue ? 'overdue' : deadlineStatus(deadline, todayInOffice(), active);
  if (status === 'none') return <Text size="sm">{t('distribution.deadline.none')}</Text>;
  return (
    <Text
      size="sm"
      component="span"
      className="nowrap"
      fw={status === 'upcoming' ? undefined : 700}
      c={status === 'overdue' ? 'red.9' : undefined}
      data-deadline={status}
    >
      {format.date(deadline)}
      {status === 'overdue' && ` (${t('distribution.deadline.overdue')})`}
      {status === 'today' && ` (${t('distribution.deadline.today')})`}
    </Text>
  );
}
