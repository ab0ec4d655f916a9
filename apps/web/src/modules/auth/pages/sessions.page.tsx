import { Badge, Table, Text } from '@mantine/core';
import type { Session } from '@obieg/contracts/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useT } from '../../../locales/i18n-context';
import { useCursorList } from '../../../shared/hooks/use-cursor-list';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadMore } from '../../../shared/ui/load-more';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { listSessions, revokeSession } from '../auth.api';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { useNotify } from '../../../shared/hooks/use-notify';

const sessionsKey = ['auth', 'sessions'] as const;

export function SessionsPage() {
  const t = useT();
  const notify = useNotify();
  const format = useFormatters();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sessions = useCursorList({ queryKey: sessionsKey, fetchPage: listSessions });
  const revoke = useMutation({
    mutationFn: (session: Session) => revokeSession(session.id),
    onSuccess: async (_result, session) => {
      notify.info(t('auth.sessions.revoked', { name: session.userDisplayName }));
      if (session.current) {
        queryClient.clear();
        await navigate({ to: '/login' });
        return;
      }
      await queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
    onError: (error) => notify.error(error),
  });

  return (
    <Page title={t('auth.sessions.title')}>
      <Text>{t('auth.sessions.intro')}</Text>
      {sessions.error && <ErrorAlert error={sessions.error} />}
      {sessions.isPending ? (
        <LoadingState />
      ) : (
        <TableScroll minWidth={900} label={t('auth.sessions.title')}>
          <Table striped highlightOnHover>
            <Table.Caption>{t('auth.sessions.caption', { count: sessions.items.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('auth.sessions.column.user')}</Table.Th>
                <Table.Th scope="col">{t('auth.sessions.column.created')}</Table.Th>
                <Table.Th scope="col">{t('auth.sessions.column.last_seen')}</Table.Th>
                <Table.Th scope="col">{t('auth.sessions.column.expires')}</Table.Th>
                <Table.Th scope="col">{t('auth.sessions.column.address')}</Table.Th>
                <Table.Th scope="col">{t('auth.sessions.column.user_agent')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.items.length === 0 && <EmptyRow colSpan={7} text={t('auth.sessions.empty')} />}
              {sessions.items.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Th scope="row" fw={400}>
                    {session.userDisplayName}{' '}
                    <Text span c="dimmed" size="sm">
                      ({session.userLogin})
                    </Text>
                    {session.current && (
                      <Badge ml="xs" variant="light" color="blue">
                        {t('auth.sessions.current')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{format.dateTime(session.createdAt)}</Table.Td>
                  <Table.Td>{format.dateTime(session.lastSeenAt)}</Table.Td>
                  <Table.Td>{format.dateTime(session.expiresAt)}</Table.Td>
                  <Table.Td className="mono">{session.clientAddress ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2} title={session.userAgent ?? undefined}>
                      {session.userAgent ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ConfirmButton
                      size="xs"
                      aria-label={t('auth.sessions.revoke.label', { name: session.userDisplayName })}
                      title={t('auth.sessions.revoke.title')}
                      message={
                        session.current
                          ? t('auth.sessions.revoke.current_warning')
                          : t('auth.sessions.revoke.message', { name: session.userDisplayName })
                      }
                      confirmLabel={t('auth.sessions.revoke.confirm')}
                      loading={revoke.isPending && revoke.variables?.id === session.id}
                      onConfirm={() => revoke.mutate(session)}
                    >
                      {t('auth.sessions.revoke.button')}
                    </ConfirmButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <LoadMore
        hasNextPage={sessions.hasNextPage}
        isFetchingNextPage={sessions.isFetchingNextPage}
        onLoadMore={() => void sessions.fetchNextPage()}
      />
    </Page>
  );
}
