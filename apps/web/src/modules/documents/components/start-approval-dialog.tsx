import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import type { DocumentDto } from '@obieg/contracts/documents';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ActionDialog } from '../../cases/components/action-dialog';
import { orgUnitsQuery, positionsQuery } from '../../organization/organization.queries';
import { startApproval } from '../documents.api';
import {
  addToStages,
  moveStage,
  positionOptions,
  positionsOnPath,
  removeFromStage,
  removeStage,
  toStartApprovalInput,
  type StageDraft,
} from '../documents.models';
import { refreshDocument } from '../documents.queries';
import { StageCard } from './approval-stage-card';

/**
 * „Wyślij do akceptacji”: the path built stage by stage — a person as a new stage, or beside the
 * people of a stage (they decide in parallel) — reordered and trimmed; the last stage signs.
 */
export function StartApprovalDialog({
  document,
  opened,
  onClose,
}: {
  document: DocumentDto;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const positions = useQuery({ ...positionsQuery({}), enabled: opened });
  const units = useQuery({ ...orgUnitsQuery(), enabled: opened });
  const options = positionOptions({
    positions: positions.data ?? [],
    units: units.data ?? [],
    today: todayInOffice(),
  });
  const labels = new Map(options.map((option) => [option.value, option.label]));
  const labelOf = (positionId: string) => labels.get(positionId) ?? positionId;
  const [stages, setStages] = useState<StageDraft[]>([]);
  const [person, setPerson] = useState('');
  const [target, setTarget] = useState('new');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pathError, setPathError] = useState<string | null>(null);
  const taken = positionsOnPath(stages);
  const mutation = useMutation({
    mutationFn: startApproval,
    onSuccess: async () => {
      notify.success(t('documents.approval.started'));
      onClose();
      await refreshDocument(queryClient, { id: document.id, caseId: document.caseId });
    },
  });

  const add = () => {
    if (!person) {
      setError(t('documents.approval.person.required'));
      return;
    }
    setError(null);
    setPathError(null);
    setStages((current) => addToStages(current, person, target === 'new' ? 'new' : Number(target)));
    setPerson('');
    setTarget('new');
  };
  const submit = () => {
    if (stages.length === 0) {
      setPathError(t('documents.approval.path.required'));
      return;
    }
    mutation.mutate({ id: document.id, input: toStartApprovalInput(stages, comment) });
  };

  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      size="xl"
      title={t('documents.approval.start.title', { title: document.title })}
      submitLabel={t('documents.approval.start.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
    >
      <Text size="sm">{t('documents.approval.start.hint')}</Text>
      <ErrorAlert error={positions.error ?? units.error} />
      <Stack gap="xs" component="section" aria-labelledby="approval-path-heading">
        <Text size="sm" fw={600} id="approval-path-heading">
          {t('documents.approval.path', { count: stages.length })}
        </Text>
        {stages.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('documents.approval.path.empty')}
          </Text>
        ) : (
          <Stack component="ol" gap="xs" className="plain-list" aria-labelledby="approval-path-heading">
            {stages.map((stage, index) => (
              <StageCard
                key={stage.key}
                stage={stage}
                index={index}
                count={stages.length}
                labelOf={labelOf}
                onMove={(step) => setStages((current) => moveStage(current, index, step))}
                onRemove={() => setStages((current) => removeStage(current, index))}
                onRemovePerson={(positionId) =>
                  setStages((current) => removeFromStage(current, index, positionId))
                }
              />
            ))}
          </Stack>
        )}
        {pathError && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {pathError}
          </Text>
        )}
      </Stack>
      <Paper withBorder p="sm" component="fieldset" style={{ margin: 0 }}>
        <Text component="legend" size="sm" fw={600} px={4}>
          {t('documents.approval.add.legend')}
        </Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('documents.approval.person')}
            data-autofocus
            style={{ flex: '1 1 18rem' }}
            data={[
              { value: '', label: t('documents.approval.person.choose') },
              ...options.filter((option) => !taken.has(option.value)),
            ]}
            value={person}
            error={error ?? undefined}
            onChange={(event) => {
              setPerson(event.currentTarget.value);
              setError(null);
            }}
            onKeyDown={(event) => {
              // Enter adds the person chosen (the dialog's Enter sends the whole path).
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <NativeSelect
            label={t('documents.approval.target')}
            data={[
              { value: 'new', label: t('documents.approval.target.new') },
              ...stages.map((_, index) => ({
                value: String(index),
                label: t('documents.approval.target.stage', { number: index + 1 }),
              })),
            ]}
            value={target}
            onChange={(event) => setTarget(event.currentTarget.value)}
          />
          <Button variant="default" onClick={add}>
            {t('documents.approval.add')}
          </Button>
        </Group>
      </Paper>
      <Textarea
        label={t('documents.approval.comment')}
        description={t('documents.approval.comment.description')}
        autosize
        minRows={2}
        maxLength={2000}
        value={comment}
        onChange={(event) => setComment(event.currentTarget.value)}
      />
    </ActionDialog>
  );
}
