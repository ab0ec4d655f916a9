import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';

/**
 * A dialog with a small form for one action on a case. The focus starts in the element marked
 * `data-autofocus` and returns to the opening button when the dialog closes; the API's refusal is
 * shown in its words (`errors.<code>`) above the fields.
 */
export function ActionDialog({
  opened,
  onClose,
  title,
  submitLabel,
  pending,
  error,
  onSubmit,
  children,
  size = 'lg',
  color,
  footer,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: () => void;
  children: ReactNode;
  size?: string;
  color?: string;
  /** Something instead of the usual error alert (a warning with its own choices). */
  footer?: ReactNode;
}) {
  const t = useT();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {footer ?? <ErrorAlert error={error} />}
          {children}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending} color={color}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
