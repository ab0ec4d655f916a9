import { Alert, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { DocumentDto } from '@obieg/contracts/documents';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ActionDialog } from '../../cases/components/action-dialog';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { FileUploadField, NO_UPLOAD, type FileUpload } from '../../signatures/components/file-upload-field';
import { addVersion } from '../documents.api';
import { latestVersion } from '../documents.models';
import { refreshDocument, versionTextQuery } from '../documents.queries';
import { DRAFT_FILE_ACCEPT } from './new-draft-dialog';

type Mode = 'text' | 'file';

/**
 * „Nowa wersja”: the text of the latest version to edit in the browser (printed with the draft's
 * template), or a file edited elsewhere; with a comment saying what changed.
 */
export function NewVersionDialog({
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
  const latest = latestVersion(document);
  const [mode, setMode] = useState<Mode>(latest?.hasText ? 'text' : 'file');
  const source = useQuery({
    ...versionTextQuery(document.id, latest?.id ?? ''),
    enabled: opened && mode === 'text' && Boolean(latest?.hasText),
  });
  const [edited, setEdited] = useState<string | null>(null);
  const text = edited ?? source.data?.text ?? '';
  const [upload, setUpload] = useState<FileUpload>(NO_UPLOAD);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: addVersion,
    onSuccess: async (created) => {
      notify.success(t('documents.versions.added', { number: created.number }));
      onClose();
      await refreshDocument(queryClient, { id: document.id, caseId: document.caseId });
    },
  });
  const shown = { ...apiFieldErrors(t, mutation.error), ...errors };
  const loadingText = mode === 'text' && Boolean(latest?.hasText) && source.isPending && edited === null;

  const submit = () => {
    const next: FieldErrors = {};
    if (mode === 'text' && text.trim() === '') next['/text'] = t('validation.required');
    if (mode === 'file' && upload.status !== 'done')
      next['/fileId'] = t(
        upload.status === 'uploading' ? 'documents.upload.wait' : 'documents.versions.file.required',
      );
    setErrors(next);
    if (Object.keys(next).length > 0 || loadingText) return;
    const note = comment.trim();
    mutation.mutate({
      id: document.id,
      input: {
        ...(mode === 'text' ? { text } : { fileId: upload.status === 'done' ? upload.file.id : '' }),
        ...(note ? { comment: note } : {}),
      },
    });
  };

  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      size="xl"
      title={t('documents.versions.new.title', { number: (latest?.number ?? 0) + 1 })}
      submitLabel={t('documents.versions.new.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
    >
      <Stack gap={4}>
        <Text size="sm" fw={500} id="new-version-mode-label">
          {t('documents.versions.new.mode')}
        </Text>
        <SegmentedControl
          aria-labelledby="new-version-mode-label"
          value={mode}
          onChange={(next) => {
            setMode(next as Mode);
            setErrors({});
          }}
          data={[
            { value: 'text', label: t('documents.versions.new.mode.text') },
            { value: 'file', label: t('documents.versions.new.mode.file') },
          ]}
        />
      </Stack>
      {mode === 'text' ? (
        <>
          {latest && !latest.hasText && (
            <Alert variant="light" color="blue">
              {t('documents.versions.new.no_text')}
            </Alert>
          )}
          {source.error && (
            <Alert variant="light" color="yellow" c="#5c3c00">
              {t('documents.versions.new.text_unavailable')}
            </Alert>
          )}
          <Textarea
            label={t('documents.versions.new.text')}
            description={t(loadingText ? 'common.loading' : 'documents.versions.new.text.description')}
            required
            data-autofocus
            autosize
            minRows={12}
            maxRows={30}
            readOnly={loadingText}
            aria-busy={loadingText || undefined}
            value={text}
            error={shown['/text']}
            onChange={(event) => {
              setEdited(event.currentTarget.value);
              setErrors({});
            }}
          />
        </>
      ) : (
        <FileUploadField
          label={t('documents.versions.new.file')}
          description={t('documents.versions.new.file.description')}
          accept={DRAFT_FILE_ACCEPT}
          required
          autoFocus
          value={upload}
          onChange={(next) => {
            setUpload(next);
            setErrors({});
          }}
          error={shown['/fileId']}
        />
      )}
      <Textarea
        label={t('documents.versions.new.comment')}
        description={t('documents.versions.new.comment.description')}
        autosize
        minRows={2}
        maxLength={2000}
        value={comment}
        error={shown['/comment']}
        onChange={(event) => setComment(event.currentTarget.value)}
      />
    </ActionDialog>
  );
}
