import { Alert, Button, Group, List, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { IncomingDistribution } from '@obieg/contracts/distribution';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { todayInOffice } from '../../../shared/format/dates';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { orgUnitsQuery, positionsQuery } from '../../organization/organization.queries';
import { correctDecree, issueDecree } from '../distribution.api';
import { assigneeOptions } from '../distribution.models';
import { refreshAfterDistributionChange } from '../distribution.queries';
import {
  blankDecree,
  DECREE_FIELD_PATHS,
  decreeFieldErrors,
  decreeValues,
  toCorrectionInput,
  toIssueInput,
  type DecreeValues,
} from '../decree-form.models';
import { useFocusFirstField } from '../use-focus-first-field';
import { useFocusInvalid } from '../use-focus-invalid';

/** Earlier instructions of the chain: a re-decree adds its own and never changes them. */
function EarlierInstructions({ distribution }: { distribution: IncomingDistribution }) {
  const t = useT();
  const instructions = distribution.decree?.instructions ?? [];
  if (instructions.length === 0) return null;
  return (
    <Alert variant="light" color="blue" title={t('distribution.decree.earlier_instructions')}>
      <List type="ordered" size="sm" spacing={2}>
        {instructions.map((instruction) => (
          <List.Item key={instruction.decreeId} style={{ whiteSpace: 'pre-wrap' }}>
            {instruction.text}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * Decrees an item to a person of the leading unit (or passes on one's own decree: the earlier
 * instructions stay and the deadline may not be later), or — `correct` — the author replaces
 * their decree, giving a reason. The API's refusals appear next to the field they concern.
 */
export function DecreeForm({
  itemId,
  distribution,
  mode,
  maxDeadline,
  onDone,
}: {
  itemId: string;
  distribution: IncomingDistribution;
  mode: 'issue' | 'redecree' | 'correct';
  maxDeadline: string | null;
  onDone: () => void;
}) {
  const t = useT();
  const format = useFormatters();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const decree = distribution.decree;
  const today = todayInOffice();
  const units = useQuery(orgUnitsQuery()).data ?? [];
  const positions = useQuery(positionsQuery({}));
  const options = assigneeOptions({
    positions: positions.data ?? [],
    units,
    unitId: distribution.leadingUnit.id,
    today,
  });
  const [values, setValues] = useState<DecreeValues>(() =>
    mode === 'correct' && decree ? decreeValues(decree) : blankDecree(maxDeadline),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [unchanged, setUnchanged] = useState(false);
  const formRef = useFocusFirstField();

  const set = (name: keyof DecreeValues, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors(({ [`/${name}`]: _gone, ...rest }) => rest);
  };
  const focusInvalid = useFocusInvalid(formRef, errors);

  const mutation = useMutation({
    mutationFn: async (current: DecreeValues) =>
      mode === 'correct' && decree
        ? correctDecree({ id: decree.id, input: toCorrectionInput(current, decree) })
        : issueDecree({ itemId, input: toIssueInput(current) }),
    onSuccess: async (saved) => {
      notify.success(
        t(mode === 'correct' ? 'distribution.correct.done' : 'distribution.decree.done', {
          name: saved.assignee.displayName,
        }),
      );
      await refreshAfterDistributionChange(queryClient, itemId);
      onDone();
    },
    onError: (error) => {
      const fieldErrors = decreeFieldErrors(t, error);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length > 0) focusInvalid();
    },
  });
  const matched = Object.keys(errors).some((path) =>
    (DECREE_FIELD_PATHS as readonly string[]).includes(path),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (mode !== 'correct' && !values.positionId)
      next['/positionId'] = t('distribution.decree.assignee.required');
    if (mode === 'correct' && values.reason.trim() === '') next['/reason'] = t('validation.required');
    if (values.deadline && values.deadline < today)
      next['/deadline'] = t('errors.correspondence.deadline_in_past');
    setErrors(next);
    const nothing =
      mode === 'correct' && decree && Object.keys(toCorrectionInput(values, decree)).length === 1;
    setUnchanged(Boolean(nothing) && Object.keys(next).length === 0);
    if (Object.keys(next).length > 0) return focusInvalid();
    if (nothing) return;
    mutation.mutate(values);
  };

  const deadlineHint = maxDeadline
    ? t('distribution.decree.deadline.max', { date: format.date(maxDeadline) })
    : t('distribution.decree.deadline.description');
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t(`distribution.${mode}.form`)}>
      <Stack gap="sm" maw={760}>
        {!matched && <ErrorAlert error={mutation.error} />}
        {unchanged && (
          <Text role="alert" size="sm" c="var(--mantine-color-error)">
            {t('distribution.correct.unchanged')}
          </Text>
        )}
        {positions.error && <ErrorAlert error={positions.error} />}
        <NativeSelect
          label={t('distribution.decree.assignee.label')}
          description={t('distribution.decree.assignee.description', {
            unit: distribution.leadingUnit.symbol,
          })}
          required={mode !== 'correct'}
          data={[
            { value: '', label: t('distribution.decree.assignee.choose') },
            ...options.map((p) => ({
              value: p.id,
              label: `${p.userDisplayName} — ${p.title}, ${p.orgUnitSymbol}`,
            })),
          ]}
          value={values.positionId}
          error={errors['/positionId']}
          onChange={(event) => set('positionId', event.currentTarget.value)}
        />
        {mode === 'redecree' && <EarlierInstructions distribution={distribution} />}
        <Textarea
          label={t(
            mode === 'redecree'
              ? 'distribution.decree.instruction.own'
              : 'distribution.decree.instruction.label',
          )}
          description={t('distribution.decree.instruction.description')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.instruction}
          error={errors['/instruction']}
          onChange={(event) => set('instruction', event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('distribution.decree.deadline.label')}
          description={deadlineHint}
          min={today}
          max={maxDeadline ?? undefined}
          value={values.deadline}
          error={errors['/deadline']}
          onChange={(event) => set('deadline', event.currentTarget.value)}
          maw={480}
        />
        {mode === 'correct' && (
          <Textarea
            label={t('distribution.correct.reason.label')}
            description={t('distribution.correct.reason.description')}
            required
            rows={2}
            value={values.reason}
            error={errors['/reason']}
            onChange={(event) => set('reason', event.currentTarget.value)}
          />
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t(`distribution.${mode}.submit`)}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
