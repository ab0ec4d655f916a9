import { Alert, Button, NativeSelect, Text, Textarea, TextInput } from '@mantine/core';
import type { Case } from '@obieg/contracts/cases';
import type { IncomingAccess } from '@obieg/contracts/correspondence';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../app/api-error';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { todayInOffice } from '../../../shared/format/dates';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useAccessOptions } from '../../correspondence/components/incoming-options';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { caseEditErrors, caseEditValues, toUpdateCaseInput, type CaseEditValues } from '../case-edit.models';
import { updateCase } from '../cases.api';
import { casesKeys } from '../cases.queries';
import { useCaseAction } from '../use-case-action';
import { ActionDialog } from './action-dialog';
import { CasePartiesField } from './case-parties-field';
import { DeadlineFields } from './deadline-fields';
import { caseStartDate } from './lifecycle-dialogs';

const FIELD_PATHS = ['/title', '/description', '/access', '/reason', '/deadline/days', '/deadline/date'];

/**
 * Changing the case's data: title, description, access, parties and the term, with an optional
 * reason for the metryka. Only what changed is sent, with the version the form was filled from; if
 * someone changed the case meanwhile (409), the current data are loaded on request and the form
 * starts again from them (`onReload`: the parent mounts the dialog afresh).
 */
export function EditCaseDialog({
  item,
  opened,
  onClose,
  onReload,
}: {
  item: Case;
  opened: boolean;
  onClose: () => void;
  /** Asks for the form to start afresh once the case read again after a conflict is here. */
  onReload: () => void;
}) {
  const t = useT();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const accessOptions = useAccessOptions();
  const today = todayInOffice();
  const [values, setValues] = useState<CaseEditValues>(() => caseEditValues(item));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [unchanged, setUnchanged] = useState(false);
  const mutation = useCaseAction({
    mutationFn: updateCase,
    done: (updated) => t('cases.edit.done', { sign: updated.sign }),
    onSuccess: onClose,
  });
  const set = <K extends keyof CaseEditValues>(name: K, value: CaseEditValues[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setUnchanged(false);
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith(`/${name}`))),
    );
  };
  const submit = () => {
    const next = caseEditErrors({ t, values, item, today });
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const input = toUpdateCaseInput(values, item);
    setUnchanged(input === null);
    if (input) mutation.mutate({ id: item.id, input });
  };
  const conflict = isApiError(mutation.error) && mutation.error.code === 'cases.version_conflict';
  const shown = { ...apiFieldErrors(t, mutation.error), ...errors };
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.edit.title', { sign: item.sign })}
      submitLabel={t('cases.edit.submit')}
      pending={mutation.isPending}
      error={null}
      onSubmit={submit}
      footer={
        conflict ? (
          <Alert color="orange" variant="light" role="alert" title={t('errors.cases.version_conflict')}>
            <Text size="sm" mb="xs">
              {t('cases.edit.conflict.text')}
            </Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                onReload();
                void queryClient.invalidateQueries({ queryKey: casesKeys.detail(item.id) });
              }}
            >
              {t('cases.edit.conflict.reload')}
            </Button>
          </Alert>
        ) : (
          <>
            <ErrorAlert error={mutation.error} fieldPaths={FIELD_PATHS} />
            {unchanged && (
              <Alert color="blue" variant="light" role="status">
                {t('cases.edit.unchanged')}
              </Alert>
            )}
          </>
        )
      }
    >
      <TextInput
        label={t('cases.form.title.label')}
        required
        data-autofocus
        value={values.title}
        error={shown['/title']}
        onChange={(event) => set('title', event.currentTarget.value)}
      />
      <Textarea
        label={t('cases.form.description.label')}
        description={t('cases.form.description.description')}
        autosize
        minRows={2}
        value={values.description}
        error={shown['/description']}
        onChange={(event) => set('description', event.currentTarget.value)}
      />
      <NativeSelect
        label={t('cases.field.access')}
        data={accessOptions}
        value={values.access}
        error={shown['/access']}
        onChange={(event) => set('access', event.currentTarget.value as IncomingAccess)}
        maw={320}
      />
      <CasePartiesField
        parties={values.parties}
        onChange={(parties) => set('parties', parties)}
        error={Object.entries(shown).find(([path]) => path.startsWith('/partyContactIds'))?.[1]}
      />
      <DeadlineFields
        values={values.deadline}
        onChange={(deadline) => set('deadline', deadline)}
        errors={shown}
        today={today}
        description={t('cases.edit.deadline.description', { date: format.date(caseStartDate(item)) })}
      />
      <Textarea
        label={t('cases.edit.reason')}
        description={t('cases.edit.reason.description')}
        autosize
        minRows={2}
        value={values.reason}
        error={shown['/reason']}
        onChange={(event) => set('reason', event.currentTarget.value)}
      />
    </ActionDialog>
  );
}
