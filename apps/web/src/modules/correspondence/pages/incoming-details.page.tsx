import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useRef, useState, type ReactNode } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { useNotify } from '../../../shared/hooks/use-notify';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { useCan } from '../../auth/auth.queries';
import { IncomingCasePanel } from '../../cases/components/incoming-case-panel';
import { IncomingCancel } from '../components/incoming-cancel';
import { IncomingCorrectionForm } from '../components/incoming-correction-form';
import { IncomingCorrections } from '../components/incoming-corrections';
import { IncomingDetails } from '../components/incoming-details';
import { IncomingDistributionPanel } from '../components/incoming-distribution-panel';
import { AttachScans, IncomingFileList } from '../components/incoming-files';
import { IncomingHistory } from '../components/incoming-history';
import { STATUS_LABELS } from '../components/incoming-options';
import { labelUrl, receiptUrl } from '../correspondence.api';
import { incomingQuery } from '../correspondence.queries';
import { printPdf } from '../print-pdf';

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

/** Printing a label or receipt from the item page: the print dialog, or the PDF link if unavailable. */
function PrintButtons({ item }: { item: IncomingItem }) {
  const t = useT();
  const notify = useNotify();
  const print = (url: string, title: string) =>
    void printPdf({ url, title }).then(
      (outcome) => outcome === 'not_printed' && notify.info(t('correspondence.print.use_link')),
      (error: unknown) => notify.error(error),
    );
  return (
    <Group gap="xs">
      <Button
        variant="default"
        onClick={() =>
          print(labelUrl(item.id), t('correspondence.print.label_frame', { number: item.rpwNumber }))
        }
      >
        {t('correspondence.actions.print_label')}
      </Button>
      <Button
        variant="default"
        onClick={() =>
          print(receiptUrl(item.id), t('correspondence.print.receipt_frame', { number: item.rpwNumber }))
        }
      >
        {t('correspondence.actions.print_receipt')}
      </Button>
      <Anchor href={labelUrl(item.id)} target="_blank" rel="noopener" size="sm">
        {t('correspondence.actions.label_pdf')}
      </Anchor>
      <Anchor href={receiptUrl(item.id)} target="_blank" rel="noopener" size="sm">
        {t('correspondence.actions.receipt_pdf')}
      </Anchor>
    </Group>
  );
}

/** An incoming item: metadata, distribution and decrees, files, corrections, history, printouts. */
export function IncomingDetailsPage() {
  const t = useT();
  const can = useCan();
  const format = useFormatters();
  const { id } = useParams({ from: '/app/incoming/$id' });
  const query = useQuery(incomingQuery(id));
  const [correcting, setCorrecting] = useState(false);
  const correctButton = useRef<HTMLButtonElement>(null);
  // Back from the correction form, the focus returns to the button that opened it.
  const stopCorrecting = () => {
    setCorrecting(false);
    window.requestAnimationFrame(() => correctButton.current?.focus());
  };

  if (query.error || !query.data) {
    return (
      <Page title={t('correspondence.details.title')}>
        <AnchorLink to="/incoming">{t('correspondence.back')}</AnchorLink>
        {query.error ? <ErrorAlert error={query.error} /> : <LoadingState />}
      </Page>
    );
  }
  const item = query.data;
  const open = item.status === 'registered';
  const register = can('correspondence:register');
  return (
    <Page
      title={item.rpwNumber}
      documentTitle={t('correspondence.details.document_title', { number: item.rpwNumber })}
      actions={<PrintButtons item={item} />}
    >
      <Group gap="sm" wrap="wrap">
        <AnchorLink to="/incoming">{t('correspondence.back')}</AnchorLink>
        <Badge variant="light" color={open ? 'blue' : 'red'}>
          {t(STATUS_LABELS[item.status])}
        </Badge>
      </Group>
      {item.cancellation && (
        <Alert color="red" variant="light" title={t('correspondence.details.cancelled')}>
          <Text size="sm">
            {t('correspondence.details.cancelled_text', { at: format.dateTime(item.cancellation.at) })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {item.cancellation.reason}
          </Text>
        </Alert>
      )}
      <Section id="incoming-data-heading" title={t('correspondence.details.data')}>
        {correcting ? (
          <IncomingCorrectionForm item={item} onDone={stopCorrecting} />
        ) : (
          <Stack gap="sm">
            <IncomingDetails item={item} />
            {open && register && (
              <Group gap="xs">
                <Button ref={correctButton} onClick={() => setCorrecting(true)}>
                  {t('correspondence.correction.button')}
                </Button>
                <IncomingCancel item={item} />
              </Group>
            )}
          </Stack>
        )}
      </Section>
      <IncomingDistributionPanel item={item} />
      <IncomingCasePanel item={item} />
      <Section id="incoming-files-heading" title={t('correspondence.files.heading')}>
        <Stack gap="sm">
          <IncomingFileList item={item} />
          {open && register && can('files:upload') && <AttachScans item={item} />}
        </Stack>
      </Section>
      <Section id="incoming-corrections-heading" title={t('correspondence.corrections.heading')}>
        <IncomingCorrections item={item} />
      </Section>
      <Section id="incoming-history-heading" title={t('distribution.history.heading')}>
        <IncomingHistory itemId={item.id} />
      </Section>
    </Page>
  );
}
