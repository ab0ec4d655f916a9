import { Paper, Title } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useCursorList } from '../../../shared/hooks/use-cursor-list';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadMore } from '../../../shared/ui/load-more';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { useCan } from '../../auth/auth.queries';
import { EMPTY_AUDIT_FILTERS, toAuditQuery, type AuditFilterValues } from '../audit-filters.models';
import { listAuditEvents } from '../audit.api';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';
import { AuditVerify } from '../components/audit-verify';

export function AuditLogPage() {
  const t = useT();
  const can = useCan();
  const [filters, setFilters] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTERS);
  const query = toAuditQuery(filters);
  const events = useCursorList({
    queryKey: ['audit', 'events', query],
    fetchPage: (cursor) => listAuditEvents({ query, cursor }),
  });

  return (
    <Page title={t('audit.title')}>
      {can('audit:verify') && (
        <Paper withBorder p="md" component="section" aria-labelledby="audit-verify-heading">
          <Title order={2} size="h4" mb="xs" id="audit-verify-heading">
            {t('audit.verify.heading')}
          </Title>
          <AuditVerify />
        </Paper>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="audit-filters-heading">
        <Title order={2} size="h4" mb="xs" id="audit-filters-heading">
          {t('audit.filters.heading')}
        </Title>
        <AuditFilters key={JSON.stringify(filters)} applied={filters} onApply={setFilters} />
      </Paper>
      {events.error && <ErrorAlert error={events.error} />}
      {events.isPending ? (
        <LoadingState />
      ) : (
        <AuditTable
          events={events.items}
          onFilterActor={(actorId) => setFilters({ ...EMPTY_AUDIT_FILTERS, actorId })}
          onFilterSubject={(subjectType, subjectId) =>
            setFilters({ ...EMPTY_AUDIT_FILTERS, subjectType, subjectId })
          }
        />
      )}
      <LoadMore
        hasNextPage={events.hasNextPage}
        isFetchingNextPage={events.isFetchingNextPage}
        onLoadMore={() => void events.fetchNextPage()}
      />
    </Page>
  );
}
