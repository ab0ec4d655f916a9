import { Text } from '@mantine/core';
import type { DocumentDto } from '@obieg/contracts/documents';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ActionDialog } from '../../cases/components/action-dialog';
import { FileUploadField, NO_UPLOAD, type FileUpload } from '../../signatures/components/file-upload-field';
import { uploadSignedVersion } from '../documents.api';
import { refreshDocument } from '../documents.queries';

const SIGNED_ACCEPT = '.pdf,.xml,.xades,.p7s,.p7m,.asice,.asics,application/pdf,text/xml,application/xml';

/**
 * „Wgraj wersję podpisaną”: the approved document signed outside the system (a qualified
 * signature, a trusted profile) becomes its final version once its signature checks out.
 */
export function UploadSignedDialog({
  document,
  opened,
  onClose,
}: {
  document: DocumentDto;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [upload, setUpload] = useState<FileUpload>(NO_UPLOAD);
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: uploadSignedVersion,
    onSuccess: async (created) => {
      notify.success(t('documents.signed_upload.done', { number: created.number }));
      onClose();
      await refreshDocument(queryClient, { id: document.id, caseId: document.caseId });
    },
  });
  const submit = () => {
    setMissing(upload.status !== 'done');
    if (upload.status === 'done') mutation.mutate({ id: document.id, fileId: upload.file.id });
  };
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('documents.signed_upload.title', { title: document.title })}
      submitLabel={t('documents.signed_upload.submit')}
      pending={mutation.isPending || upload.status === 'uploading'}
      error={mutation.error}
      onSubmit={submit}
    >
      <Text size="sm">{t('documents.signed_upload.hint')}</Text>
      <FileUploadField
        label={t('documents.signed_upload.file')}
        description={t('documents.signed_upload.file.description')}
        accept={SIGNED_ACCEPT}
        required
        autoFocus
        value={upload}
        onChange={(next) => {
          setUpload(next);
          setMissing(false);
        }}
        error={missing ? t('documents.signed_upload.file.required') : undefined}
      />
    </ActionDialog>
  );
}
