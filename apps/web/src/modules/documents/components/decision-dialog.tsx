import { Group, Radio, Text, Textarea } from '@mantine/core';
import type { ApprovalDecisionInput, DocumentDto } from '@obieg/contracts/documents';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ActionDialog } from '../../cases/components/action-dialog';
import { decideApprovalTask } from '../documents.api';
import { refreshDocument } from '../documents.queries';

type Decision = ApprovalDecisionInput['decision'];

/**
 * „Decyzja” on one's step of the path: approve (a comment is optional) or reject — a rejection
 * says why, and the comment stays on the path for everyone to read.
 */
export function DecisionDialog({
  document,
  taskId,
  signatory,
  opened,
  onClose,
}: {
  document: DocumentDto;
  taskId: string;
  signatory: boolean;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<Decision>('approve');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: decideApprovalTask,
    onSuccess: async (_, { input }) => {
      notify.success(
        t(input.decision === 'approve' ? 'documents.decision.approved' : 'documents.decision.rejected'),
      );
      onClose();
      await refreshDocument(queryClient, { id: document.id, caseId: document.caseId });
    },
    onError: () => refreshDocument(queryClient, { id: document.id, caseId: document.caseId }),
  });
  const submit = () => {
    const note = comment.trim();
    if (decision === 'reject' && note === '') {
      setError(t('documents.decision.comment.required'));
      return;
    }
    setError(null);
    mutation.mutate({ taskId, input: { decision, ...(note ? { comment: note } : {}) } });
  };
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('documents.decision.title', { title: document.title })}
      submitLabel={t(
        decision === 'approve' ? 'documents.decision.submit.approve' : 'documents.decision.submit.reject',
      )}
      color={decision === 'reject' ? 'red' : undefined}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
    >
      {signatory && <Text size="sm">{t('documents.decision.signatory_hint')}</Text>}
      <Radio.Group
        label={t('documents.decision.label')}
        value={decision}
        onChange={(next) => {
          setDecision(next as Decision);
          setError(null);
        }}
      >
        <Group gap="md" mt={6}>
          <Radio value="approve" label={t('documents.decision.approve')} data-autofocus />
          <Radio value="reject" label={t('documents.decision.reject')} />
        </Group>
      </Radio.Group>
      <Textarea
        label={t('documents.decision.comment')}
        description={t(
          decision === 'reject' ? 'documents.decision.comment.reject' : 'documents.decision.comment.approve',
        )}
        required={decision === 'reject'}
        autosize
        minRows={3}
        maxLength={4000}
        value={comment}
        error={error ?? undefined}
        onChange={(event) => {
          setComment(event.currentTarget.value);
          setError(null);
        }}
      />
    </ActionDialog>
  );
}
