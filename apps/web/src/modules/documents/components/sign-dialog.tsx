import { Checkbox, Text } from '@mantine/core';
import type { DocumentDto } from '@obieg/contracts/documents';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { isApiError } from '../../../app/api-error';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { PasswordField } from '../../../shared/ui/password-field';
import { errorMessage } from '../../../shared/ui/error-message';
import { ActionDialog } from '../../cases/components/action-dialog';
import { signDocument } from '../documents.api';
import { refreshDocument } from '../documents.queries';

/**
 * „Podpisz”: the signer confirms with their password; a visible signature block and an RFC 3161
 * timestamp are chosen here. A wrong password is said next to the field (and the session stays).
 */
export function SignDialog({
  document,
  opened,
  onClose,
}: {
  document: DocumentDto;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const passwordId = useId();
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(true);
  const [timestamp, setTimestamp] = useState(false);
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: signDocument,
    onSuccess: async (signed) => {
      notify.success(t('documents.sign.done', { format: signed.format }));
      setPassword('');
      onClose();
      await refreshDocument(queryClient, { id: document.id, caseId: document.caseId });
    },
    onError: () => {
      // The password is asked again: the field is emptied and takes the focus.
      setPassword('');
      window.requestAnimationFrame(() => window.document.getElementById(passwordId)?.focus());
    },
  });
  const wrongPassword = isApiError(mutation.error) && mutation.error.code === 'signatures.wrong_password';
  const submit = () => {
    setMissing(password === '');
    if (password !== '') mutation.mutate({ id: document.id, input: { password, visible, timestamp } });
  };
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('documents.sign.title', { title: document.title })}
      submitLabel={t('documents.sign.submit')}
      pending={mutation.isPending}
      error={wrongPassword ? null : mutation.error}
      onSubmit={submit}
    >
      <Text size="sm">{t('documents.sign.hint')}</Text>
      <PasswordField
        id={passwordId}
        label={t('documents.sign.password')}
        description={t('documents.sign.password.description')}
        required
        data-autofocus
        autoComplete="current-password"
        value={password}
        error={
          missing ? t('validation.required') : wrongPassword ? errorMessage(t, mutation.error) : undefined
        }
        onChange={(event) => {
          setPassword(event.currentTarget.value);
          setMissing(false);
        }}
      />
      <Checkbox
        label={t('documents.sign.visible')}
        description={t('documents.sign.visible.description')}
        checked={visible}
        onChange={(event) => setVisible(event.currentTarget.checked)}
      />
      <Checkbox
        label={t('documents.sign.timestamp')}
        description={t('documents.sign.timestamp.description')}
        checked={timestamp}
        onChange={(event) => setTimestamp(event.currentTarget.checked)}
      />
    </ActionDialog>
  );
}
