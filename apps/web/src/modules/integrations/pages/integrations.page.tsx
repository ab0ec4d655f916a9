import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { Mailbox } from '@obieg/contracts/integrations';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useT } from '../../../locales/i18n-context';
import { Page } from '../../../shared/ui/page';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { IntegrationLogPanel } from '../components/integration-log-panel';
import { MailboxDialog } from '../components/mailbox-dialog';
import { MailboxesTable } from '../components/mailboxes-table';
import { SimulatorsPanel } from '../components/simulators-panel';
import { SyncPanel } from '../components/sync-panel';
import { mailboxesQuery, simulatorsQuery } from '../integrations.queries';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * "Integracje" (`/integrations`): the office's e-Doręczenia addresses, ePUAP boxes and e-mail
 * accounts with their certificates, a synchronisation on demand, and the log of what they exchanged;
 * in a demo also the local simulators (nothing of them where they do not run, as in production).
 */
export function IntegrationsPage() {
  const t = useT();
  const mailboxes = useQuery(mailboxesQuery());
  const simulators = useQuery(simulatorsQuery());
  const [dialog, setDialog] = useState<{ opened: boolean; editing: Mailbox | null; session: number }>({
    opened: false,
    editing: null,
    session: 0,
  });
  const open = (editing: Mailbox | null) =>
    setDialog(({ session }) => ({ opened: true, editing, session: session + 1 }));

  return (
    <Page title={t('integrations.title')}>
      <Text size="sm" maw={860}>
        {t('integrations.intro')}
      </Text>
      <Section id="integrations-mailboxes-heading" title={t('integrations.mailboxes.heading')}>
        <Stack gap="sm">
          <div>
            <Button onClick={() => open(null)}>{t('integrations.mailboxes.add')}</Button>
          </div>
          <QueryBoundary query={mailboxes}>
            {(items) => <MailboxesTable mailboxes={items} onEdit={open} />}
          </QueryBoundary>
        </Stack>
      </Section>
      <Section id="integrations-sync-heading" title={t('integrations.sync.heading')}>
        <SyncPanel />
      </Section>
      {simulators.data && (
        <Section id="integrations-simulators-heading" title={t('integrations.simulators.heading')}>
          <SimulatorsPanel status={simulators.data} />
        </Section>
      )}
      <Section id="integrations-log-heading" title={t('integrations.log.heading')}>
        <IntegrationLogPanel />
      </Section>
      <MailboxDialog
        key={dialog.session}
        editing={dialog.editing}
        opened={dialog.opened}
        onClose={() => setDialog((current) => ({ ...current, opened: false }))}
      />
    </Page>
  );
}
