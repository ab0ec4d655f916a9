import { NativeSelect, Text } from '@mantine/core';
import { REVOCATION_REASONS, type PkiCertificate } from '@obieg/contracts/signatures';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ActionDialog } from '../../cases/components/action-dialog';
import { REVOCATION_REASON_LABELS } from '../signature-labels';
import { revokeCertificate, type RevocationReason } from '../signatures.api';
import { signaturesKeys } from '../signatures.queries';

/** Revokes a certificate for a reason; the dialog is the confirmation (it cannot be undone). */
export function RevokeCertificateDialog({
  opened,
  certificate,
  onClose,
}: {
  opened: boolean;
  certificate: PkiCertificate | null;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<RevocationReason>('unspecified');
  const mutation = useMutation({
    mutationFn: revokeCertificate,
    onSuccess: async () => {
      notify.success(t('signatures.pki.revoke.done', { name: certificate?.userDisplayName ?? '' }));
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: signaturesKeys.certificates }),
        queryClient.invalidateQueries({ queryKey: signaturesKeys.ca }),
      ]);
    },
  });
  return (
    <ActionDialog
      opened={opened && certificate !== null}
      onClose={onClose}
      title={t('signatures.pki.revoke.title', { name: certificate?.userDisplayName ?? '' })}
      submitLabel={t('signatures.pki.revoke.submit')}
      color="red"
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={() => certificate && mutation.mutate({ id: certificate.id, reason })}
    >
      <Text size="sm">{t('signatures.pki.revoke.text', { serial: certificate?.serialNumber ?? '' })}</Text>
      <NativeSelect
        label={t('signatures.pki.revoke.reason')}
        data-autofocus
        data={REVOCATION_REASONS.map((value) => ({ value, label: t(REVOCATION_REASON_LABELS[value]) }))}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value as RevocationReason)}
      />
    </ActionDialog>
  );
}
