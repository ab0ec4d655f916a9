import { Button, Group } from '@mantine/core';
import type { DocumentDto } from '@obieg/contracts/documents';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useMe } from '../../auth/auth.queries';
import { cancelApproval } from '../documents.api';
import { comparableVersions, pendingStepFor } from '../documents.models';
import { approvalTasksQuery, refreshDocument } from '../documents.queries';
import { CompareVersionsDialog } from './compare-versions-dialog';
import { DecisionDialog } from './decision-dialog';
import { NewVersionDialog } from './new-version-dialog';
import { SignDialog } from './sign-dialog';
import { StartApprovalDialog } from './start-approval-dialog';
import { UploadSignedDialog } from './upload-signed-dialog';

type DialogName = 'version' | 'compare' | 'approval' | 'decision' | 'sign' | 'signed';

/**
 * The task the caller decides: the pending step of their active position; failing that (a
 * substitute acting for an absent colleague), their pending task for this document as the API
 * lists it.
 */
function useOwnTask(document: DocumentDto) {
  const me = useMe();
  const canDecide = document.allowedActions.includes('decide');
  const step = canDecide ? pendingStepFor(document, me.activePositionId) : null;
  const tasks = useQuery({ ...approvalTasksQuery('pending'), enabled: canDecide && step === null });
  if (!canDecide) return null;
  if (step) return { id: step.id, signatory: step.signatory };
  const task = tasks.data?.find((item) => item.documentId === document.id);
  return task ? { id: task.id, signatory: task.signatory } : null;
}

/** What the caller may do with the document now (`allowedActions`), each in its own dialog. */
export function DocumentActions({ document }: { document: DocumentDto }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const allowed = new Set(document.allowedActions);
  const task = useOwnTask(document);
  // A new session (key) per opening starts each dialog afresh; closing keeps it mounted for the focus.
  const [dialog, setDialog] = useState<{ name: DialogName | null; session: number }>({
    name: null,
    session: 0,
  });
  const open = (name: DialogName) => setDialog(({ session }) => ({ name, session: session + 1 }));
  const close = () => setDialog(({ session }) => ({ name: null, session }));
  const keyOf = (name: DialogName) => `${name}-${dialog.session}`;
  const dialogProps = (name: DialogName) => ({
    document,
    opened: dialog.name === name,
    onClose: close,
  });
  const cancel = useMutation({
    mutationFn: () => cancelApproval(document.id),
    onSuccess: () => notify.success(t('documents.approval.cancelled')),
    onSettled: () => refreshDocument(queryClient, { id: document.id, caseId: document.caseId }),
  });
  const comparable = comparableVersions(document).numbers.length >= 2;

  return (
    <>
      <ErrorAlert error={cancel.error} />
      <Group gap="sm" wrap="wrap" data-testid="document-actions">
        {task && <Button onClick={() => open('decision')}>{t('documents.actions.decide')}</Button>}
        {allowed.has('sign') && <Button onClick={() => open('sign')}>{t('documents.actions.sign')}</Button>}
        {allowed.has('add_version') && (
          <Button variant="default" onClick={() => open('version')}>
            {t('documents.actions.add_version')}
          </Button>
        )}
        {comparable && (
          <Button variant="default" onClick={() => open('compare')}>
            {t('documents.actions.compare')}
          </Button>
        )}
        {allowed.has('start_approval') && (
          <Button variant="default" onClick={() => open('approval')}>
            {t('documents.actions.start_approval')}
          </Button>
        )}
        {allowed.has('upload_signed') && (
          <Button variant="default" onClick={() => open('signed')}>
            {t('documents.actions.upload_signed')}
          </Button>
        )}
        {allowed.has('cancel_approval') && (
          <ConfirmButton
            title={t('documents.approval.cancel.title')}
            message={t('documents.approval.cancel.text')}
            confirmLabel={t('documents.approval.cancel.confirm')}
            loading={cancel.isPending}
            onConfirm={() => cancel.mutate()}
          >
            {t('documents.actions.cancel_approval')}
          </ConfirmButton>
        )}
      </Group>
      {allowed.has('add_version') && <NewVersionDialog key={keyOf('version')} {...dialogProps('version')} />}
      {comparable && <CompareVersionsDialog key={keyOf('compare')} {...dialogProps('compare')} />}
      {allowed.has('start_approval') && (
        <StartApprovalDialog key={keyOf('approval')} {...dialogProps('approval')} />
      )}
      {task && (
        <DecisionDialog
          key={keyOf('decision')}
          {...dialogProps('decision')}
          taskId={task.id}
          signatory={task.signatory}
        />
      )}
      {allowed.has('sign') && <SignDialog key={keyOf('sign')} {...dialogProps('sign')} />}
      {allowed.has('upload_signed') && (
        <UploadSignedDialog key={keyOf('signed')} {...dialogProps('signed')} />
      )}
    </>
  );
}
