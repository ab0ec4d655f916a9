import { Alert, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { verifyAuditChain } from '../audit.api';

/** Recomputes the office's hash chain on the server and says whether any event was altered or removed. */
export function AuditVerify() {
  const t = useT();
  const mutation = useMutation({ mutationFn: verifyAuditChain });
  const result = mutation.data;
  return (
    <Stack gap="sm" align="flex-start">
      <Button variant="default" loading={mutation.isPending} onClick={() => mutation.mutate()}>
        {t('audit.verify.button')}
      </Button>
      <div role="status" aria-live="polite" style={{ width: '100%' }}>
        {result?.ok && (
          <Alert color="blue" variant="light" title={t('audit.verify.ok.title')}>
            {t('audit.verify.ok.text', { checked: result.checked })}
          </Alert>
        )}
        {result && !result.ok && (
          <Alert color="red" variant="light" title={t('audit.verify.broken.title')}>
            {result.firstBroken
              ? t('audit.verify.broken.text', {
                  seq: result.firstBroken.seq,
                  reason: t(`audit.verify.reason.${result.firstBroken.reason}`),
                  checked: result.checked,
                })
              : t('audit.verify.broken.unknown')}
          </Alert>
        )}
      </div>
      <ErrorAlert error={mutation.error} />
    </Stack>
  );
}
