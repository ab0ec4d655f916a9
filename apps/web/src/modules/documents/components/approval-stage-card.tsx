import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';
import type { StageDraft } from '../documents.models';

/** A move button that cannot move keeps the focus (announced disabled), as in the rules table. */
const stuck = (cannot: boolean) => (cannot ? { 'data-disabled': true, 'aria-disabled': true as const } : {});

/** One stage of the path being built: its people, moving it up or down, removing it or one of them. */
export function StageCard({
  stage,
  index,
  count,
  labelOf,
  onMove,
  onRemove,
  onRemovePerson,
}: {
  stage: StageDraft;
  index: number;
  count: number;
  labelOf: (positionId: string) => string;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  onRemovePerson: (positionId: string) => void;
}) {
  const t = useT();
  const number = index + 1;
  const last = index === count - 1;
  return (
    <Paper withBorder p="xs" component="li" data-testid="approval-stage-draft">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Text size="sm" fw={700}>
              {t('documents.approval.stage', { number })}
            </Text>
            {stage.positionIds.length > 1 && (
              <Text size="xs" c="dimmed">
                {t('documents.approval.parallel', { count: stage.positionIds.length })}
              </Text>
            )}
            {last && (
              <Badge variant="outline" size="sm" tt="none" color="dark">
                {t('documents.approval.signatory_stage')}
              </Badge>
            )}
          </Group>
          <Group gap={4} wrap="nowrap">
            <Button
              variant="default"
              size="compact-sm"
              {...stuck(index === 0)}
              aria-label={t('documents.approval.stage.up', { number })}
              onClick={() => index > 0 && onMove(-1)}
            >
              <span aria-hidden>↑</span>
            </Button>
            <Button
              variant="default"
              size="compact-sm"
              {...stuck(last)}
              aria-label={t('documents.approval.stage.down', { number })}
              onClick={() => !last && onMove(1)}
            >
              <span aria-hidden>↓</span>
            </Button>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              aria-label={t('documents.approval.stage.remove', { number })}
              onClick={onRemove}
            >
              {t('documents.approval.stage.remove_short')}
            </Button>
          </Group>
        </Group>
        <Stack component="ul" gap={4} className="plain-list">
          {stage.positionIds.map((positionId) => (
            <Group component="li" key={positionId} gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {labelOf(positionId)}
              </Text>
              {stage.positionIds.length > 1 && (
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-xs"
                  aria-label={t('documents.approval.person.remove', { name: labelOf(positionId) })}
                  onClick={() => onRemovePerson(positionId)}
                >
                  {t('documents.approval.stage.remove_short')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
