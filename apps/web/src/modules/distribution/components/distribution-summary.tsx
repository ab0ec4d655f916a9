import { List, Table, Text } from '@mantine/core';
import type { IncomingDistribution } from '@obieg/contracts/distribution';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { actorLabel, DISTRIBUTION_STATE_LABELS, personLabel, unitText } from '../distribution-labels';
import { isActiveDecree } from '../distribution.models';
import { DeadlineText } from './deadline-text';

const preWrap = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** Every instruction of the decree chain, earliest first, with who gave it and when. */
function Instructions({ distribution }: { distribution: IncomingDistribution }) {
  const t = useT();
  const format = useFormatters();
  const instructions = distribution.decree?.instructions ?? [];
  if (instructions.length === 0) return <>{t('common.none')}</>;
  return (
    <List type="ordered" size="sm" spacing={4} data-testid="decree-instructions">
      {instructions.map((instruction) => (
        <List.Item key={instruction.decreeId}>
          <Text size="sm" style={preWrap}>
            {instruction.text}
          </Text>
          <Text size="xs" c="dimmed">
            {instruction.by.displayName ?? t('distribution.actor.system')}, {format.dateTime(instruction.at)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** Where the item stands: units, the current decree with its instructions and deadline, acceptance or return. */
export function DistributionSummary({ distribution }: { distribution: IncomingDistribution }) {
  const t = useT();
  const format = useFormatters();
  const decree = distribution.decree;
  const none = t('common.none');
  const distributed = [
    format.dateTime(distribution.distributedAt),
    distribution.byRule && t('distribution.summary.by_rule', { name: distribution.byRule.name }),
  ]
    .filter(Boolean)
    .join(' — ');
  const rows: Array<[MessageKey, ReactNode] | false> = [
    [
      'distribution.summary.state',
      <strong key="state">{t(DISTRIBUTION_STATE_LABELS[distribution.state])}</strong>,
    ],
    ['distribution.summary.leading_unit', unitText(distribution.leadingUnit)],
    [
      'distribution.summary.info_units',
      distribution.infoUnits.length === 0 ? none : distribution.infoUnits.map(unitText).join('; '),
    ],
    ['distribution.summary.distributed_at', distributed],
    distribution.reason !== null && ['distribution.summary.reason', distribution.reason],
    decree !== null && ['distribution.summary.assignee', personLabel(decree.assignee)],
    decree !== null && [
      'distribution.summary.decreed_by',
      `${actorLabel(t, decree.decreedBy)}, ${format.dateTime(decree.decreedAt)}`,
    ],
    decree !== null && [
      'distribution.summary.instructions',
      <Instructions key="instructions" distribution={distribution} />,
    ],
    decree !== null && [
      'distribution.summary.deadline',
      <DeadlineText key="deadline" deadline={decree.deadline} active={isActiveDecree(decree)} />,
    ],
    decree?.acceptedAt != null && ['distribution.summary.accepted_at', format.dateTime(decree.acceptedAt)],
    decree?.returnedAt != null && [
      'distribution.summary.returned',
      `${format.dateTime(decree.returnedAt)} — ${decree.returnReason ?? none}`,
    ],
  ];
  return (
    <Table variant="vertical" withTableBorder data-testid="distribution-summary">
      <Table.Tbody>
        {rows.map(
          (row) =>
            row && (
              <Table.Tr key={row[0]}>
                <Table.Th scope="row" w={{ base: 130, sm: 220 }}>
                  {t(row[0])}
                </Table.Th>
                <Table.Td style={preWrap}>{row[1]}</Table.Td>
              </Table.Tr>
            ),
        )}
      </Table.Tbody>
    </Table>
  );
}
