import { Paper, Stack, Text, Title } from '@mantine/core';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useRef } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { useNotify } from '../../../shared/hooks/use-notify';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { incomingQuery } from '../../correspondence/correspondence.queries';
import { OpenCaseForm } from '../components/open-case-form';

/** The item a case is opened from: its number, title, senders and day of receipt. */
function ItemSummary({ item }: { item: IncomingItem }) {
  const t = useT();
  const format = useFormatters();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-open-item-heading" maw={760}>
      <Title order={2} size="h5" id="case-open-item-heading" mb={4}>
        {t('cases.open.from_item')}
      </Title>
      <Stack gap={2}>
        <AnchorLink to="/incoming/$id" params={{ id: item.id }} fw={700} className="mono">
          {item.rpwNumber}
        </AnchorLink>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Text>
        <Text size="sm" c="dimmed">
          {t('cases.open.item_meta', {
            senders: item.senders.map((sender) => sender.displayName).join('; ') || t('common.none'),
            date: format.date(item.receivedAt),
          })}
        </Text>
        {item.senders.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('cases.open.parties_from_item')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Opening a case (`/cases/new`, or `/cases/new?from=<item>` from an incoming item): the focus
 * starts in the JRWA class, the only thing left to choose; the new case opens on its page.
 */
export function CaseOpenPage() {
  const t = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const router = useRouter();
  const { from } = useSearch({ from: '/app/cases/new' });
  const item = useQuery({ ...incomingQuery(from ?? ''), enabled: Boolean(from) });
  const jrwaRef = useRef<HTMLInputElement>(null);
  const ready = !from || item.data !== undefined;
  const back = () => {
    if (from) void navigate({ to: '/incoming/$id', params: { id: from } });
    else router.history.back();
  };

  return (
    <Page
      key={ready ? 'ready' : 'loading'}
      title={t('cases.open.title')}
      initialFocus={ready ? jrwaRef : undefined}
    >
      {from && item.error ? (
        <ErrorAlert error={item.error} />
      ) : !ready ? (
        <LoadingState />
      ) : (
        <>
          {item.data && <ItemSummary item={item.data} />}
          <OpenCaseForm
            item={item.data ?? null}
            jrwaRef={jrwaRef}
            onCancel={back}
            onOpened={(opened) => {
              notify.success(t('cases.open.done', { sign: opened.sign }));
              void navigate({ to: '/cases/$id', params: { id: opened.id } });
            }}
          />
        </>
      )}
    </Page>
  );
}
