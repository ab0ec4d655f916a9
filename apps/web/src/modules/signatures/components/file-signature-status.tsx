import { Button, Group } from '@mantine/core';
import type { ValidationReportDto, ValidationSummary } from '@obieg/contracts/signatures';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { VERDICT_LABELS } from '../signature-labels';
import { mayCarrySignature, shownVerdict } from '../signatures.models';
import { fileValidationQuery } from '../signatures.queries';
import { SignatureVerdictBadge } from './signature-verdict-badge';
import { ValidationReportDialog } from './validation-report-dialog';

type ListedFile = { id: string; name: string; mediaType: string };

function StatusWithReport({
  file,
  verdict,
  onVerified,
}: {
  file: ListedFile;
  verdict: NonNullable<ReturnType<typeof shownVerdict>>;
  onVerified?: (report: ValidationReportDto) => void;
}) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <Group gap={6} wrap="wrap" data-testid="file-signature-status">
      <SignatureVerdictBadge verdict={verdict} size="sm" />
      <Button
        variant="subtle"
        size="compact-xs"
        aria-label={t('signatures.report.open_label', {
          name: file.name,
          verdict: t(VERDICT_LABELS[verdict]),
        })}
        onClick={() => setOpened(true)}
      >
        {t('signatures.report.open')}
      </Button>
      <ValidationReportDialog
        file={file}
        opened={opened}
        onClose={() => setOpened(false)}
        onVerified={onVerified}
      />
    </Group>
  );
}

/**
 * The signature verdict of a file in a list, with its report a click away. With `summary` (a
 * version of a document carries it) nothing is fetched; otherwise the report is read only for a
 * file that may hold a signature, and a failure to read it shows nothing rather than noise.
 */
export function FileSignatureStatus({
  file,
  summary,
  onVerified,
}: {
  file: ListedFile;
  summary?: ValidationSummary | null;
  onVerified?: (report: ValidationReportDto) => void;
}) {
  const lazy = summary === undefined && mayCarrySignature(file);
  const query = useQuery({ ...fileValidationQuery(file.id), enabled: lazy });
  const verdict = shownVerdict(summary === undefined ? query.data : summary);
  if (!verdict) return null;
  return <StatusWithReport file={file} verdict={verdict} onVerified={onVerified} />;
}
