import { Alert, Button, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { SETTLEMENTS, type Case, type Settlement } from '@obieg/contracts/cases';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { SETTLEMENT_LABELS } from '../case-labels';
import { unfinishedWorkOf } from '../case-errors.models';
import { closeCase, type CloseCaseInput } from '../cases.api';
import { useCaseAction } from '../use-case-action';
import { ActionDialog } from './action-dialog';
import { caseStartDate } from './lifecycle-dialogs';

/**
 * Closing a case (DOMAIN.md §2.7): the manner of settlement and the date of final settlement
 * (today by default). When work is unfinished — decrees of its items not accepted, open
 * sub-cases — the API refuses (409 `cases.unfinished_work`); the dialog says what is left and
 * offers to close it anyway.
 */
export function CloseCaseDialog({
  item,
  opened,
  onClose,
}: {
  item: Case;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const today = todayInOffice();
  const [settlement, setSettlement] = useState<Settlement | ''>('');
  const [settledOn, setSettledOn] = useState(today);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useCaseAction({
    mutationFn: closeCase,
    done: (updated) => t('cases.close.done', { sign: updated.sign }),
    onSuccess: onClose,
  });
  const unfinished = unfinishedWorkOf(mutation.error);
  const input = (force: boolean): CloseCaseInput | null =>
    settlement
      ? {
          settlement,
          ...(settledOn ? { settledOn } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(force ? { force: true } : {}),
        }
      : null;
  const submit = (force: boolean) => {
    const body = input(force);
    setMissing(!body);
    if (body) mutation.mutate({ id: item.id, input: body });
  };
  const apiErrors = apiFieldErrors(t, mutation.error);
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.close.title', { sign: item.sign })}
      submitLabel={t('cases.close.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={() => submit(false)}
      footer={
        unfinished ? (
          <Alert color="orange" variant="light" role="alert" title={t('cases.close.unfinished.title')}>
            <Stack gap="xs">
              <Text size="sm">{t('errors.cases.unfinished_work')}</Text>
              {unfinished.pendingDecrees > 0 && (
                <Text size="sm">
                  {t('cases.close.unfinished.decrees', { count: unfinished.pendingDecrees })}
                </Text>
              )}
              {unfinished.openSubCases > 0 && (
                <Text size="sm">
                  {t('cases.close.unfinished.sub_cases', { count: unfinished.openSubCases })}
                </Text>
              )}
              <Group>
                <Button color="red" loading={mutation.isPending} onClick={() => submit(true)}>
                  {t('cases.close.force')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : undefined
      }
    >
      <Radio.Group
        label={t('cases.close.settlement')}
        required
        value={settlement}
        error={missing ? t('cases.close.settlement.required') : undefined}
        onChange={(value) => {
          setSettlement(value as Settlement);
          setMissing(false);
        }}
      >
        <Stack gap={6} mt={6}>
          {SETTLEMENTS.map((value, index) => (
            <Radio
              key={value}
              value={value}
              label={t(SETTLEMENT_LABELS[value])}
              data-autofocus={index === 0 ? true : undefined}
            />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput
        type="date"
        label={t('cases.close.settled_on')}
        description={t('cases.close.settled_on.description')}
        min={caseStartDate(item)}
        max={today}
        value={settledOn}
        error={apiErrors['/settledOn']}
        onChange={(event) => setSettledOn(event.currentTarget.value)}
        maw={240}
      />
      <Textarea
        label={t('cases.close.note')}
        description={t('cases.close.note.description')}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </ActionDialog>
  );
}
