import { Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { CERTIFICATE_STATUSES, type PkiCertificate } from '@obieg/contracts/signatures';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { WholeBadge } from '../../../shared/ui/whole-badge';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { TableScroll } from '../../../shared/ui/table-scroll';
import {
  CERTIFICATE_STATUS_COLORS,
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_STATUS_TEXT,
  revocationReasonText,
} from '../signature-labels';
import type { CertificateStatus } from '../signatures.api';
import { certificatesQuery } from '../signatures.queries';
import { IssueCertificateDialog } from './issue-certificate-dialog';
import { RevokeCertificateDialog } from './revoke-certificate-dialog';

function CertificatesTable({
  certificates,
  onRenew,
  onRevoke,
}: {
  certificates: readonly PkiCertificate[];
  onRenew: (certificate: PkiCertificate) => void;
  onRevoke: (certificate: PkiCertificate) => void;
}) {
  const t = useT();
  const format = useFormatters();
  const caption = t('signatures.pki.certificates.caption', { count: certificates.length });
  return (
    <TableScroll minWidth={900} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="pki-certificates">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('signatures.pki.column.user')}</Table.Th>
            <Table.Th scope="col">{t('signatures.pki.column.serial')}</Table.Th>
            <Table.Th scope="col">{t('signatures.pki.column.validity')}</Table.Th>
            <Table.Th scope="col">{t('signatures.pki.column.status')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {certificates.length === 0 && (
            <EmptyRow colSpan={5} text={t('signatures.pki.certificates.empty')} />
          )}
          {certificates.map((certificate) => (
            <Table.Tr key={certificate.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {certificate.userDisplayName}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {certificate.subject}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" className="mono" style={{ overflowWrap: 'anywhere' }}>
                  {certificate.serialNumber}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t('signatures.pki.validity', {
                    from: format.dateTime(certificate.notBefore),
                    to: format.dateTime(certificate.notAfter),
                  })}
                </Text>
              </Table.Td>
              <Table.Td className="nowrap">
                <WholeBadge
                  variant="light"
                  color={CERTIFICATE_STATUS_COLORS[certificate.status]}
                  c={CERTIFICATE_STATUS_TEXT[certificate.status]}
                  tt="none"
                >
                  {t(CERTIFICATE_STATUS_LABELS[certificate.status])}
                </WholeBadge>
                {certificate.revokedAt && (
                  <Text size="xs" mt={2}>
                    {t('signatures.pki.revoked_on', {
                      date: format.dateTime(certificate.revokedAt),
                      reason: revocationReasonText(t, certificate.revocationReason),
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {certificate.status === 'active' && (
                  <Group gap={4} wrap="nowrap">
                    <Button
                      variant="default"
                      size="compact-sm"
                      aria-label={t('signatures.pki.renew.label', { name: certificate.userDisplayName })}
                      onClick={() => onRenew(certificate)}
                    >
                      {t('signatures.pki.renew')}
                    </Button>
                    <Button
                      variant="light"
                      color="red"
                      size="compact-sm"
                      aria-label={t('signatures.pki.revoke.label', { name: certificate.userDisplayName })}
                      onClick={() => onRevoke(certificate)}
                    >
                      {t('signatures.pki.revoke')}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** Certificates of the office's users: filter by state, issue, renew, revoke. */
export function CertificatesPanel() {
  const t = useT();
  const [status, setStatus] = useState<CertificateStatus | ''>('');
  const query = useQuery(certificatesQuery(status ? { status } : {}));
  const active = useQuery(certificatesQuery({ status: 'active' })).data ?? [];
  // A new session (key) per opening starts each dialog afresh; closing keeps it mounted for the focus.
  const [issuing, setIssuing] = useState({
    session: 0,
    opened: false,
    renewing: null as PkiCertificate | null,
  });
  const [revoking, setRevoking] = useState({
    session: 0,
    opened: false,
    certificate: null as PkiCertificate | null,
  });
  const issue = (renewing: PkiCertificate | null) =>
    setIssuing(({ session }) => ({ session: session + 1, opened: true, renewing }));
  const revoke = (certificate: PkiCertificate) =>
    setRevoking(({ session }) => ({ session: session + 1, opened: true, certificate }));
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('signatures.pki.filter.status')}
          data={[
            { value: '', label: t('common.all') },
            ...CERTIFICATE_STATUSES.map((value) => ({ value, label: t(CERTIFICATE_STATUS_LABELS[value]) })),
          ]}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value as CertificateStatus | '')}
        />
        <Button onClick={() => issue(null)}>{t('signatures.pki.issue')}</Button>
      </Group>
      <QueryBoundary query={query}>
        {(certificates) => (
          <CertificatesTable certificates={certificates} onRenew={issue} onRevoke={revoke} />
        )}
      </QueryBoundary>
      <IssueCertificateDialog
        key={`issue-${issuing.session}`}
        opened={issuing.opened}
        onClose={() => setIssuing((current) => ({ ...current, opened: false }))}
        renewing={issuing.renewing}
        active={active}
      />
      <RevokeCertificateDialog
        key={`revoke-${revoking.session}`}
        opened={revoking.opened}
        certificate={revoking.certificate}
        onClose={() => setRevoking((current) => ({ ...current, opened: false }))}
      />
    </Stack>
  );
}
