import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { SimulatorsStatus } from '@obieg/contracts/integrations';
import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import type { SyncedSystem } from '../integrations.api';
import { MAILBOX_KIND_LABELS } from '../integration-labels';
import { SimulatedClockForm } from './simulated-clock-form';
import { SimulatedLetterForm, type LetterSent } from './simulated-letter-form';
import { SimulatorNotice } from './simulator-notice';
import { SyncPanel } from './sync-panel';

/** Where the simulators listen and which ADE and ePUAP box the office has in them. */
function SimulatorsFacts({ status }: { status: SimulatorsStatus }) {
  const t = useT();
  const none = t('integrations.simulators.none');
  const mono = (value: string | null | undefined, missing: string) =>
    value ? <span className="mono">{value}</span> : missing;
  const stopped = t('integrations.simulators.not_running');
  const rows: [MessageKey, ReactNode][] = [
    ['integrations.simulators.edelivery', mono(status.edelivery?.url, stopped)],
    ['integrations.simulators.edelivery_address', mono(status.edelivery?.officeAddress, none)],
    ['integrations.simulators.epuap', mono(status.epuap?.url, stopped)],
    ['integrations.simulators.epuap_box', mono(status.epuap?.officeBox, none)],
    [
      'integrations.simulators.smtp',
      status.smtp ? t('integrations.simulators.smtp_value', status.smtp) : stopped,
    ],
  ];
  return (
    <Table variant="vertical" withTableBorder maw={860} data-testid="simulators-facts">
      <Table.Caption>{t('integrations.simulators.facts')}</Table.Caption>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={{ base: 160, sm: 300 }}>
              {t(label)}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

type NextStep = { system: SyncedSystem; message: string; session: number };

/**
 * The demo's simulators (only where they run): their addresses, a letter "from a citizen" and the
 * e-Doręczenia clock; after either, what happened (announced) and the synchronisation to run next.
 */
export function SimulatorsPanel({ status }: { status: SimulatorsStatus }) {
  const t = useT();
  const [next, setNext] = useState<NextStep | null>(null);
  const show = (system: SyncedSystem, message: string) =>
    setNext((current) => ({ system, message, session: (current?.session ?? 0) + 1 }));
  const letterSent = ({ channel, title, reference }: LetterSent) =>
    show(
      channel,
      t('integrations.simulators.letter.sent', {
        system: t(MAILBOX_KIND_LABELS[channel]),
        title,
        reference,
      }),
    );

  return (
    <Stack gap="md">
      <SimulatorNotice>{t('integrations.simulators.intro')}</SimulatorNotice>
      <SimulatorsFacts status={status} />
      <SimpleGrid cols={{ base: 1, md: status.edelivery ? 2 : 1 }} spacing="lg">
        <SimulatedLetterForm status={status} onSent={letterSent} />
        {status.edelivery && (
          <SimulatedClockForm
            onAdvanced={(days) => show('edelivery', t('integrations.simulators.clock.done', { days }))}
          />
        )}
      </SimpleGrid>
      <div role="status" aria-live="polite" data-testid="simulator-result">
        {next && (
          <Text size="sm" fw={600}>
            {next.message}
          </Text>
        )}
      </div>
      {next && <SyncPanel key={next.session} systems={[next.system]} />}
    </Stack>
  );
}
