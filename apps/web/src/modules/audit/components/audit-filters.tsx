import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { EMPTY_AUDIT_FILTERS, isUuid, type AuditFilterValues } from '../audit-filters.models';

/** Edits a copy of the applied filters; the page remounts it (by key) when filters change elsewhere. */
export function AuditFilters({
  applied,
  onApply,
}: {
  applied: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}) {
  const t = useT();
  const [values, setValues] = useState(applied);
  const [actorError, setActorError] = useState<string | undefined>();
  const field = (name: keyof AuditFilterValues) => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) =>
      setValues({ ...values, [name]: event.currentTarget.value }),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (values.actorId.trim() !== '' && !isUuid(values.actorId.trim())) {
      setActorError(t('audit.filters.actor.invalid'));
      return;
    }
    setActorError(undefined);
    onApply(values);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('audit.filters.label')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <TextInput
          label={t('audit.filters.action.label')}
          description={t('audit.filters.action.description')}
          {...field('action')}
        />
        <TextInput label={t('audit.filters.subject_type.label')} {...field('subjectType')} />
        <TextInput label={t('audit.filters.subject_id.label')} {...field('subjectId')} />
        <TextInput
          label={t('audit.filters.actor.label')}
          description={t('audit.filters.actor.description')}
          error={actorError}
          {...field('actorId')}
        />
        <TextInput type="date" label={t('audit.filters.from.label')} {...field('from')} />
        <TextInput type="date" label={t('audit.filters.to.label')} {...field('to')} />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit">{t('common.filters.apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            setActorError(undefined);
            onApply(EMPTY_AUDIT_FILTERS);
          }}
        >
          {t('common.filters.clear')}
        </Button>
      </Group>
    </form>
  );
}
