import { Button, Group, Stack, Table, Text } from '@mantine/core';
import type { SyncResult } from '@obieg/contracts/integrations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { dispatchKeys } from '../../dispatch/dispatch.queries';
import { synchronise, type SyncedSystem } from '../integrations.api';
import { integrationsKeys } from '../integrations.queries';
import { MAILBOX_KIND_LABELS } from '../integration-labels';

const SYNC_LABELS: Record<SyncedSystem, MessageKey> = {
  edelivery: 'integrations.sync.edelivery',
  epuap: 'integrations.sync.epuap',
};

function SyncResultTable({ system, result }: { system: SyncedSystem; result: SyncResult }) {
  const t = useT();
  const caption = t('integrations.sync.caption', { system: t(MAILBOX_KIND_LABELS[system]) });
  if (result.mailboxes.length === 0) return <Text size="sm">{t('integrations.sync.no_mailboxes')}</Text>;
  return (
    <TableScroll minWidth={720} label={caption}>
      <Table withTableBorder verticalSpacing="xs" data-testid="sync-result">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('integrations.field.address')}</Table.Th>
            <Table.Th scope="col">{t('integrations.sync.registered')}</Table.Th>
            <Table.Th scope="col">{t('integrations.sync.status_updates')}</Table.Th>
            <Table.Th scope="col">{t('integrations.sync.rejected')}</Table.Th>
            <Table.Th scope="col">{t('integrations.sync.error')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.mailboxes.map((mailbox) => (
            <Table.Tr key={mailbox.mailboxId}>
              <Table.Th scope="row" fw={400} className="mono">
                {mailbox.address}
              </Table.Th>
              <Table.Td>{mailbox.registered}</Table.Td>
              <Table.Td>{mailbox.statusUpdates}</Table.Td>
              <Table.Td>{mailbox.rejected}</Table.Td>
              <Table.Td>
                {mailbox.error ? (
                  <Text size="sm" c="var(--mantine-color-error)" style={{ overflowWrap: 'anywhere' }}>
                    {mailbox.error}
                  </Text>
                ) : (
                  t('integrations.sync.ok')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

const SYNCED_SYSTEMS: readonly SyncedSystem[] = ['edelivery', 'epuap'];

/**
 * Fetches incoming messages (and the state of outgoing ones) now, without waiting for the
 * scheduled run; says what each mailbox brought. `systems` limits the buttons (default: all).
 */
export function SyncPanel({ systems = SYNCED_SYSTEMS }: { systems?: readonly SyncedSystem[] }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [last, setLast] = useState<{ system: SyncedSystem; result: SyncResult } | null>(null);
  const mutation = useMutation({
    mutationFn: synchronise,
    onMutate: () => setLast(null),
    onSuccess: async (result, system) => {
      setLast({ system, result });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: integrationsKeys.all }),
        queryClient.invalidateQueries({ queryKey: dispatchKeys.all }),
      ]);
    },
  });
  const running = mutation.isPending ? mutation.variables : null;
  return (
    <Stack gap="sm">
      <Group gap="sm">
        {systems.map((system) => (
          <Button
            key={system}
            loading={running === system}
            disabled={running !== null}
            onClick={() => mutation.mutate(system)}
          >
            {t(SYNC_LABELS[system])}
          </Button>
        ))}
      </Group>
      <ErrorAlert error={mutation.error} />
      <div role="status" aria-live="polite">
        {last && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('integrations.sync.done', {
                system: t(MAILBOX_KIND_LABELS[last.system]),
                registered: last.result.mailboxes.reduce((sum, mailbox) => sum + mailbox.registered, 0),
                updates: last.result.mailboxes.reduce((sum, mailbox) => sum + mailbox.statusUpdates, 0),
              })}
            </Text>
            <SyncResultTable system={last.system} result={last.result} />
          </Stack>
        )}
      </div>
    </Stack>
  );
}
