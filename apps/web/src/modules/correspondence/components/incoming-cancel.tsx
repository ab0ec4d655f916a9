import { Button, Group, Modal, Text, Textarea } from '@mantine/core';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { cancelIncoming } from '../correspondence.api';
import { incomingKeys } from '../correspondence.queries';

/** Cancels an item after a confirmation with a reason; the number and the record stay in the RPW. */
export function IncomingCancel({ item }: { item: IncomingItem }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: cancelIncoming,
    onSuccess: (updated) => {
      queryClient.setQueryData(incomingKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: [...incomingKeys.all, 'list'] });
      setOpened(false);
      notify.success(t('correspondence.cancel.done', { number: updated.rpwNumber }));
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setError(t('validation.required'));
      return;
    }
    mutation.mutate({ id: item.id, reason: reason.trim() });
  };
  return (
    <>
      <Button color="red" variant="light" onClick={() => setOpened(true)}>
        {t('correspondence.cancel.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('correspondence.cancel.title', { number: item.rpwNumber })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={onSubmit} noValidate>
          <Text size="sm" mb="sm">
            {t('correspondence.cancel.text')}
          </Text>
          <ErrorAlert error={mutation.error} />
          <Textarea
            label={t('correspondence.cancel.reason.label')}
            required
            rows={2}
            value={reason}
            error={error}
            data-autofocus
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setError(undefined);
            }}
          />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('correspondence.cancel.keep')}
            </Button>
            <Button type="submit" color="red" loading={mutation.isPending}>
              {t('correspondence.cancel.confirm')}
            </Button>
          </Group>
        </form>
      </Modal>
    </>
  );
}
