import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { CertificateInfo, SignatureReport, ValidationReportDto } from '@obieg/contracts/signatures';
import { useId } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import {
  DETECTED_FORMAT_LABELS,
  INTEGRITY_LABELS,
  PACKAGING_LABELS,
  reportMessageText,
  SIGNER_CERTIFICATE_LABELS,
  TRIGGER_LABELS,
  TRUST_LABELS,
} from '../signature-labels';
import { commonName } from '../signatures.models';
import { Fact, Facts } from './report-facts';
import { SignatureVerdictBadge } from './signature-verdict-badge';

type Message = { code: string; message: string };

function Messages({ title, items, color }: { title: string; items: readonly Message[]; color: string }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <Alert variant="light" color={color} title={title} p="xs">
      <List size="sm" spacing={2}>
        {items.map((item, index) => (
          <List.Item key={`${item.code}-${index}`}>
            {reportMessageText(t, item)}{' '}
            <Text component="span" size="xs" className="mono" c="dimmed">
              ({item.code})
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function certificateText(certificate: CertificateInfo) {
  return `${commonName(certificate.subject)} — ${certificate.serialNumber}`;
}

/** The chain from the signer up to the anchor, each with its validity. */
function Chain({ chain }: { chain: readonly CertificateInfo[] }) {
  const t = useT();
  const format = useFormatters();
  if (chain.length === 0) return <>{t('common.none')}</>;
  return (
    <List type="ordered" size="sm" spacing={2}>
      {chain.map((certificate) => (
        <List.Item key={certificate.sha256}>
          <Text size="sm" span style={{ overflowWrap: 'anywhere' }}>
            {certificate.subject}
          </Text>
          <Text size="xs" c="dimmed">
            {t('signatures.report.chain.issued_by', { issuer: certificate.issuer })}
            {' · '}
            {t('signatures.report.chain.validity', {
              from: format.dateTime(certificate.notBefore),
              to: format.dateTime(certificate.notAfter),
            })}
            {certificate.qualified && ` · ${t('signatures.report.qualified.yes')}`}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** One signature: who, how, when, and the four checks (integrity, trust, certificate, qualified). */
function SignatureDetails({ signature, index }: { signature: SignatureReport; index: number }) {
  const t = useT();
  const format = useFormatters();
  const headingId = useId();
  const signer = signature.signerName ?? (signature.signer ? commonName(signature.signer.subject) : null);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId} data-testid="signature-report">
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            {t('signatures.report.signature', { number: index + 1 })}
          </Title>
          <SignatureVerdictBadge verdict={signature.verdict} size="sm" />
        </Group>
        <Facts>
          <Fact label={t('signatures.report.signer')}>{signer ?? t('signatures.report.signer_unknown')}</Fact>
          <Fact label={t('signatures.report.format')}>
            {[
              signature.format,
              t(PACKAGING_LABELS[signature.packaging]),
              signature.level && t('signatures.report.level', { level: signature.level }),
            ]
              .filter(Boolean)
              .join(', ')}
          </Fact>
          <Fact label={t('signatures.report.claimed_time')}>
            {signature.claimedSigningTime
              ? format.dateTime(signature.claimedSigningTime)
              : t('signatures.report.time_none')}
          </Fact>
          <Fact label={t('signatures.report.timestamp')}>
            {signature.timestampTime
              ? format.dateTime(signature.timestampTime)
              : t('signatures.report.timestamp_none')}
          </Fact>
          <Fact label={t('signatures.report.integrity')}>
            <span data-testid="signature-integrity">{t(INTEGRITY_LABELS[signature.integrity])}</span>
            {signature.coversWholeDocument === false && ` — ${t('signatures.report.partial_coverage')}`}
          </Fact>
          <Fact label={t('signatures.report.trust')}>{t(TRUST_LABELS[signature.trust])}</Fact>
          <Fact label={t('signatures.report.certificate')}>
            {t(SIGNER_CERTIFICATE_LABELS[signature.certificateStatus])}
            {signature.signer && ` (${certificateText(signature.signer)})`}
          </Fact>
          <Fact label={t('signatures.report.qualified')}>
            {signature.signer?.qualified
              ? t('signatures.report.qualified.yes')
              : t('signatures.report.qualified.no')}
          </Fact>
          <Fact label={t('signatures.report.chain')}>
            <Chain chain={signature.chain} />
          </Fact>
        </Facts>
        <Messages title={t('signatures.report.errors')} items={signature.errors} color="red" />
        <Messages title={t('signatures.report.warnings')} items={signature.warnings} color="yellow" />
      </Stack>
    </Paper>
  );
}

/** A verification report: the overall verdict, when and why it was made, then each signature. */
export function ValidationReport({ report }: { report: ValidationReportDto }) {
  const t = useT();
  const format = useFormatters();
  const formatKey = DETECTED_FORMAT_LABELS[report.detectedFormat];
  return (
    <Stack gap="sm" data-testid="validation-report">
      <Group gap="sm" wrap="wrap">
        {report.detectedFormat === 'unsigned' ? (
          <Badge variant="light" color="gray" c="#343a40" tt="none">
            {t('signatures.format.unsigned')}
          </Badge>
        ) : (
          <SignatureVerdictBadge verdict={report.verdict} />
        )}
        <Text size="sm">
          {t('signatures.report.detected_format', {
            format: formatKey ? t(formatKey) : report.detectedFormat,
          })}
        </Text>
      </Group>
      <Facts>
        <Fact label={t('signatures.report.verified_at')}>
          {format.dateTime(report.verifiedAt)} ({t(TRIGGER_LABELS[report.trigger])})
        </Fact>
        <Fact label={t('signatures.report.file_sha256')}>
          <span className="mono">{report.fileSha256}</span>
        </Fact>
      </Facts>
      <Messages title={t('signatures.report.file_errors')} items={report.errors} color="red" />
      {report.signatures.map((signature, index) => (
        <SignatureDetails key={index} signature={signature} index={index} />
      ))}
    </Stack>
  );
}
