import { Group, Radio, Stack, TextInput } from '@mantine/core';
import type { DeadlineKind } from '@obieg/contracts/cases';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { DEADLINE_CHOICES, type DeadlineValues } from '../case-form.models';
import { DEADLINE_KIND_LABELS } from '../case-labels';

/**
 * The term for settling the case (art. 35 KPA): none, without undue delay, one or two months,
 * a number of days set by a special law, or a fixed date. The server computes the due date.
 */
export function DeadlineFields({
  values,
  onChange,
  errors,
  today,
  description,
}: {
  values: DeadlineValues;
  onChange: (next: DeadlineValues) => void;
  errors: FieldErrors;
  today: string;
  description?: string;
}) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('cases.form.deadline.label')}
        description={description}
        value={values.kind}
        onChange={(kind) => onChange({ ...values, kind: kind as DeadlineKind })}
      >
        <Group gap="md" mt={6} wrap="wrap">
          {DEADLINE_CHOICES.map((kind) => (
            <Radio key={kind} value={kind} label={t(DEADLINE_KIND_LABELS[kind])} />
          ))}
        </Group>
      </Radio.Group>
      {values.kind === 'days' && (
        <TextInput
          type="number"
          label={t('cases.form.deadline.days.label')}
          description={t('cases.form.deadline.days.description')}
          required
          min={1}
          max={3650}
          value={values.days}
          error={errors['/deadline/days']}
          onChange={(event) => onChange({ ...values, days: event.currentTarget.value })}
          maw={240}
        />
      )}
      {values.kind === 'date' && (
        <TextInput
          type="date"
          label={t('cases.form.deadline.date.label')}
          description={t('cases.form.deadline.date.description')}
          required
          min={today}
          value={values.date}
          error={errors['/deadline/date']}
          onChange={(event) => onChange({ ...values, date: event.currentTarget.value })}
          maw={240}
        />
      )}
    </Stack>
  );
}
