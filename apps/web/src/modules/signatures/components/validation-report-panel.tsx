import { Button, Group, Stack, Text } from '@mantine/core';
import type { ValidationReportDto } from '@obieg/contracts/signatures';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { verifyFile } from '../signatures.api';
import { fileValidationQuery, storeValidationReport } from '../signatures.queries';
import { ValidationReport } from './validation-report';

/**
 * The verification report of a file, read from the last verification; „Zweryfikuj ponownie”
 * checks the file again now (against today's trust anchors and revocation lists).
 */
export function ValidationReportPanel({
  fileId,
  detachedFileIds,
  onVerified,
}: {
  fileId: string;
  /** For a detached signature (`.p7s`, `.xades`): the signed file(s). */
  detachedFileIds?: string[];
  onVerified?: (report: ValidationReportDto) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const query = useQuery(fileValidationQuery(fileId));
  const verify = useMutation({
    mutationFn: () => verifyFile({ fileId, detachedFileIds }),
    onSuccess: (report) => {
      storeValidationReport(queryClient, report);
      onVerified?.(report);
    },
  });
  const report = query.data;
  return (
    <Stack gap="sm" data-testid="validation-report-panel">
      <ErrorAlert error={verify.error} />
      {query.error ? (
        <ErrorAlert error={query.error} />
      ) : query.isPending ? (
        <LoadingState />
      ) : report ? (
        <ValidationReport report={report} />
      ) : (
        <Text size="sm">{t('signatures.report.never_verified')}</Text>
      )}
      <Group>
        <Button variant="default" loading={verify.isPending} onClick={() => verify.mutate()}>
          {t(report ? 'signatures.report.verify_again' : 'signatures.report.verify')}
        </Button>
      </Group>
    </Stack>
  );
}
