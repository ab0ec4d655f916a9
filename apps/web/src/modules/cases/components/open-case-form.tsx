import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import type { Case } from '@obieg/contracts/cases';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type Ref } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { todayInOffice } from '../../../shared/format/dates';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useMe } from '../../auth/auth.queries';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { useFocusInvalid } from '../../distribution/use-focus-invalid';
import {
  blankOpenCase,
  defaultDeadlineKind,
  openCaseErrors,
  openingUnits,
  toOpenCaseInput,
  type OpenCaseValues,
} from '../case-form.models';
import { openCase } from '../cases.api';
import { casesKeys, finalClassesQuery, unitExtractQuery } from '../cases.queries';
import { extractClasses } from '../jrwa-choice.models';
import { DeadlineFields } from './deadline-fields';
import { JrwaClassCombobox } from './jrwa-class-combobox';

const FIELD_PATHS = ['/title', '/unitId', '/jrwaSymbol', '/deadline/days', '/deadline/date', '/description'];

/**
 * A new case: from an incoming item (its title, the officer's unit and a one-month term for a
 * party's letter are filled in — choosing the JRWA class is all that is left) or on the office's
 * own initiative. The JRWA class comes from the unit's extract. Ctrl+Enter opens the case.
 */
export function OpenCaseForm({
  item,
  jrwaRef,
  onOpened,
  onCancel,
}: {
  item: IncomingItem | null;
  jrwaRef?: Ref<HTMLInputElement>;
  onOpened: (opened: Case) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const me = useMe();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const today = todayInOffice();
  const units = openingUnits(me);
  const [values, setValues] = useState<OpenCaseValues>(() =>
    blankOpenCase({
      title: item?.title ?? '',
      unitId: units[0]?.id ?? '',
      deadlineKind: defaultDeadlineKind(item),
    }),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusInvalid(formRef, errors);

  const extract = useQuery({ ...unitExtractQuery(values.unitId), enabled: Boolean(values.unitId) });
  const classes = useQuery(finalClassesQuery());
  const choices = extractClasses(classes.data?.items ?? [], extract.data?.symbols ?? []);
  const loadingClasses = extract.isPending || classes.isPending;

  const set = <K extends keyof OpenCaseValues>(name: K, value: OpenCaseValues[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith(`/${name}`))),
    );
  };

  const mutation = useMutation({
    mutationFn: openCase,
    onSuccess: async (opened) => {
      queryClient.setQueryData(casesKeys.detail(opened.id), opened);
      await queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
      onOpened(opened);
    },
    onError: (error) => {
      const fieldErrors = apiFieldErrors(t, error);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length > 0) focusInvalid();
    },
  });

  const submit = () => {
    const found = openCaseErrors({ t, values, today });
    setErrors(found);
    if (Object.keys(found).length > 0) return focusInvalid();
    mutation.mutate(toOpenCaseInput(values, item?.id));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };
  const matched = Object.keys(errors).some((path) => FIELD_PATHS.includes(path));
  const unit = units.find((u) => u.id === values.unitId);
  const noExtract = !loadingClasses && !extract.error && !classes.error && choices.length === 0;

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={t('cases.open.form')}
      onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
    >
      <Stack gap="md" maw={760}>
        {!matched && <ErrorAlert error={mutation.error} />}
        {(extract.error || classes.error) && <ErrorAlert error={extract.error ?? classes.error} />}
        {units.length > 1 ? (
          <NativeSelect
            label={t('cases.form.unit.label')}
            required
            data={units.map((u) => ({ value: u.id, label: `${u.symbol} — ${u.name}` }))}
            value={values.unitId}
            error={errors['/unitId']}
            onChange={(event) => {
              set('unitId', event.currentTarget.value);
              set('jrwaSymbol', '');
            }}
          />
        ) : (
          <Text size="sm">
            <Text component="span" fw={600} size="sm">
              {t('cases.form.unit.label')}:
            </Text>{' '}
            {unit ? `${unit.symbol} — ${unit.name}` : t('cases.form.unit.none')}
          </Text>
        )}
        {noExtract && (
          <Alert color="orange" variant="light" title={t('cases.form.jrwa.no_extract.title')}>
            {t('cases.form.jrwa.no_extract.text')}
          </Alert>
        )}
        <JrwaClassCombobox
          key={values.unitId}
          classes={choices}
          value={values.jrwaSymbol}
          onChange={(symbol) => set('jrwaSymbol', symbol)}
          label={t('cases.form.jrwa.label')}
          description={
            loadingClasses
              ? t('common.loading')
              : t('cases.form.jrwa.description', { unit: unit?.symbol ?? '', count: choices.length })
          }
          error={errors['/jrwaSymbol']}
          inputRef={jrwaRef}
        />
        <TextInput
          label={t('cases.form.title.label')}
          description={item ? t('cases.form.title.from_item') : undefined}
          required
          value={values.title}
          error={errors['/title']}
          onChange={(event) => set('title', event.currentTarget.value)}
        />
        <DeadlineFields
          values={values.deadline}
          onChange={(deadline) => set('deadline', deadline)}
          errors={errors}
          today={today}
          description={
            item
              ? t('cases.form.deadline.from_item', { date: format.date(item.receivedAt) })
              : t('cases.form.deadline.from_today')
          }
        />
        <Textarea
          label={t('cases.form.description.label')}
          description={t('cases.form.description.description')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.description}
          error={errors['/description']}
          onChange={(event) => set('description', event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending} aria-keyshortcuts="Control+Enter">
            {t('cases.open.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
