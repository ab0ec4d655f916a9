import { Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ScanDropZone } from '../../correspondence/components/scan-drop-zone';
import { useScanUploads } from '../../correspondence/use-scan-uploads';
import { addCaseDocument } from '../cases.api';
import { refreshCaseFile } from '../cases.queries';
import { documentTitleFromFileName } from '../case-form.models';
import { ActionDialog } from './action-dialog';

/** Documents accepted into a case file: the KRI formats people send and offices write. */
const DOCUMENT_ACCEPT =
  'application/pdf,image/*,.docx,.odt,.xlsx,.ods,.xml,.txt,.rtf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text';

/**
 * Documents into the case file: each file uploads as soon as it is dropped or picked, gets a
 * title (its name to begin with), and all go into the file together.
 */
export function AddDocumentDialog({
  caseId,
  opened,
  onClose,
}: {
  caseId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const uploads = useScanUploads();
  const [titles, setTitles] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState(false);
  const ready = uploads.scans.filter((scan) => scan.status === 'done' && scan.fileId);
  const titleOf = (key: string, name: string) => titles[key] ?? documentTitleFromFileName(name);
  const mutation = useMutation({
    mutationFn: async () => {
      const added = [];
      for (const scan of ready) {
        added.push(
          await addCaseDocument({
            id: caseId,
            input: { kind: 'file', fileId: scan.fileId ?? '', title: titleOf(scan.key, scan.name).trim() },
          }),
        );
      }
      return added;
    },
    onSuccess: async (added) => {
      notify.success(t('cases.document.done', { count: added.length }));
      uploads.clear();
      setTitles({});
      onClose();
      await refreshCaseFile(queryClient, caseId);
    },
  });
  const submit = () => {
    const blank = ready.some((scan) => titleOf(scan.key, scan.name).trim() === '');
    setMissing(ready.length === 0 || blank);
    if (ready.length > 0 && !blank && !uploads.uploading) mutation.mutate();
  };
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.document.title')}
      submitLabel={t('cases.document.submit', { count: ready.length })}
      pending={mutation.isPending || uploads.uploading}
      error={mutation.error}
      onSubmit={submit}
    >
      <ScanDropZone
        uploads={uploads}
        label={t('cases.document.files')}
        hint={t('cases.document.hint')}
        accept={DOCUMENT_ACCEPT}
        error={missing && ready.length === 0 ? t('cases.document.none') : undefined}
      />
      {ready.length > 0 && (
        <Stack gap="xs">
          {ready.map((scan) => (
            <TextInput
              key={scan.key}
              label={t('cases.document.field.title', { name: scan.name })}
              required
              value={titleOf(scan.key, scan.name)}
              error={
                missing && titleOf(scan.key, scan.name).trim() === '' ? t('validation.required') : undefined
              }
              onChange={(event) => {
                const value = event.currentTarget.value;
                setTitles((current) => ({ ...current, [scan.key]: value }));
              }}
            />
          ))}
        </Stack>
      )}
    </ActionDialog>
  );
}
