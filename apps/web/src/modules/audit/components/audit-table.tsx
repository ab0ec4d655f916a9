import { Anchor, Code, Table, Text } from '@mantine/core';
import type { AuditEvent } from '@obieg/contracts/audit';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { auditActionLabel, auditSubjectLabel, isUnknownActor } from '../audit-labels';

/** UUIDv7 ids share their time prefix; the tail tells neighbouring objects apart. */
const idTail = (id: string) => `…${id.slice(-8)}`;

/** The translated name with the raw code beneath (auditors search by code); an unknown code is shown once. */
function ActionName({ action }: { action: string }) {
  const t = useT();
  const label = auditActionLabel(t, action);
  if (label === action) return <span className="mono">{action}</span>;
  return (
    <>
      {label}
      <Text size="xs" c="dimmed" className="mono">
        {action}
      </Text>
    </>
  );
}

/** Who did it when no user did: the system, or nobody known (a failed login). */
function NoActor({ action }: { action: string }) {
  const t = useT();
  if (!isUnknownActor(action)) return t('audit.table.system_actor');
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('audit.table.unknown_actor')}</span>
    </>
  );
}

/** The kind of object and its id's tail; a click shows only this object's events. */
function SubjectLink({
  subjectType,
  subjectId,
  onFilter,
}: {
  subjectType: string;
  subjectId: string;
  onFilter: (subjectType: string, subjectId: string) => void;
}) {
  const t = useT();
  const name = auditSubjectLabel(t, subjectType);
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      ta="left"
      title={subjectId}
      onClick={() => onFilter(subjectType, subjectId)}
      aria-label={t('audit.table.filter_subject', { subject: `${name} ${idTail(subjectId)}` })}
    >
      {name} <span className="mono">{idTail(subjectId)}</span>
    </Anchor>
  );
}

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
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <ActionName action={event.action} />
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
                  <NoActor action={event.action} />
                )}
                {event.actor.actingForDisplayName && (
                  <Text size="xs" c="dimmed">
                    {t('auth.position.acting_for', { name: event.actor.actingForDisplayName })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {event.subjectType && event.subjectId ? (
                  <SubjectLink
                    subjectType={event.subjectType}
                    subjectId={event.subjectId}
                    onFilter={onFilterSubject}
                  />
                ) : event.subjectType ? (
                  auditSubjectLabel(t, event.subjectType)
                ) : (
                  '—'
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
