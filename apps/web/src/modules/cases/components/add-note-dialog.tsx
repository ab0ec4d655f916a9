import { Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { useNotify } from '../../../shared/hooks/use-notify';
import { addCaseDocument } from '../cases.api';
import { refreshCaseFile } from '../cases.queries';
import { ActionDialog } from './action-dialog';

/** A notatka służbowa written in the system (e.g. an oral settlement, a telephone call) into the file. */
export function AddNoteDialog({
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
  const [title, setTitle] = useState(() => t('cases.note.default_title'));
  const [content, setContent] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: addCaseDocument,
    onSuccess: async (document) => {
      notify.success(t('cases.note.done', { title: document.title }));
      setContent('');
      onClose();
      await refreshCaseFile(queryClient, caseId);
    },
  });
  const submit = () => {
    const next: FieldErrors = {};
    if (!title.trim()) next['/title'] = t('validation.required');
    if (!content.trim()) next['/content'] = t('validation.required');
    setErrors(next);
    if (Object.keys(next).length === 0)
      mutation.mutate({ id: caseId, input: { kind: 'note', title: title.trim(), content: content.trim() } });
  };
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.note.title')}
      submitLabel={t('cases.note.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
    >
      <TextInput
        label={t('cases.note.field.title')}
        required
        value={title}
        error={errors['/title']}
        onChange={(event) => setTitle(event.currentTarget.value)}
      />
      <Textarea
        label={t('cases.note.field.content')}
        description={t('cases.note.field.content.description')}
        required
        autosize
        minRows={5}
        maxRows={16}
        value={content}
        error={errors['/content']}
        data-autofocus
        onChange={(event) => setContent(event.currentTarget.value)}
      />
    </ActionDialog>
  );
}
