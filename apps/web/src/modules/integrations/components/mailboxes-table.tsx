import { Button, Table, Text } from '@mantine/core';
import { WholeBadge } from '../../../shared/ui/whole-badge';
import type { Mailbox } from '@obieg/contracts/integrations';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { MAILBOX_KIND_LABELS } from '../integration-labels';

/** The office's mailboxes: where each receives, whose it is, its certificate and last synchronisation. */
export function MailboxesTable({
  mailboxes,
  onEdit,
}: {
  mailboxes: readonly Mailbox[];
  onEdit: (mailbox: Mailbox) => void;
}) {
  const t = useT();
  const format = useFormatters();
  const caption = t('integrations.mailboxes.caption', { count: mailboxes.length });
  return (
    <TableScroll minWidth={1100} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="mailboxes">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('integrations.field.kind')}</Table.Th>
            <Table.Th scope="col">{t('integrations.field.address')}</Table.Th>
            <Table.Th scope="col">{t('integrations.field.unit')}</Table.Th>
            <Table.Th scope="col">{t('integrations.field.enabled')}</Table.Th>
            <Table.Th scope="col">{t('integrations.field.certificate')}</Table.Th>
            <Table.Th scope="col">{t('integrations.field.last_sync')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mailboxes.length === 0 && <EmptyRow colSpan={7} text={t('integrations.mailboxes.empty')} />}
          {mailboxes.map((mailbox) => (
            <Table.Tr key={mailbox.id}>
              <Table.Td>{t(MAILBOX_KIND_LABELS[mailbox.kind])}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {mailbox.name}
                </Text>
                <Text size="xs" className="mono" style={{ overflowWrap: 'anywhere' }}>
                  {mailbox.address}
                </Text>
                {mailbox.isDefault && (
                  <WholeBadge variant="outline" color="dark" tt="none" size="sm" mt={4}>
                    {t('integrations.mailboxes.default')}
                  </WholeBadge>
                )}
              </Table.Td>
              <Table.Td>{mailbox.unitName ?? t('integrations.mailboxes.whole_office')}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={mailbox.enabled ? undefined : 700}>
                  {t(mailbox.enabled ? 'integrations.mailboxes.enabled' : 'integrations.mailboxes.disabled')}
                </Text>
              </Table.Td>
              <Table.Td>
                {mailbox.certificateSubject ? (
                  <>
                    <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                      {mailbox.certificateSubject}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('integrations.mailboxes.valid_to', {
                        date: format.dateTime(mailbox.certificateValidTo),
                      })}
                    </Text>
                  </>
                ) : (
                  <Text size="sm">
                    {t(
                      mailbox.hasCredentials
                        ? 'integrations.mailboxes.secret_stored'
                        : 'integrations.mailboxes.no_credentials',
                    )}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" className="nowrap">
                  {mailbox.lastSyncAt
                    ? format.dateTime(mailbox.lastSyncAt)
                    : t('integrations.mailboxes.never')}
                </Text>
                {mailbox.lastSyncError && (
                  <Text size="xs" c="var(--mantine-color-error)" style={{ overflowWrap: 'anywhere' }}>
                    {t('integrations.mailboxes.sync_error', { error: mailbox.lastSyncError })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onEdit(mailbox)}
                  aria-label={t('integrations.mailboxes.edit_label', { address: mailbox.address })}
                >
                  {t('common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
