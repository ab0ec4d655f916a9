import { Autocomplete, Button, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { EMPTY_AUDIT_FILTERS, isUuid, type AuditFilterValues } from '../audit-filters.models';
import { AUDIT_ACTIONS } from '../audit.constants';
import { auditActionLabel } from '../audit-labels';

const normalized = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('pl');

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

  // Suggestions are the known actions, found by code or by name; any other text (a prefix like `auth.`) stays allowed.
  const actionLabels = useMemo(
    () => new Map<string, string>(AUDIT_ACTIONS.map((action) => [action, auditActionLabel(t, action)])),
    [t],
  );

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
        <Autocomplete
          label={t('audit.filters.action.label')}
          description={t('audit.filters.action.description')}
          value={values.action}
          onChange={(action) => setValues({ ...values, action })}
          data={AUDIT_ACTIONS}
          filter={({ options, search }) => {
            const query = normalized(search.trim());
            return options.filter(
              (option) =>
                'value' in option &&
                (normalized(option.value).includes(query) ||
                  normalized(actionLabels.get(option.value) ?? '').includes(query)),
            );
          }}
          renderOption={({ option }) => (
            <div>
              {actionLabels.get(option.value) ?? option.value}
              <Text size="xs" className="mono combobox-option-hint">
                {option.value}
              </Text>
            </div>
          )}
          maxDropdownHeight={320}
          autoComplete="off"
          spellCheck={false}
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
