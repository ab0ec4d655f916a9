import { Anchor, Code, Table, Text } from '@mantine/core';
import type { AuditEvent } from '@obieg/contracts/audit';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';

/** UUIDv7 ids share their time prefix; the tail tells neighbouring objects apart. */
const subjectLabel = (event: AuditEvent) =>
  `${event.subjectType ?? ''} …${(event.subjectId ?? '').slice(-8)}`;

export function AuditTable({
  events,
  onFilterActor,
  onFilterSubject,
}: {
  events: readonly AuditEvent[];
  onFilterActor: (actorId: string) => void;
  onFilterSubject: (subjectType: string, subjectId: string) => void;
}) {
  const t = useT();
  const format = useFormatters();
  return (
    <TableScroll minWidth={960} label={t('audit.title')}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Caption>{t('audit.table.caption', { count: events.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.table.seq')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.subject')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.address')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.length === 0 && <EmptyRow colSpan={7} text={t('audit.table.empty')} />}
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Th scope="row" fw={400} className="mono">
                {event.seq}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(event.occurredAt)}</Table.Td>
              <Table.Td className="mono" style={{ wordBreak: 'break-word' }}>
                {event.action}
              </Table.Td>
              <Table.Td>
                {event.actor.userId ? (
                  <Anchor
                    component="button"
                    type="button"
                    ta="left"
                    onClick={() => event.actor.userId && onFilterActor(event.actor.userId)}
                    aria-label={t('audit.table.filter_actor', {
                      name: event.actor.displayName ?? event.actor.userId,
                    })}
                  >
                    {event.actor.displayName ?? event.actor.userId}
                  </Anchor>
                ) : (
                  t('audit.table.system_actor')
                )}
                {event.actor.actingForDisplayName && (
                  <Text size="xs" c="dimmed">
                    {t('auth.position.acting_for', { name: event.actor.actingForDisplayName })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {event.subjectType && event.subjectId ? (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="left"
                    className="mono"
                    title={event.subjectId}
                    onClick={() =>
                      event.subjectType &&
                      event.subjectId &&
                      onFilterSubject(event.subjectType, event.subjectId)
                    }
                    aria-label={t('audit.table.filter_subject', { subject: subjectLabel(event) })}
                  >
                    {subjectLabel(event)}
                  </Anchor>
                ) : (
                  (event.subjectType ?? '—')
                )}
              </Table.Td>
              <Table.Td className="mono">{event.clientAddress ?? '—'}</Table.Td>
              <Table.Td>
                {Object.keys(event.details).length > 0 ? (
                  <details>
                    <summary>{t('audit.table.show_details')}</summary>
                    <Code
                      block
                      mt={4}
                      style={{ maxWidth: 360, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
                    >
                      {JSON.stringify(event.details, null, 2)}
                    </Code>
                  </details>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
