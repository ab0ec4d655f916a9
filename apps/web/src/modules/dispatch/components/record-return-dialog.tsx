import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { RETURN_REASONS, type Dispatch, type DispatchItem } from '@obieg/contracts/dispatch';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import type { FieldErrors } from '../../../shared/forms/validation';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ActionDialog } from '../../cases/components/action-dialog';
import { FileUploadField, NO_UPLOAD, type FileUpload } from '../../signatures/components/file-upload-field';
import { recordReturn } from '../dispatch.api';
import { RETURN_REASON_LABELS } from '../dispatch-labels';
import { refreshDispatch } from '../dispatch.queries';
import { PROOF_ACCEPT } from './record-delivery-dialog';

type ReturnReason = (typeof RETURN_REASONS)[number];

/** Records a letter that came back undelivered: the day, why (as the post marked it), remarks. */
export function RecordReturnDialog({
  dispatch,
  item,
  opened,
  onClose,
}: {
  dispatch: Dispatch;
  item: DispatchItem;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [returnedOn, setReturnedOn] = useState(() => todayInOffice());
  const [reason, setReason] = useState<ReturnReason | ''>('');
  const [remarks, setRemarks] = useState('');
  const [proof, setProof] = useState<FileUpload>(NO_UPLOAD);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: recordReturn,
    onSuccess: async (next) => {
      notify.success(t('dispatch.return.done', { name: item.addressee.name }));
      onClose();
      await refreshDispatch(queryClient, next);
    },
  });
  const submit = () => {
    const next: FieldErrors = {};
    if (!returnedOn) next['/returnedOn'] = t('validation.required');
    if (!reason) next['/reason'] = t('dispatch.return.reason.required');
    setErrors(next);
    if (Object.keys(next).length > 0 || !reason || proof.status === 'uploading') return;
    mutation.mutate({
      id: dispatch.id,
      itemId: item.id,
      input: {
        returnedOn,
        reason,
        ...(remarks.trim() ? { remarks: remarks.trim() } : {}),
        ...(proof.status === 'done' ? { evidenceFileId: proof.file.id } : {}),
      },
    });
  };
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('dispatch.return.title', { name: item.addressee.name })}
      submitLabel={t('dispatch.return.submit')}
      pending={mutation.isPending || proof.status === 'uploading'}
      error={mutation.error}
      onSubmit={submit}
    >
      <TextInput
        type="date"
        label={t('dispatch.return.date')}
        required
        data-autofocus
        value={returnedOn}
        error={errors['/returnedOn']}
        onChange={(event) => setReturnedOn(event.currentTarget.value)}
        maw={220}
      />
      <NativeSelect
        label={t('dispatch.return.reason')}
        required
        value={reason}
        error={errors['/reason']}
        onChange={(event) => setReason(event.currentTarget.value as ReturnReason | '')}
        data={[
          { value: '', label: t('dispatch.return.reason.choose') },
          ...RETURN_REASONS.map((value) => ({ value, label: t(RETURN_REASON_LABELS[value]) })),
        ]}
      />
      <Textarea
        label={t('dispatch.return.remarks')}
        autosize
        minRows={2}
        maxLength={500}
        value={remarks}
        onChange={(event) => setRemarks(event.currentTarget.value)}
      />
      <FileUploadField
        label={t('dispatch.return.proof')}
        description={t('dispatch.return.proof.description')}
        accept={PROOF_ACCEPT}
        value={proof}
        onChange={setProof}
      />
    </ActionDialog>
  );
}
