import { Button, Stack } from '@mantine/core';
import type { Dispatch, DispatchItem } from '@obieg/contracts/dispatch';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { useCan } from '../../auth/auth.queries';
import { cancelItem, retryItem } from '../dispatch.api';
import { refreshDispatch } from '../dispatch.queries';
import { RecordDeliveryDialog } from './record-delivery-dialog';
import { RecordReturnDialog } from './record-return-dialog';

type DialogName = 'delivery' | 'return';

/**
 * What may be done with an item now: the registry records the delivery or return of a sent
 * letter, retries a failed one and withdraws one not yet sent (all with `dispatch:send`).
 */
export function itemActions(item: Pick<DispatchItem, 'status'>) {
  return {
    delivery: item.status === 'sent',
    return: item.status === 'sent',
    retry: item.status === 'failed',
    cancel: item.status === 'queued' || item.status === 'waiting',
  };
}

export function ItemActions({ dispatch, item }: { dispatch: Dispatch; item: DispatchItem }) {
  const t = useT();
  const can = useCan();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<{ name: DialogName | null; session: number }>({
    name: null,
    session: 0,
  });
  const open = (name: DialogName) => setDialog(({ session }) => ({ name, session: session + 1 }));
  const close = () => setDialog(({ session }) => ({ name: null, session }));
  const onChanged = async (next: Dispatch, message: string) => {
    notify.success(message);
    await refreshDispatch(queryClient, next);
  };
  const retry = useMutation({
    mutationFn: retryItem,
    onSuccess: (next) => onChanged(next, t('dispatch.retry.done', { name: item.addressee.name })),
    onError: notify.error,
  });
  const cancel = useMutation({
    mutationFn: cancelItem,
    onSuccess: (next) => onChanged(next, t('dispatch.cancel.done', { name: item.addressee.name })),
    onError: notify.error,
  });

  const allowed = itemActions(item);
  const ids = { id: dispatch.id, itemId: item.id };
  const name = item.addressee.name;
  // Only the registry acts on items: the server refuses anyone else, the ordering officer too.
  if (!can('dispatch:send') || !Object.values(allowed).some(Boolean)) return null;

  return (
    <Stack gap={6} align="flex-start">
      {allowed.delivery && (
        <Button size="xs" onClick={() => open('delivery')} aria-label={t('dispatch.delivery.open', { name })}>
          {t('dispatch.delivery.action')}
        </Button>
      )}
      {allowed.return && (
        <Button
          size="xs"
          variant="default"
          onClick={() => open('return')}
          aria-label={t('dispatch.return.open', { name })}
        >
          {t('dispatch.return.action')}
        </Button>
      )}
      {allowed.retry && (
        <Button
          size="xs"
          loading={retry.isPending}
          onClick={() => retry.mutate(ids)}
          aria-label={t('dispatch.retry.open', { name })}
        >
          {t('dispatch.retry.action')}
        </Button>
      )}
      {allowed.cancel && (
        <ConfirmButton
          size="xs"
          title={t('dispatch.cancel.title')}
          message={t('dispatch.cancel.text', { name })}
          confirmLabel={t('dispatch.cancel.confirm')}
          loading={cancel.isPending}
          onConfirm={() => cancel.mutate(ids)}
          aria-label={t('dispatch.cancel.open', { name })}
        >
          {t('dispatch.cancel.action')}
        </ConfirmButton>
      )}
      {allowed.delivery && (
        <RecordDeliveryDialog
          key={`delivery-${dialog.session}`}
          dispatch={dispatch}
          item={item}
          opened={dialog.name === 'delivery'}
          onClose={close}
        />
      )}
      {allowed.return && (
        <RecordReturnDialog
          key={`return-${dialog.session}`}
          dispatch={dispatch}
          item={item}
          opened={dialog.name === 'return'}
          onClose={close}
        />
      )}
    </Stack>
  );
}
