import { Alert, NativeSelect, NumberInput } from '@mantine/core';
import type { PkiCertificate } from '@obieg/contracts/signatures';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ActionDialog } from '../../cases/components/action-dialog';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { userOptionsQuery } from '../../organization/organization.queries';
import { issueCertificate } from '../signatures.api';
import { signaturesKeys } from '../signatures.queries';

const DEFAULT_VALID_DAYS = 730;

/**
 * Issues a signing certificate to a user of the office, or renews it: a user who already has an
 * active certificate gets a new one and the old one is superseded.
 */
export function IssueCertificateDialog({
  opened,
  onClose,
  renewing,
  active,
}: {
  opened: boolean;
  onClose: () => void;
  /** The certificate being renewed (its user is chosen and fixed). */
  renewing: PkiCertificate | null;
  /** Active certificates, to say that issuing supersedes one. */
  active: readonly PkiCertificate[];
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const users = useQuery({ ...userOptionsQuery(), enabled: opened && !renewing });
  const [userId, setUserId] = useState(renewing?.userId ?? '');
  const [validDays, setValidDays] = useState<number | string>(DEFAULT_VALID_DAYS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: issueCertificate,
    onSuccess: async (certificate) => {
      notify.success(t('signatures.pki.issue.done', { name: certificate.userDisplayName }));
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: signaturesKeys.certificates }),
        queryClient.invalidateQueries({ queryKey: signaturesKeys.ca }),
        queryClient.invalidateQueries({ queryKey: signaturesKeys.trustAnchors }),
      ]);
    },
  });
  const shown = { ...apiFieldErrors(t, mutation.error), ...errors };
  const superseded = active.find((certificate) => certificate.userId === userId);
  const people = (users.data ?? []).filter((user) => user.active && user.kind === 'person');

  const submit = () => {
    const next: FieldErrors = {};
    const days = Number(validDays);
    if (!userId) next['/userId'] = t('signatures.pki.issue.user.required');
    if (!Number.isInteger(days) || days < 1 || days > 1095)
      next['/validDays'] = t('signatures.pki.issue.valid_days.range');
    setErrors(next);
    if (Object.keys(next).length === 0) mutation.mutate({ userId, validDays: days });
  };

  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={
        renewing
          ? t('signatures.pki.renew.title', { name: renewing.userDisplayName })
          : t('signatures.pki.issue.title')
      }
      submitLabel={t(renewing ? 'signatures.pki.renew.submit' : 'signatures.pki.issue.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
    >
      {!renewing && (
        <NativeSelect
          label={t('signatures.pki.issue.user')}
          required
          data-autofocus
          data={[
            { value: '', label: t('signatures.pki.issue.user.choose') },
            ...people.map((user) => ({ value: user.id, label: `${user.displayName} (${user.login})` })),
          ]}
          value={userId}
          error={shown['/userId']}
          onChange={(event) => {
            setUserId(event.currentTarget.value);
            setErrors({});
          }}
        />
      )}
      <NumberInput
        label={t('signatures.pki.issue.valid_days')}
        description={t('signatures.pki.issue.valid_days.description')}
        min={1}
        max={1095}
        allowDecimal={false}
        data-autofocus={renewing ? true : undefined}
        value={validDays}
        error={shown['/validDays']}
        onChange={setValidDays}
      />
      {superseded && (
        <Alert variant="light" color="yellow" c="#5c3c00">
          {t('signatures.pki.issue.supersedes', { serial: superseded.serialNumber })}
        </Alert>
      )}
    </ActionDialog>
  );
}
