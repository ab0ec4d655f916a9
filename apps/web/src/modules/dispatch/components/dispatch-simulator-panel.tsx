import { Button, Group, Stack, Text } from '@mantine/core';
import type { Dispatch, DispatchChannel, DispatchItem } from '@obieg/contracts/dispatch';
import type { SyncResult } from '@obieg/contracts/integrations';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useCan } from '../../auth/auth.queries';
import { CaseSection } from '../../cases/components/case-section';
import { SimulatorNotice } from '../../integrations/components/simulator-notice';
import { synchronise, type SyncedSystem } from '../../integrations/integrations.api';
import { integrationsKeys, simulatorsQuery } from '../../integrations/integrations.queries';
import { collectSimulatedLetter } from '../../integrations/simulators.api';
import { CHANNEL_LABELS } from '../dispatch-labels';
import { getDispatch } from '../dispatch.api';
import { refreshDispatch } from '../dispatch.queries';

/** The system whose synchronisation brings the evidence of a collected letter. */
const SIMULATED: Partial<Record<DispatchChannel, SyncedSystem>> = {
  edelivery: 'edelivery',
  edelivery_hybrid: 'edelivery',
  epuap: 'epuap',
};

/** Sent letters an addressee may collect in a simulator: e-Doręczenia (also hybrid) and ePUAP. */
export function collectableItems(dispatch: Pick<Dispatch, 'items'>): DispatchItem[] {
  return dispatch.items.filter((item) => item.status === 'sent' && SIMULATED[item.channel] !== undefined);
}

type Collected = { item: DispatchItem; next: Dispatch; sync: SyncResult };

/** Collects in the simulator, then synchronises at once, so the page shows the delivery and its proof. */
async function collectAndSynchronise({ dispatchId, item }: { dispatchId: string; item: DispatchItem }) {
  await collectSimulatedLetter(item.id);
  const sync = await synchronise(SIMULATED[item.channel] ?? 'edelivery');
  return { item, sync, next: await getDispatch(dispatchId) } satisfies Collected;
}

/**
 * A demo tool on the dispatch page (only where the local simulators run, for the registry and the
 * administrator): "Symulator: adresat odbiera pismo" for each letter sent through e-Doręczenia or
 * ePUAP; then the delivery date and evidence appear. The outcome is announced in a live region.
 */
export function DispatchSimulatorPanel({ dispatch }: { dispatch: Dispatch }) {
  const t = useT();
  const can = useCan();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const allowed = can('dispatch:send') || can('tenant:manage');
  const simulators = useQuery({ ...simulatorsQuery(), enabled: allowed });
  const [outcome, setOutcome] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: collectAndSynchronise,
    onMutate: () => setOutcome([]),
    onSuccess: async ({ item, next, sync }) => {
      const name = item.addressee.name;
      const deliveredOn = next.items.find((candidate) => candidate.id === item.id)?.deliveredOn;
      setOutcome([
        deliveredOn
          ? t('dispatch.simulator.delivered', { name, date: format.date(deliveredOn) })
          : t('dispatch.simulator.pending', { name }),
        ...sync.mailboxes.flatMap((mailbox) =>
          mailbox.error
            ? [t('dispatch.simulator.sync_error', { address: mailbox.address, error: mailbox.error })]
            : [],
        ),
      ]);
      await refreshDispatch(queryClient, next);
      await queryClient.invalidateQueries({ queryKey: integrationsKeys.log });
    },
  });

  const items = collectableItems(dispatch);
  if (!allowed || !simulators.data) return null;
  if (items.length === 0 && outcome.length === 0 && !mutation.error) return null;
  const running = mutation.isPending ? mutation.variables.item.id : null;

  return (
    <CaseSection id="dispatch-simulator-heading" title={t('dispatch.simulator.heading')}>
      <Stack gap="sm">
        <SimulatorNotice>{t('dispatch.simulator.intro')}</SimulatorNotice>
        {items.map((item) => (
          <Group key={item.id} gap="sm" wrap="wrap">
            <Text size="sm" fw={600}>
              {item.addressee.name} ({t(CHANNEL_LABELS[item.channel])})
            </Text>
            <Button
              size="xs"
              variant="default"
              loading={running === item.id}
              disabled={running !== null}
              onClick={() => mutation.mutate({ dispatchId: dispatch.id, item })}
              aria-label={t('dispatch.simulator.collect.label', { name: item.addressee.name })}
            >
              {t('dispatch.simulator.collect')}
            </Button>
          </Group>
        ))}
        <ErrorAlert error={mutation.error} />
        <div role="status" aria-live="polite" data-testid="dispatch-simulator-result">
          {outcome.map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
        </div>
      </Stack>
    </CaseSection>
  );
}
