import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import type { DocumentDto } from '@obieg/contracts/documents';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { CaseSection } from '../../cases/components/case-section';
import { DocumentDispatchSection } from '../../dispatch/components/document-dispatch';
import { actorLabel } from '../../distribution/distribution-labels';
import { ApprovalPanel } from '../components/approval-panel';
import { DocumentActions } from '../components/document-actions';
import { DocumentStatusBadge } from '../components/document-status-badge';
import { VersionsTable } from '../components/versions-table';
import { latestVersion } from '../documents.models';
import { documentQuery, refreshDocument } from '../documents.queries';

/** Where the document stands, in words: final once signed; approved and waiting for the signature. */
function StatusNote({ document }: { document: DocumentDto }) {
  const t = useT();
  const latest = latestVersion(document);
  if (document.status === 'signed')
    return (
      <Alert
        variant="light"
        color="teal"
        c="#064e3b"
        title={t('documents.final.title')}
        data-testid="document-final"
      >
        {t('documents.final.text', { number: latest?.number ?? 0 })}
      </Alert>
    );
  if (document.status === 'approved')
    return (
      <Alert variant="light" color="green" c="#1b5e20">
        {t(document.internal ? 'documents.approved.internal' : 'documents.approved.text')}
      </Alert>
    );
  return null;
}

function DocumentHeader({ document }: { document: DocumentDto }) {
  const t = useT();
  const format = useFormatters();
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        <AnchorLink
          to="/cases/$id"
          params={{ id: document.caseId }}
          search={{ tab: 'drafts' }}
          className="mono"
          fw={600}
          aria-label={t('documents.page.back_to_case', { sign: document.caseSign })}
        >
          {document.caseSign}
        </AnchorLink>
        <DocumentStatusBadge status={document.status} />
        {document.internal && (
          <Badge variant="outline" color="dark" tt="none">
            {t('documents.page.internal')}
          </Badge>
        )}
      </Group>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {document.caseTitle}
      </Text>
      <Text size="sm" c="dimmed">
        {t('documents.page.created', {
          date: format.dateTime(document.createdAt),
          name: actorLabel(t, document.createdBy),
        })}
      </Text>
      <Group gap="xs" align="baseline" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('documents.page.addressees')}
        </Text>
        {document.addressees.length === 0 ? (
          <Text size="sm">{t('documents.page.addressees.none')}</Text>
        ) : (
          <List
            size="sm"
            className="plain-list"
            style={{ display: 'flex', gap: '0.25rem 1rem', flexWrap: 'wrap' }}
          >
            {document.addressees.map((addressee) => (
              <List.Item key={addressee.id}>{addressee.name}</List.Item>
            ))}
          </List>
        )}
      </Group>
    </Stack>
  );
}

/**
 * A draft letter (`/documents/$documentId`): its case, state and addressees; what the caller may
 * do now; its dispatch once approved or signed; every version with its files and signature
 * verdict; the approval path and its history.
 */
export function DocumentPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const { documentId } = useParams({ from: '/app/documents/$documentId' });
  const query = useQuery(documentQuery(documentId));

  if (query.error || !query.data) {
    return (
      <Page title={t('documents.page.title')}>
        {query.error ? <ErrorAlert error={query.error} /> : <LoadingState />}
      </Page>
    );
  }
  const document = query.data;
  return (
    <Page
      title={document.title}
      documentTitle={t('documents.page.document_title', { title: document.title })}
    >
      <DocumentHeader document={document} />
      <StatusNote document={document} />
      <DocumentActions document={document} />
      <DocumentDispatchSection document={document} />
      <CaseSection id="document-versions-heading" title={t('documents.versions.heading')}>
        <VersionsTable
          versions={document.versions}
          onVerified={() => void refreshDocument(queryClient, { id: document.id, caseId: document.caseId })}
        />
      </CaseSection>
      <CaseSection id="document-approval-heading" title={t('documents.approval.heading')}>
        <ApprovalPanel approvals={document.approvals} />
      </CaseSection>
    </Page>
  );
}
