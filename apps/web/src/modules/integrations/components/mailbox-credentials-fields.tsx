import { Fieldset, Radio, Stack, Textarea } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { PasswordField } from '../../../shared/ui/password-field';
import type { CredentialsMode, MailboxFormValues } from '../mailbox-form.models';

/**
 * How the mailbox signs in. e-Doręczenia and ePUAP: a client certificate, issued by the office CA
 * or pasted with its key (PEM); SMTP: a password. Secrets are never shown again, only replaced.
 */
export function MailboxCredentialsFields({
  values,
  stored,
  errors,
  onChange,
}: {
  values: MailboxFormValues;
  /** Whether the edited mailbox already has credentials stored. */
  stored: boolean;
  errors: FieldErrors;
  onChange: (patch: Partial<MailboxFormValues>) => void;
}) {
  const t = useT();
  if (values.kind === 'smtp') {
    return (
      <Fieldset legend={t('integrations.form.credentials')} variant="filled">
        <PasswordField
          label={t('integrations.form.password')}
          description={t(
            stored ? 'integrations.form.password.keep' : 'integrations.form.password.description',
          )}
          autoComplete="new-password"
          value={values.password}
          error={errors['/credentials/password']}
          onChange={(event) => onChange({ password: event.currentTarget.value })}
        />
      </Fieldset>
    );
  }
  return (
    <Fieldset legend={t('integrations.form.credentials')} variant="filled">
      <Stack gap="xs">
        <Radio.Group
          label={t('integrations.form.certificate')}
          description={t('integrations.form.certificate.description')}
          value={values.credentials}
          onChange={(value) => onChange({ credentials: value as CredentialsMode })}
        >
          <Stack gap={6} mt={6}>
            {stored ? (
              <Radio value="keep" label={t('integrations.form.certificate.keep')} />
            ) : (
              <Radio value="none" label={t('integrations.form.certificate.none')} />
            )}
            <Radio value="issue" label={t('integrations.form.certificate.issue')} />
            <Radio value="pem" label={t('integrations.form.certificate.pem')} />
          </Stack>
        </Radio.Group>
        {values.credentials === 'pem' && (
          <>
            <Textarea
              label={t('integrations.form.pem.certificate')}
              required
              autosize
              minRows={4}
              maxRows={10}
              className="mono"
              placeholder="-----BEGIN CERTIFICATE-----"
              value={values.certificatePem}
              error={errors['/credentials/certificatePem']}
              onChange={(event) => onChange({ certificatePem: event.currentTarget.value })}
              spellCheck={false}
            />
            <Textarea
              label={t('integrations.form.pem.key')}
              description={t('integrations.form.pem.key.description')}
              required
              autosize
              minRows={4}
              maxRows={10}
              className="mono"
              placeholder="-----BEGIN PRIVATE KEY-----"
              value={values.privateKeyPem}
              error={errors['/credentials/privateKeyPem']}
              onChange={(event) => onChange({ privateKeyPem: event.currentTarget.value })}
              spellCheck={false}
            />
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
