import { Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';

/**
 * A dialog asking why (returning a decree, withdrawing one's own): the reason is required. The
 * focus starts in the reason and goes back to the opening button when the dialog closes.
 */
export function ReasonDialog({
  opened,
  returnFocus,
  onClose,
  title,
  text,
  label,
  confirmLabel,
  pending,
  error,
  onSubmit,
}: {
  opened: boolean;
  /** False once the action succeeded: the button that opened the dialog is gone. */
  returnFocus: boolean;
  onClose: () => void;
  title: string;
  text: string;
  label: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onSubmit(reason.trim());
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      returnFocus={returnFocus}
    >
      <form onSubmit={submit} noValidate>
        <Text size="sm" mb="sm">
          {text}
        </Text>
        <ErrorAlert error={error} />
        <Textarea
          label={label}
          required
          autosize
          minRows={2}
          value={reason}
          error={missing ? t('validation.required') : undefined}
          data-autofocus
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
