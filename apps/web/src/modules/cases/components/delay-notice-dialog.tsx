import { Text, Textarea, TextInput } from '@mantine/core';
import type { CaseSummary } from '@obieg/contracts/cases';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { todayInOffice } from '../../../shared/format/dates';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { earliestNoticeDate } from '../dashboard.models';
import { sendDelayNotice } from '../cases.api';
import { useCaseAction } from '../use-case-action';
import { ActionDialog } from './action-dialog';

/**
 * Zawiadomienie o zwłoce (art. 36 KPA): the parties are told why the case is not settled in time
 * and by when it will be; the new date becomes the case's term.
 */
export function DelayNoticeDialog({
  item,
  opened,
  onClose,
}: {
  item: CaseSummary;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const format = useFormatters();
  const earliest = earliestNoticeDate({ today: todayInOffice(), dueDate: item.deadline?.dueDate ?? null });
  const [newDate, setNewDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useCaseAction({
    mutationFn: sendDelayNotice,
    done: (updated) =>
      t('cases.notice.done', { sign: updated.sign, date: format.date(updated.deadline?.dueDate ?? newDate) }),
    onSuccess: onClose,
  });
  const submit = () => {
    const next: FieldErrors = {};
    if (!newDate) next['/newDate'] = t('validation.required');
    else if (newDate < earliest)
      next['/newDate'] = t('cases.notice.date.too_early', { date: format.date(earliest) });
    if (!reason.trim()) next['/reason'] = t('validation.required');
    setErrors(next);
    if (Object.keys(next).length === 0) mutation.mutate({ id: item.id, newDate, reason: reason.trim() });
  };
  const apiErrors = apiFieldErrors(t, mutation.error);
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.notice.title', { sign: item.sign })}
      submitLabel={t('cases.notice.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
    >
      <Text size="sm">{t('cases.notice.text')}</Text>
      <Text size="sm">
        {t('cases.notice.current', {
          date: item.deadline?.dueDate ? format.date(item.deadline.dueDate) : t('common.none'),
        })}
      </Text>
      <TextInput
        type="date"
        label={t('cases.notice.date')}
        description={t('cases.notice.date.description', { date: format.date(earliest) })}
        required
        min={earliest}
        value={newDate}
        error={errors['/newDate'] ?? apiErrors['/newDate']}
        data-autofocus
        onChange={(event) => setNewDate(event.currentTarget.value)}
        maw={240}
      />
      <Textarea
        label={t('cases.notice.reason')}
        description={t('cases.notice.reason.description')}
        required
        autosize
        minRows={3}
        value={reason}
        error={errors['/reason']}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
    </ActionDialog>
  );
}
