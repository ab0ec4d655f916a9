import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useT } from '../../locales/i18n-context';

/** A button that asks for confirmation in a dialog before doing something that cannot be undone. */
export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  onConfirm,
  loading,
  ...buttonProps
}: ButtonProps & {
  children: ReactNode;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  loading?: boolean;
  'aria-label'?: string;
}) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button color="red" variant="light" {...buttonProps} loading={loading} onClick={() => setOpened(true)}>
        {children}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={title}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text mb="md">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpened(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            data-autofocus
            onClick={() => {
              setOpened(false);
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
