import { Table, Text } from '@mantine/core';
import type { Dispatch } from '@obieg/contracts/dispatch';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { useCan } from '../../auth/auth.queries';
import { CaseSection } from '../../cases/components/case-section';
import { actorLabel } from '../../distribution/distribution-labels';
import { DispatchItemsTable } from '../components/dispatch-items-table';
import { DispatchSimulatorPanel } from '../components/dispatch-simulator-panel';
import { dispatchQuery } from '../dispatch.queries';

/** The dispatch's facts as a two-column table: the letter, its case, who ordered it and when. */
function DispatchFacts({ dispatch }: { dispatch: Dispatch }) {
  const t = useT();
  const format = useFormatters();
  const rows: [MessageKey, ReactNode][] = [
    [
      'dispatch.field.document',
      <AnchorLink key="document" to="/documents/$documentId" params={{ documentId: dispatch.documentId }}>
        {dispatch.documentTitle}
      </AnchorLink>,
    ],
    [
      'dispatch.field.case_sign',
      dispatch.caseId && dispatch.caseSign ? (
        <AnchorLink
          key="case"
          to="/cases/$id"
          params={{ id: dispatch.caseId }}
          search={{ tab: 'dispatches' }}
          className="mono"
        >
          {dispatch.caseSign}
        </AnchorLink>
      ) : (
        (dispatch.caseSign ?? t('common.none'))
      ),
    ],
    ['dispatch.field.ordered_by', actorLabel(t, dispatch.orderedBy)],
    ['dispatch.field.ordered_at', format.dateTime(dispatch.orderedAt)],
    ['dispatch.field.remarks', dispatch.remarks ?? t('common.none')],
  ];
  return (
    <Table variant="vertical" withTableBorder maw={860} data-testid="dispatch-facts">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={{ base: 140, sm: 220 }}>
              {t(label)}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * A dispatch (`/outgoing/$dispatchId`): its register number, the letter and its case, and per
 * addressee the channel, state, posting and delivery, the proofs to download and the next step.
 */
export function DispatchPage() {
  const t = useT();
  const can = useCan();
  const { dispatchId } = useParams({ from: '/app/outgoing/$dispatchId' });
  const query = useQuery(dispatchQuery(dispatchId));
  const back = can('dispatch:send') && <AnchorLink to="/outgoing">{t('dispatch.page.back')}</AnchorLink>;

  if (query.error || !query.data) {
    return (
      <Page title={t('dispatch.page.title_loading')}>
        {back}
        {query.error ? <ErrorAlert error={query.error} /> : <LoadingState />}
      </Page>
    );
  }
  const dispatch = query.data;
  return (
    <Page title={t('dispatch.page.title', { number: dispatch.number })}>
      {back}
      <DispatchFacts dispatch={dispatch} />
      <CaseSection id="dispatch-items-heading" title={t('dispatch.items.heading')}>
        <Text size="sm" mb="sm" c="dimmed">
          {t('dispatch.items.intro')}
        </Text>
        <DispatchItemsTable dispatch={dispatch} />
      </CaseSection>
      <DispatchSimulatorPanel dispatch={dispatch} />
    </Page>
  );
}
