import { Alert, Stack, Text, Textarea } from '@mantine/core';
import type { DispatchOptions } from '@obieg/contracts/dispatch';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ActionDialog } from '../../cases/components/action-dialog';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { createDispatch } from '../dispatch.api';
import { buildDispatchInput, initialChoice, type AddresseeChoice } from '../dispatch-form.models';
import { refreshDispatch } from '../dispatch.queries';
import { AddresseeChoiceFields } from './addressee-choice-fields';

/**
 * Orders the dispatch of a letter: per addressee, whether to send now, by which channel (only
 * those the API offers for that addressee) and, for paper, the kind of letter. The registry (or
 * the job queue, for electronic channels) does the rest; the dispatch's page opens afterwards.
 */
export function DispatchDialog({
  options,
  documentTitle,
  opened,
  onClose,
}: {
  options: DispatchOptions;
  documentTitle: string;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [choices, setChoices] = useState<AddresseeChoice[]>(() => options.addressees.map(initialChoice));
  const [remarks, setRemarks] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: createDispatch,
    onSuccess: async (dispatch) => {
      notify.success(t('dispatch.dialog.done', { number: dispatch.number }));
      await refreshDispatch(queryClient, dispatch);
      onClose();
      await navigate({ to: '/outgoing/$dispatchId', params: { dispatchId: dispatch.id } });
    },
  });

  // The API numbers the addressees it was sent (the included ones), not the dialog's rows.
  const sentIndex = new Map<number, number>();
  choices.forEach((choice, index) => {
    if (choice.included && choice.channel !== '') sentIndex.set(index, sentIndex.size);
  });
  const fieldErrors = apiFieldErrors(t, mutation.error);
  const rowError = (index: number) => {
    const sent = sentIndex.get(index);
    if (sent === undefined) return undefined;
    return (
      fieldErrors[`/addressees/${sent}/channel`] ??
      fieldErrors[`/addressees/${sent}/postal`] ??
      fieldErrors[`/addressees/${sent}/email`] ??
      fieldErrors[`/addressees/${sent}`]
    );
  };

  const update = (index: number, patch: Partial<AddresseeChoice>) => {
    setMissing(false);
    setChoices((current) => current.map((choice, i) => (i === index ? { ...choice, ...patch } : choice)));
  };
  const submit = () => {
    const input = buildDispatchInput({ documentId: options.documentId, choices, remarks });
    if (input.addressees.length === 0) {
      setMissing(true);
      return;
    }
    mutation.mutate(input);
  };
  const firstSendable = options.addressees.findIndex((addressee) => addressee.channels.length > 0);

  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('dispatch.dialog.title')}
      submitLabel={t('dispatch.dialog.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      size="xl"
    >
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {documentTitle}
      </Text>
      {!options.signed && (
        <Alert variant="light" color="yellow" c="#5c3c00">
          {t('dispatch.dialog.unsigned')}
        </Alert>
      )}
      {missing && (
        <Alert variant="light" color="red" role="alert">
          {t('dispatch.dialog.none_chosen')}
        </Alert>
      )}
      <Stack gap="sm">
        {options.addressees.map((addressee, index) => (
          <AddresseeChoiceFields
            key={addressee.contactId}
            addressee={addressee}
            choice={choices[index] ?? initialChoice(addressee)}
            onChange={(patch) => update(index, patch)}
            autoFocus={index === firstSendable}
            error={rowError(index)}
          />
        ))}
      </Stack>
      <Textarea
        label={t('dispatch.dialog.remarks')}
        description={t('dispatch.dialog.remarks.description')}
        autosize
        minRows={2}
        maxLength={2000}
        value={remarks}
        onChange={(event) => setRemarks(event.currentTarget.value)}
      />
    </ActionDialog>
  );
}
