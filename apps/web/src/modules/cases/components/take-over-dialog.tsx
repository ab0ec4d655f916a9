import { Alert, NativeSelect, Text, Textarea } from '@mantine/core';
import type { Case } from '@obieg/contracts/cases';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { takeOverCase } from '../cases.api';
import { finalClassesQuery, unitExtractQuery } from '../cases.queries';
import { extractClasses } from '../jrwa-choice.models';
import { useCaseAction } from '../use-case-action';
import { useUnitChoices } from '../use-unit-choices';
import { ActionDialog } from './action-dialog';
import { JrwaClassCombobox } from './jrwa-class-combobox';

type DialogProps = { item: Case; opened: boolean; onClose: () => void };

/**
 * Przejęcie sprawy po reorganizacji (instrukcja §34, §51): another unit opens the case again under
 * its own znak — same parties, initiating letter and term — and this case closes as transferred,
 * the two linked. The new unit's JRWA class defaults to this case's class when its extract has it.
 */
export function TakeOverDialog({ item, opened, onClose }: DialogProps) {
  const t = useT();
  const navigate = useNavigate();
  const choices = useUnitChoices({ enabled: opened, except: item.unit.id });
  const [unitId, setUnitId] = useState('');
  const [jrwaSymbol, setJrwaSymbol] = useState(item.jrwa.symbol);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const extract = useQuery({ ...unitExtractQuery(unitId), enabled: opened && Boolean(unitId) });
  const classes = useQuery({ ...finalClassesQuery(), enabled: opened });
  const extractChoices = extractClasses(classes.data?.items ?? [], extract.data?.symbols ?? []);
  const mutation = useCaseAction({
    mutationFn: takeOverCase,
    done: (taken) => t('cases.take_over.done', { old: item.sign, sign: taken.sign }),
    onSuccess: (taken) => {
      onClose();
      void navigate({ to: '/cases/$id', params: { id: taken.id } });
    },
  });
  const submit = () => {
    const next: FieldErrors = {};
    if (!unitId) next['/unitId'] = t('validation.required');
    if (!jrwaSymbol) next['/jrwaSymbol'] = t('validation.required');
    if (!reason.trim()) next['/reason'] = t('validation.required');
    setErrors(next);
    if (Object.keys(next).length === 0)
      mutation.mutate({ id: item.id, input: { unitId, jrwaSymbol, reason: reason.trim() } });
  };
  const apiErrors = apiFieldErrors(t, mutation.error);
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.take_over.title', { sign: item.sign })}
      submitLabel={t('cases.take_over.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
    >
      <Text size="sm">{t('cases.take_over.text')}</Text>
      <NativeSelect
        label={t('cases.take_over.unit')}
        required
        data-autofocus
        data={[{ value: '', label: t('cases.take_over.unit.choose') }, ...choices]}
        value={unitId}
        error={errors['/unitId'] ?? apiErrors['/unitId']}
        onChange={(event) => {
          setUnitId(event.currentTarget.value);
          setJrwaSymbol(item.jrwa.symbol);
        }}
      />
      {unitId && extract.data && extractChoices.length === 0 && (
        <Alert color="orange" variant="light">
          {t('cases.form.jrwa.no_extract.text')}
        </Alert>
      )}
      <JrwaClassCombobox
        key={unitId}
        classes={extractChoices}
        value={jrwaSymbol}
        onChange={setJrwaSymbol}
        label={t('cases.form.jrwa.label')}
        description={t('cases.take_over.jrwa')}
        error={errors['/jrwaSymbol'] ?? apiErrors['/jrwaSymbol']}
      />
      <Textarea
        label={t('cases.take_over.reason')}
        description={t('cases.take_over.reason.description')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        value={reason}
        error={errors['/reason'] ?? apiErrors['/reason']}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
    </ActionDialog>
  );
}
