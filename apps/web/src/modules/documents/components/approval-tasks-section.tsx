import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ApprovalTask } from '@obieg/contracts/documents';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../app/api-error';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { useCan, useMe } from '../../auth/auth.queries';
import { actorLabel } from '../../distribution/distribution-labels';
import { approvalTasksQuery } from '../documents.queries';

/** Who may be on an approval path: case handlers, approvers and signatories. */
const APPROVER_PERMISSIONS = ['cases:handle', 'drafts:approve', 'drafts:sign'] as const;

function TasksTable({ tasks }: { tasks: readonly ApprovalTask[] }) {
  const t = useT();
  const me = useMe();
  const format = useFormatters();
  const caption = t('documents.tasks.caption', { count: tasks.length });
  return (
    <TableScroll minWidth={720} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="approval-tasks">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.tasks.column.document')}</Table.Th>
            <Table.Th scope="col">{t('documents.tasks.column.case')}</Table.Th>
            <Table.Th scope="col">{t('documents.tasks.column.from')}</Table.Th>
            <Table.Th scope="col">{t('documents.tasks.column.sent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.length === 0 && <EmptyRow colSpan={4} text={t('documents.tasks.empty')} />}
          {tasks.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td maw={380}>
                <Stack gap={2}>
                  <AnchorLink
                    to="/documents/$documentId"
                    params={{ documentId: task.documentId }}
                    fw={700}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {task.documentTitle}
                  </AnchorLink>
                  {task.signatory && (
                    <Badge variant="light" color="grape" c="#5f1a6e" size="sm" tt="none" w="fit-content">
                      {t('documents.tasks.signatory')}
                    </Badge>
                  )}
                  {task.assignee.userId !== me.id && (
                    <Text size="xs" c="dimmed">
                      {t('documents.tasks.for', { name: task.assignee.displayName })}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <AnchorLink to="/cases/$id" params={{ id: task.caseId }} className="mono nowrap">
                  {task.caseSign}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{actorLabel(t, task.sentBy)}</Text>
              </Table.Td>
              <Table.Td className="nowrap">{format.dateTime(task.sentAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/**
 * „Pisma do akceptacji” at the top of my inbox: drafts waiting for my decision or signature
 * (a substitute sees those of the colleague they act for). The inbox's live stream reads them
 * again whenever something changes.
 */
export function ApprovalTasksSection() {
  const t = useT();
  const can = useCan();
  const enabled = APPROVER_PERMISSIONS.some((permission) => can(permission));
  const query = useQuery({ ...approvalTasksQuery('pending'), enabled });
  // Someone the API does not let approve simply has no such section.
  if (!enabled || (isApiError(query.error) && query.error.status === 403)) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="approval-tasks-heading">
      <Title order={2} size="h4" mb="sm" id="approval-tasks-heading">
        {t('documents.tasks.heading')}
        {query.data && query.data.length > 0 && ` (${query.data.length})`}
      </Title>
      {query.error ? (
        <ErrorAlert error={query.error} />
      ) : query.data ? (
        <TasksTable tasks={query.data} />
      ) : (
        <LoadingState />
      )}
    </Paper>
  );
}
