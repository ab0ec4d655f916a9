import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { addCaseDocument } from '../cases.api';
import { refreshCaseFile } from '../cases.queries';
import { ActionDialog } from './action-dialog';
import { CaseSearchField } from './case-search-field';

/**
 * Attaching an incoming item to a case already open (dołączenie do sprawy): the case is found by
 * words of its znak or title; a closed case cannot take new documents, so it is not offered.
 */
export function AttachToCaseDialog({
  itemId,
  rpwNumber,
  opened,
  onClose,
  onAttached,
}: {
  itemId: string;
  rpwNumber: string;
  opened: boolean;
  onClose: () => void;
  onAttached: (caseId: string) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: (caseId: string) =>
      addCaseDocument({ id: caseId, input: { kind: 'incoming', incomingId: itemId } }),
    onSuccess: async (_document, caseId) => {
      await refreshCaseFile(queryClient, caseId);
      onAttached(caseId);
    },
  });
  // The search starts afresh each time the dialog opens: no choice may be left from the last time.
  const close = () => {
    setChosen('');
    setMissing(false);
    onClose();
  };
  return (
    <ActionDialog
      opened={opened}
      onClose={close}
      title={t('cases.attach.title', { number: rpwNumber })}
      submitLabel={t('cases.attach.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={() => {
        setMissing(!chosen);
        if (chosen) mutation.mutate(chosen);
      }}
    >
      <CaseSearchField
        value={chosen}
        onChange={(value) => {
          setChosen(value);
          setMissing(false);
        }}
        missing={missing}
        disableClosed
      />
    </ActionDialog>
  );
}
