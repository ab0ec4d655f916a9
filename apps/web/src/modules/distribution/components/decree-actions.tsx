import { Button } from '@mantine/core';
import type { Decree } from '@obieg/contracts/distribution';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { acceptDecree, cancelDecree, returnDecree } from '../distribution.api';
import { refreshAfterDistributionChange } from '../distribution.queries';
import { ReasonDialog } from './reason-dialog';

/** The assignee takes the decree on at once; acceptance is not undone, so no dialog is asked for. */
export function AcceptDecreeButton({
  itemId,
  decree,
  onDone,
}: {
  itemId: string;
  decree: Decree;
  /** The button goes away once accepted: where the focus goes then. */
  onDone: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: acceptDecree,
    onSuccess: async () => {
      notify.success(t('distribution.accept.done'));
      await refreshAfterDistributionChange(queryClient, itemId);
      onDone();
    },
    onError: (error) => notify.error(error),
  });
  return (
    <Button color="teal" loading={mutation.isPending} onClick={() => mutation.mutate(decree.id)}>
      {t('distribution.accept.button')}
    </Button>
  );
}

/** A decree given back (by its assignee) or withdrawn (by its author), each with a reason. */
export function DecreeReasonButton({
  itemId,
  decree,
  kind,
  onDone,
}: {
  itemId: string;
  decree: Decree;
  kind: 'return' | 'cancel';
  /** The button goes away once the decree is given back or withdrawn: where the focus goes then. */
  onDone: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [succeeded, setSucceeded] = useState(false);
  const mutation = useMutation({
    mutationFn: (reason: string) =>
      kind === 'return' ? returnDecree({ id: decree.id, reason }) : cancelDecree({ id: decree.id, reason }),
    onSuccess: async () => {
      setSucceeded(true);
      setOpened(false);
      notify.success(t(`distribution.${kind}.done`));
      await refreshAfterDistributionChange(queryClient, itemId);
      onDone();
    },
  });
  return (
    <>
      <Button
        color="red"
        variant={kind === 'return' ? 'outline' : 'light'}
        onClick={() => {
          mutation.reset();
          setSucceeded(false);
          setOpened(true);
        }}
      >
        {t(`distribution.${kind}.button`)}
      </Button>
      <ReasonDialog
        opened={opened}
        returnFocus={!succeeded}
        onClose={() => setOpened(false)}
        title={t(`distribution.${kind}.title`)}
        text={t(`distribution.${kind}.text`, { name: decree.assignee.displayName })}
        label={t(`distribution.${kind}.reason`)}
        confirmLabel={t(`distribution.${kind}.confirm`)}
        pending={mutation.isPending}
        error={mutation.error}
        onSubmit={(reason) => mutation.mutate(reason)}
      />
    </>
  );
}
