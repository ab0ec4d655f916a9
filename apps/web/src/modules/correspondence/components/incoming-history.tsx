import { Group, Text } from '@mantine/core';
import type { IncomingHistoryEntry } from '@obieg/contracts/distribution';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { translateDynamic, type MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { actorLabel, personLabel, unitText } from '../../distribution/distribution-labels';
import { incomingHistoryQuery } from '../../distribution/distribution.queries';
import { CORRECTION_FIELD_LABELS } from '../incoming-correction.models';
import { useChangeValue } from './incoming-corrections';

/** Decree corrections record ids of the assignee; the entry names the new one instead. */
const HIDDEN_CHANGES = new Set(['assigneeUserId', 'assigneePositionId']);
const DECREE_CHANGE_LABELS: Record<string, MessageKey> = {
  instruction: 'distribution.history.instruction',
  deadline: 'distribution.history.deadline',
};

function Changes({ entry }: { entry: IncomingHistoryEntry }) {
  const t = useT();
  const format = useFormatters();
  const showItemValue = useChangeValue();
  const show = (field: string, value: unknown) =>
    field === 'deadline' && typeof value === 'string' ? format.date(value) : showItemValue(field, value);
  const changes = Object.entries(entry.changes ?? {}).filter(([field]) => !HIDDEN_CHANGES.has(field));
  if (changes.length === 0) return null;
  return (
    <>
      {changes.map(([field, change]) => {
        const label = DECREE_CHANGE_LABELS[field] ?? CORRECTION_FIELD_LABELS[field];
        return (
          <Text key={field} size="sm" component="span" display="block">
            <strong>{label ? t(label) : field}</strong>: {show(field, change.from)} → {show(field, change.to)}
          </Text>
        );
      })}
    </>
  );
}

/** One step: what happened, when, who did it ("A for B"), and what it recorded. */
function HistoryEntry({ entry }: { entry: IncomingHistoryEntry }) {
  const t = useT();
  const format = useFormatters();
  const decreeAction = entry.action.startsWith('correspondence.decree_');
  const details: Array<[MessageKey, ReactNode]> = [];
  if (entry.byRule) details.push(['distribution.history.rule', entry.byRule.name]);
  if (entry.unit && !decreeAction) details.push(['distribution.history.leading_unit', unitText(entry.unit)]);
  if (entry.infoUnits.length > 0)
    details.push(['distribution.history.info_units', entry.infoUnits.map(unitText).join('; ')]);
  if (entry.assignee) details.push(['distribution.history.assignee', personLabel(entry.assignee)]);
  if (entry.instruction) details.push(['distribution.history.instruction', entry.instruction]);
  if (entry.deadline && entry.assignee)
    details.push(['distribution.history.deadline', format.date(entry.deadline)]);
  if (entry.reason) details.push(['distribution.history.reason', entry.reason]);
  if (entry.changes && Object.keys(entry.changes).some((field) => !HIDDEN_CHANGES.has(field)))
    details.push(['distribution.history.changes', <Changes key="changes" entry={entry} />]);
  return (
    <li className="history-entry">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {translateDynamic({
            t,
            key: `audit.action.${entry.action}`,
            fallback: 'distribution.history.other',
          })}
        </Text>
        <Text size="xs" c="dimmed" component="time" dateTime={entry.at}>
          {format.dateTime(entry.at)}
        </Text>
      </Group>
      <Text size="sm">{actorLabel(t, entry.actor)}</Text>
      {details.length > 0 && (
        <dl className="history-details">
          {details.map(([label, value]) => (
            <div key={label} style={{ display: 'contents' }}>
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

/**
 * The item's whole story from the metryka, oldest first: registration, corrections,
 * distributions, each decree with its instruction and deadline, acceptances, returns with their
 * reasons, corrections and withdrawals of decrees.
 */
export function IncomingHistory({ itemId }: { itemId: string }) {
  const t = useT();
  const query = useQuery(incomingHistoryQuery(itemId));
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return <LoadingState />;
  if (query.data.length === 0) return <Text size="sm">{t('distribution.history.empty')}</Text>;
  return (
    <ol className="history-list" data-testid="incoming-history" aria-label={t('distribution.history.list')}>
      {query.data.map((entry) => (
        <HistoryEntry key={entry.seq} entry={entry} />
      ))}
    </ol>
  );
}
