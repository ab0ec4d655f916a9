import { Button, Group, Stack, Text } from '@mantine/core';
import type { DocumentDto } from '@obieg/contracts/documents';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useCan } from '../../auth/auth.queries';
import { CaseSection } from '../../cases/components/case-section';
import { NOT_DISPATCHABLE_REASON_LABELS } from '../dispatch-labels';
import { dispatchOptionsQuery, registerQuery } from '../dispatch.queries';
import { DispatchDialog } from './dispatch-dialog';
import { DispatchRowsTable } from './dispatch-rows-table';

/** Whether a letter is far enough to be sent: approved or signed, and addressed outside the office. */
function mayOfferDispatch(document: Pick<DocumentDto, 'internal' | 'status'>): boolean {
  return !document.internal && (document.status === 'approved' || document.status === 'signed');
}

/** The letter's dispatches so far (one row per addressee); nothing while there are none. */
function DocumentDispatches({ documentId }: { documentId: string }) {
  const t = useT();
  const rows = useQuery({ ...registerQuery({ documentId, sort: 'number', order: 'asc' }), retry: false });
  const items = rows.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <DispatchRowsTable
      rows={items}
      showDocument={false}
      caption={t('dispatch.document.rows_caption', { count: items.length })}
      testId="document-dispatches"
    />
  );
}

/**
 * The way out of the document page to the registry: "Zleć wysyłkę" when the API says the letter
 * may be sent, otherwise why not (an electronic letter must be signed first); below, what was
 * already ordered.
 */
function DocumentDispatch({ document }: { document: DocumentDto }) {
  const t = useT();
  const options = useQuery(dispatchOptionsQuery(document.id));
  const [dialog, setDialog] = useState({ opened: false, session: 0 });

  const data = options.data;
  return (
    <Stack gap="sm">
      {options.isPending ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : !data ? (
        <Text size="sm">{t('dispatch.document.options_failed')}</Text>
      ) : data.dispatchable ? (
        <Group gap="sm" wrap="wrap">
          <Button onClick={() => setDialog(({ session }) => ({ opened: true, session: session + 1 }))}>
            {t('dispatch.document.order')}
          </Button>
          {!data.signed && (
            <Text size="sm" c="dimmed">
              {t('dispatch.document.paper_only')}
            </Text>
          )}
        </Group>
      ) : (
        <Text size="sm" data-testid="dispatch-not-possible">
          {t('dispatch.document.not_possible', {
            reason: t(data.reason ? NOT_DISPATCHABLE_REASON_LABELS[data.reason] : 'dispatch.reason.other'),
          })}
        </Text>
      )}
      <DocumentDispatches documentId={document.id} />
      {data?.dispatchable && (
        <DispatchDialog
          key={dialog.session}
          options={data}
          documentTitle={document.title}
          opened={dialog.opened}
          onClose={() => setDialog(({ session }) => ({ opened: false, session }))}
        />
      )}
    </Stack>
  );
}

/**
 * The document page's "Wysyłka" section, for the officers who order dispatches (`cases:handle`),
 * once the letter is approved or signed and goes outside the office.
 */
export function DocumentDispatchSection({ document }: { document: DocumentDto }) {
  const t = useT();
  const can = useCan();
  if (!mayOfferDispatch(document) || !can('cases:handle')) return null;
  return (
    <CaseSection id="document-dispatch-heading" title={t('dispatch.document.heading')}>
      <DocumentDispatch document={document} />
    </CaseSection>
  );
}
