import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../locales/i18n-context';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { registerQuery } from '../dispatch.queries';
import { DispatchRowsTable } from './dispatch-rows-table';

/** The case's "Wysyłki" tab: every letter sent in the case, per addressee, newest first. */
export function CaseDispatchesPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const query = useQuery(registerQuery({ caseId, sort: 'number', order: 'desc', limit: 500 }));
  return (
    <QueryBoundary query={query}>
      {(page) => (
        <DispatchRowsTable
          rows={page.items}
          caption={t('dispatch.case.caption', { count: page.total })}
          testId="case-dispatches"
        />
      )}
    </QueryBoundary>
  );
}
