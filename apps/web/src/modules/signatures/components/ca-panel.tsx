import { Alert, Anchor, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { CRL_URL } from '../signatures.api';
import { certificationAuthorityQuery } from '../signatures.queries';
import { Fact, Facts } from './report-facts';

/** The office's own certification authority, or a note that the first certificate creates it. */
export function CaPanel() {
  const t = useT();
  const format = useFormatters();
  const query = useQuery(certificationAuthorityQuery());
  return (
    <QueryBoundary query={query}>
      {(ca) =>
        ca === null ? (
          <Alert variant="light" color="blue" title={t('signatures.pki.ca.none.title')}>
            {t('signatures.pki.ca.none.text')}
          </Alert>
        ) : (
          <Stack gap="sm" data-testid="pki-ca">
            <Facts>
              <Fact label={t('signatures.pki.ca.subject')}>{ca.subject}</Fact>
              <Fact label={t('signatures.pki.ca.serial')}>
                <span className="mono">{ca.serialNumber}</span>
              </Fact>
              <Fact label={t('signatures.pki.ca.validity')}>
                {t('signatures.pki.validity', {
                  from: format.dateTime(ca.notBefore),
                  to: format.dateTime(ca.notAfter),
                })}
              </Fact>
              <Fact label={t('signatures.pki.ca.sha256')}>
                <span className="mono">{ca.sha256}</span>
              </Fact>
              <Fact label={t('signatures.pki.ca.crl_number')}>{ca.crlNumber}</Fact>
            </Facts>
            <Text size="sm">
              <Anchor href={CRL_URL} download="urzad.crl" fw={600}>
                {t('signatures.pki.crl.download')}
                <VisuallyHidden> {t('signatures.pki.crl.format')}</VisuallyHidden>
              </Anchor>
            </Text>
            <Text size="xs" c="dimmed">
              {t('signatures.pki.crl.description')}
            </Text>
          </Stack>
        )
      }
    </QueryBoundary>
  );
}
