import { Anchor, Badge, Group, SimpleGrid, Stack, Tabs, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { useMe } from '../../auth/auth.queries';
import { CaseDispatchesPanel } from '../../dispatch/components/case-dispatches-panel';
import { CaseDraftsPanel } from '../../documents/components/case-drafts-panel';
import { mayHandleCase } from '../case-access.models';
import { CASE_STATUS_COLORS, CASE_STATUS_LABELS } from '../case-labels';
import type { CaseTab } from '../case-search.models';
import { metrykaPdfUrl } from '../cases.api';
import { caseDocumentsQuery, caseHistoryQuery, caseQuery } from '../cases.queries';
import { CaseActions } from '../components/case-actions';
import { CaseData } from '../components/case-data';
import { CaseDeadlinePanel } from '../components/case-deadline-panel';
import { CaseFileTable } from '../components/case-file-table';
import { CaseLinksPanel } from '../components/case-links-panel';
import { CaseSection } from '../components/case-section';
import { CaseSharesPanel } from '../components/case-shares-panel';
import { MetrykaTable } from '../components/metryka-table';

function CaseFilePanel({ caseId }: { caseId: string }) {
  const documents = useQuery(caseDocumentsQuery(caseId));
  return <QueryBoundary query={documents}>{(items) => <CaseFileTable documents={items} />}</QueryBoundary>;
}

/** The metryka is read (and its reading recorded) only when its tab is shown; it prints as a PDF. */
function MetrykaPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const history = useQuery(caseHistoryQuery(caseId));
  return (
    <QueryBoundary query={history}>
      {(data) => (
        <Stack gap="sm">
          <Group gap="sm" wrap="wrap">
            <Anchor href={metrykaPdfUrl(caseId)} target="_blank" rel="noopener" fw={600}>
              {t('cases.metryka.print')} <VisuallyHidden>{t('cases.metryka.print.new_tab')}</VisuallyHidden>
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('cases.metryka.print.description')}
            </Text>
          </Group>
          <MetrykaTable items={data.items} />
        </Stack>
      )}
    </QueryBoundary>
  );
}

/**
 * A case (`/cases/$id`): znak as the heading; its data and its term as the server computed it;
 * the actions the handler has now; the case file, draft letters, their dispatches, the metryka,
 * related cases and shares as tabs (the tab in the address).
 */
export function CaseDetailsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { id } = useParams({ from: '/app/cases/$id' });
  const { tab = 'file' } = useSearch({ from: '/app/cases/$id' });
  const query = useQuery(caseQuery(id));

  if (query.error || !query.data) {
    return (
      <Page title={t('cases.details.title')}>
        <AnchorLink to="/cases">{t('cases.back')}</AnchorLink>
        {query.error ? <ErrorAlert error={query.error} /> : <LoadingState />}
      </Page>
    );
  }
  const item = query.data;
  const canHandle = mayHandleCase({ me, item });
  return (
    <Page title={item.sign} documentTitle={t('cases.details.document_title', { sign: item.sign })}>
      <Group gap="sm" wrap="wrap">
        <AnchorLink to="/cases">{t('cases.back')}</AnchorLink>
        <Badge variant="light" color={CASE_STATUS_COLORS[item.status]} data-testid="case-status">
          {t(CASE_STATUS_LABELS[item.status])}
        </Badge>
      </Group>
      <Text size="lg" fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="case-title">
        {item.title}
      </Text>
      <CaseActions item={item} canHandle={canHandle} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <CaseSection id="case-data-heading" title={t('cases.details.data')}>
          <CaseData item={item} canEdit={canHandle} />
        </CaseSection>
        <CaseSection id="case-deadline-heading" title={t('cases.details.deadline')}>
          <CaseDeadlinePanel item={item} />
        </CaseSection>
      </SimpleGrid>
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(next) =>
          void navigate({
            to: '/cases/$id',
            params: { id },
            search: next && next !== 'file' ? { tab: next as CaseTab } : {},
            replace: true,
          })
        }
      >
        <Tabs.List aria-label={t('cases.details.tabs')}>
          <Tabs.Tab value="file">{t('cases.details.file')}</Tabs.Tab>
          <Tabs.Tab value="drafts">{t('documents.drafts.tab')}</Tabs.Tab>
          <Tabs.Tab value="dispatches">{t('dispatch.case.tab')}</Tabs.Tab>
          <Tabs.Tab value="metryka">{t('cases.details.metryka')}</Tabs.Tab>
          <Tabs.Tab value="links">
            {item.links.length > 0
              ? t('cases.details.links_count', { count: item.links.length })
              : t('cases.details.links')}
          </Tabs.Tab>
          <Tabs.Tab value="shares">{t('cases.details.shares')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="file" pt="md">
          <CaseFilePanel caseId={item.id} />
        </Tabs.Panel>
        <Tabs.Panel value="drafts" pt="md">
          <CaseDraftsPanel item={item} canHandle={canHandle} />
        </Tabs.Panel>
        <Tabs.Panel value="dispatches" pt="md">
          <CaseDispatchesPanel caseId={item.id} />
        </Tabs.Panel>
        <Tabs.Panel value="metryka" pt="md">
          <MetrykaPanel caseId={item.id} />
        </Tabs.Panel>
        <Tabs.Panel value="links" pt="md">
          <CaseLinksPanel item={item} canHandle={canHandle} />
        </Tabs.Panel>
        <Tabs.Panel value="shares" pt="md">
          <CaseSharesPanel item={item} canHandle={canHandle} />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
