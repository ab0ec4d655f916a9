import { NativeSelect, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import type { Case } from '@obieg/contracts/cases';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { todayInOffice } from '../../../shared/format/dates';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { addDays } from '../case-deadline.models';
import { NOT_COUNTED_LABELS } from '../case-labels';
import {
  addNotCountedPeriod,
  reopenCase,
  resumeCase,
  suspendCase,
  type NotCountedPeriodInput,
} from '../cases.api';
import { useCaseAction } from '../use-case-action';
import { ActionDialog } from './action-dialog';

type DialogProps = { item: Case; opened: boolean; onClose: () => void };

/** The first day a period of the case may begin: the day it was initiated. */
export const caseStartDate = (item: Case) => item.deadline?.startDate ?? item.openedAt.slice(0, 10);

const NOT_COUNTED_CHOICES: NotCountedPeriodInput['kind'][] = [
  'party_delay',
  'mediation',
  'statutory_action_term',
  'beyond_organ_control',
];

/** Zawieszenie postępowania (KPA art. 97): the clock stops from the day given, with the reason. */
export function SuspendDialog({ item, opened, onClose }: DialogProps) {
  const t = useT();
  const today = todayInOffice();
  const [reason, setReason] = useState('');
  const [from, setFrom] = useState(today);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useCaseAction({
    mutationFn: suspendCase,
    done: (updated) => t('cases.suspend.done', { sign: updated.sign }),
    onSuccess: onClose,
  });
  const submit = () => {
    const next: FieldErrors = {};
    if (!reason.trim()) next['/reason'] = t('validation.required');
    if (!from) next['/from'] = t('validation.required');
    setErrors(next);
    if (Object.keys(next).length === 0) mutation.mutate({ id: item.id, reason: reason.trim(), from });
  };
  const apiErrors = apiFieldErrors(t, mutation.error);
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.suspend.title')}
      submitLabel={t('cases.suspend.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
    >
      <Text size="sm">{t('cases.suspend.text')}</Text>
      <TextInput
        type="date"
        label={t('cases.suspend.from')}
        required
        min={caseStartDate(item)}
        max={today}
        value={from}
        error={errors['/from'] ?? apiErrors['/from']}
        onChange={(event) => setFrom(event.currentTarget.value)}
        maw={240}
      />
      <Textarea
        label={t('cases.suspend.reason')}
        required
        autosize
        minRows={2}
        value={reason}
        error={errors['/reason']}
        data-autofocus
        onChange={(event) => setReason(event.currentTarget.value)}
      />
    </ActionDialog>
  );
}

/** Podjęcie zawieszonego postępowania: the suspension ends on its last day, the clock runs again. */
export function ResumeDialog({ item, opened, onClose }: DialogProps) {
  const t = useT();
  const format = useFormatters();
  const today = todayInOffice();
  const open = item.deadline?.periods.find((period) => period.kind === 'suspension' && period.to === null);
  const yesterday = addDays(today, -1);
  const [to, setTo] = useState(open && open.from > yesterday ? open.from : yesterday);
  const mutation = useCaseAction({
    mutationFn: resumeCase,
    done: (updated) => t('cases.resume.done', { sign: updated.sign }),
    onSuccess: onClose,
  });
  const apiErrors = apiFieldErrors(t, mutation.error);
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.resume.title')}
      submitLabel={t('cases.resume.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={() => mutation.mutate({ id: item.id, to: to || undefined })}
    >
      <Text size="sm">
        {open ? t('cases.resume.text', { from: format.date(open.from) }) : t('cases.resume.text_unknown')}
      </Text>
      <TextInput
        type="date"
        label={t('cases.resume.to')}
        description={t('cases.resume.to.description')}
        min={open?.from}
        max={today}
        value={to}
        error={apiErrors['/to']}
        data-autofocus
        onChange={(event) => setTo(event.currentTarget.value)}
        maw={240}
      />
    </ActionDialog>
  );
}

/** A period the term does not count (art. 35 § 5 KPA): the party's delay, mediation, … */
export function NotCountedDialog({ item, opened, onClose }: DialogProps) {
  const t = useT();
  const blank: NotCountedPeriodInput = { kind: 'party_delay', from: '', to: '', reason: '' };
  const [values, setValues] = useState<NotCountedPeriodInput>(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useCaseAction({
    mutationFn: addNotCountedPeriod,
    done: (updated) => t('cases.not_counted.done', { sign: updated.sign }),
    onSuccess: () => {
      setValues(blank);
      onClose();
    },
  });
  const set = (name: keyof NotCountedPeriodInput, value: string) =>
    setValues((current) => ({ ...current, [name]: value }));
  const submit = () => {
    const next: FieldErrors = {};
    if (!values.from) next['/from'] = t('validation.required');
    if (!values.to) next['/to'] = t('validation.required');
    else if (values.from && values.to < values.from) next['/to'] = t('cases.not_counted.to_before_from');
    if (!values.reason.trim()) next['/reason'] = t('validation.required');
    setErrors(next);
    if (Object.keys(next).length === 0)
      mutation.mutate({ id: item.id, input: { ...values, reason: values.reason.trim() } });
  };
  const apiErrors = apiFieldErrors(t, mutation.error);
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.not_counted.title')}
      submitLabel={t('cases.not_counted.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
    >
      <Text size="sm">{t('cases.not_counted.text')}</Text>
      <NativeSelect
        label={t('cases.not_counted.kind')}
        required
        data={NOT_COUNTED_CHOICES.map((kind) => ({ value: kind, label: t(NOT_COUNTED_LABELS[kind]) }))}
        value={values.kind}
        data-autofocus
        onChange={(event) => set('kind', event.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={t('cases.not_counted.from')}
          required
          min={caseStartDate(item)}
          value={values.from}
          error={errors['/from'] ?? apiErrors['/from']}
          onChange={(event) => set('from', event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('cases.not_counted.to')}
          description={t('cases.not_counted.to.description')}
          required
          min={values.from || caseStartDate(item)}
          value={values.to}
          error={errors['/to'] ?? apiErrors['/to']}
          onChange={(event) => set('to', event.currentTarget.value)}
        />
      </SimpleGrid>
      <Textarea
        label={t('cases.not_counted.reason')}
        required
        autosize
        minRows={2}
        value={values.reason}
        error={errors['/reason']}
        onChange={(event) => set('reason', event.currentTarget.value)}
      />
    </ActionDialog>
  );
}

/** Wznowienie sprawy: a closed case is opened again, with the reason (kept in the metryka). */
export function ReopenDialog({ item, opened, onClose }: DialogProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useCaseAction({
    mutationFn: reopenCase,
    done: (updated) => t('cases.reopen.done', { sign: updated.sign }),
    onSuccess: onClose,
  });
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.reopen.title')}
      submitLabel={t('cases.reopen.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={() => {
        setMissing(!reason.trim());
        if (reason.trim()) mutation.mutate({ id: item.id, reason: reason.trim() });
      }}
    >
      <Text size="sm">{t('cases.reopen.text')}</Text>
      <Textarea
        label={t('cases.reopen.reason')}
        required
        autosize
        minRows={2}
        value={reason}
        error={missing ? t('validation.required') : undefined}
        data-autofocus
        onChange={(event) => setReason(event.currentTarget.value)}
      />
    </ActionDialog>
  );
}
