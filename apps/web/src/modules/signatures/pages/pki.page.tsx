import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../../locales/i18n-context';
import { Page } from '../../../shared/ui/page';
import { CaPanel } from '../components/ca-panel';
import { CertificatesPanel } from '../components/certificates-panel';
import { TrustAnchorsPanel } from '../components/trust-anchors-panel';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * „Certyfikaty i zaufanie” (`/pki`): the office's own CA and its revocation list, the users'
 * signing certificates (issue, renew, revoke) and the trust anchors signatures are checked against.
 */
export function PkiPage() {
  const t = useT();
  return (
    <Page title={t('signatures.pki.title')}>
      <Text size="sm" maw={820}>
        {t('signatures.pki.intro')}
      </Text>
      <Section id="pki-ca-heading" title={t('signatures.pki.ca.heading')}>
        <CaPanel />
      </Section>
      <Section id="pki-certificates-heading" title={t('signatures.pki.certificates.heading')}>
        <CertificatesPanel />
      </Section>
      <Section id="pki-anchors-heading" title={t('signatures.anchors.heading')}>
        <TrustAnchorsPanel />
      </Section>
    </Page>
  );
}
