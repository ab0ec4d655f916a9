import { Accordion, Box, Stack, Text } from '@mantine/core';
import type { ApprovalPath } from '@obieg/contracts/documents';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { actorLabel, personLabel } from '../../distribution/distribution-labels';
import { PATH_STATUS_LABELS } from '../document-labels';
import { rejectionsOf, splitPaths } from '../documents.models';
import { ApprovalPathView } from './approval-path-view';

function PathHeading({ path }: { path: ApprovalPath }) {
  const t = useT();
  const format = useFormatters();
  return (
    <Text size="sm">
      {t('documents.approval.path_heading', {
        status: t(PATH_STATUS_LABELS[path.status]),
        date: format.dateTime(path.startedAt),
        name: actorLabel(t, path.startedBy),
      })}
    </Text>
  );
}

/** Why an earlier path ended: its rejections stay readable without unfolding it. */
function Rejections({ path }: { path: ApprovalPath }) {
  const t = useT();
  const rejections = rejectionsOf(path);
  if (rejections.length === 0) return null;
  return (
    <Stack gap={2} mt={4} data-testid="path-rejections">
      {rejections.map((step) => (
        <Text key={step.id} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {t('documents.approval.rejected_by', {
            name: personLabel(step.assignee),
            comment: step.comment ?? '',
          })}
        </Text>
      ))}
    </Stack>
  );
}

/**
 * The approval of a document: the running (or finally approved) path stage by stage; earlier
 * paths — rejected or cancelled — folded below, their rejection comments still visible.
 */
export function ApprovalPanel({ approvals }: { approvals: readonly ApprovalPath[] }) {
  const t = useT();
  const { current, past } = splitPaths(approvals);
  return (
    <Stack gap="md">
      {current ? (
        <Stack gap="xs" data-testid="current-approval">
          <PathHeading path={current} />
          <ApprovalPathView path={current} />
        </Stack>
      ) : (
        <Text size="sm">
          {t(past.length > 0 ? 'documents.approval.none_running' : 'documents.approval.none')}
        </Text>
      )}
      {past.length > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('documents.approval.past', { count: past.length })}
          </Text>
          <Accordion multiple variant="contained" data-testid="past-approvals">
            {past.map((path) => (
              <Accordion.Item key={path.id} value={path.id}>
                <Accordion.Control>
                  <PathHeading path={path} />
                </Accordion.Control>
                <Box px="md" pb="xs">
                  <Rejections path={path} />
                </Box>
                <Accordion.Panel>
                  <ApprovalPathView path={path} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      )}
    </Stack>
  );
}
