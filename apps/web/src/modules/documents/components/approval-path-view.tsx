import { Badge, Blockquote, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { ApprovalPath, ApprovalStep } from '@obieg/contracts/documents';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { actorLabel, personLabel } from '../../distribution/distribution-labels';
import { STEP_STATUS_COLORS, STEP_STATUS_LABELS, STEP_STATUS_TEXT } from '../document-labels';
import { stagesOf } from '../documents.models';

function StepStatusBadge({ step }: { step: ApprovalStep }) {
  const t = useT();
  return (
    <Badge
      variant="light"
      size="sm"
      tt="none"
      color={STEP_STATUS_COLORS[step.status]}
      c={STEP_STATUS_TEXT[step.status]}
      data-step-status={step.status}
    >
      {t(STEP_STATUS_LABELS[step.status])}
    </Badge>
  );
}

/** One person of a stage: status, who decided (a substitute "za" the assignee) and when, the comment. */
function StepItem({ step }: { step: ApprovalStep }) {
  const t = useT();
  const format = useFormatters();
  const decidedByOther =
    step.decidedBy && (step.decidedBy.userId !== step.assignee.userId || step.decidedBy.actingFor !== null);
  return (
    <Stack gap={2} data-testid="approval-step">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {personLabel(step.assignee)}
        </Text>
        <StepStatusBadge step={step} />
        {step.signatory && (
          <Badge variant="outline" size="sm" tt="none" color="dark">
            {t('documents.approval.signatory')}
          </Badge>
        )}
      </Group>
      {step.decidedAt && (
        <Text size="xs" c="dimmed">
          {t('documents.approval.decided_at', { date: format.dateTime(step.decidedAt) })}
          {step.versionNumber !== null &&
            ` · ${t('documents.approval.about_version', { number: step.versionNumber })}`}
          {decidedByOther &&
            step.decidedBy &&
            ` · ${t('documents.approval.decided_by', { name: actorLabel(t, step.decidedBy) })}`}
        </Text>
      )}
      {step.comment && (
        <Blockquote
          p="xs"
          mt={2}
          color={step.status === 'rejected' ? 'red' : 'gray'}
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          data-testid="approval-comment"
        >
          <Text size="sm">{step.comment}</Text>
        </Blockquote>
      )}
    </Stack>
  );
}

/**
 * An approval path as an ordered list of stages; a stage of several people is marked as decided
 * in parallel; the last stage's person signs.
 */
export function ApprovalPathView({ path }: { path: ApprovalPath }) {
  const t = useT();
  const stages = stagesOf(path);
  return (
    <List type="ordered" spacing="sm" listStyleType="decimal" data-testid="approval-stages">
      {stages.map((steps, index) => (
        <List.Item key={steps[0]?.stage ?? index}>
          <Paper withBorder p="xs">
            <Stack gap="xs">
              {steps.length > 1 && (
                <Text size="xs" c="dimmed">
                  {t('documents.approval.parallel', { count: steps.length })}
                </Text>
              )}
              {steps.map((step) => (
                <StepItem key={step.id} step={step} />
              ))}
            </Stack>
          </Paper>
        </List.Item>
      ))}
    </List>
  );
}
