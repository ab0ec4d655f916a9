import { TextInput } from '@mantine/core';
import type { Dispatch, DispatchItem } from '@obieg/contracts/dispatch';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ActionDialog } from '../../cases/components/action-dialog';
import { FileUploadField, NO_UPLOAD, type FileUpload } from '../../signatures/components/file-upload-field';
import { recordDelivery } from '../dispatch.api';
import { refreshDispatch } from '../dispatch.queries';

export const PROOF_ACCEPT = 'application/pdf,image/*,.pdf,.jpg,.jpeg,.png,.tif,.tiff,.xml';

/** Records the day a letter reached its addressee, with a scan of the receipt if there is one. */
export function RecordDeliveryDialog({
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
  const [deliveredAt, setDeliveredAt] = useState(() => todayInOffice());
  const [proof, setProof] = useState<FileUpload>(NO_UPLOAD);
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: recordDelivery,
    onSuccess: async (next) => {
      notify.success(t('dispatch.delivery.done', { name: item.addressee.name }));
      onClose();
      await refreshDispatch(queryClient, next);
    },
  });
  const submit = () => {
    if (!deliveredAt) {
      setMissing(true);
      return;
    }
    if (proof.status === 'uploading') return;
    mutation.mutate({
      id: dispatch.id,
      input: {
        itemId: item.id,
        deliveredAt,
        ...(proof.status === 'done' ? { evidenceFileId: proof.file.id } : {}),
      },
    });
  };
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('dispatch.delivery.title', { name: item.addressee.name })}
      submitLabel={t('dispatch.delivery.submit')}
      pending={mutation.isPending || proof.status === 'uploading'}
      error={mutation.error}
      onSubmit={submit}
    >
      <TextInput
        type="date"
        label={t('dispatch.delivery.date')}
        required
        data-autofocus
        value={deliveredAt}
        error={missing ? t('validation.required') : undefined}
        onChange={(event) => {
          setDeliveredAt(event.currentTarget.value);
          setMissing(false);
        }}
        maw={220}
      />
      <FileUploadField
        label={t('dispatch.delivery.proof')}
        description={t('dispatch.delivery.proof.description')}
        accept={PROOF_ACCEPT}
        value={proof}
        onChange={setProof}
      />
    </ActionDialog>
  );
}
