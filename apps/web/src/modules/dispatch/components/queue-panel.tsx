import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { envelopesUrl, type EnvelopeFormat } from '../dispatch.api';
import { registerQuery } from '../dispatch.queries';
import { PostingPanel } from './posting-panel';
import { QueueTable } from './queue-table';

const ENVELOPE_FORMATS: EnvelopeFormat[] = ['DL', 'C5', 'C4', 'labels'];
/** The whole queue at once: the registry works through it in one sitting. */
const QUEUE_QUERY = { status: 'queued', sort: 'number', order: 'asc', limit: 500 } as const;

/**
 * "Do wysłania": what the officers ordered and the registry has yet to post or hand over. Chosen
 * letters get their envelopes (or address labels) printed, then are posted with the day's date and
 * the posting numbers scanned from their labels.
 */
export function QueuePanel() {
  const t = useT();
  const format = useFormatters();
  const query = useQuery(registerQuery(QUEUE_QUERY));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [envelope, setEnvelope] = useState<EnvelopeFormat>('DL');
  const [posting, setPosting] = useState(false);
  const [posted, setPosted] = useState<{ count: number; postedOn: string } | null>(null);

  return (
    <QueryBoundary query={query}>
      {(page) => {
        const rows = page.items.filter((row) => row.status === 'queued');
        const chosen = rows.filter((row) => selected.has(row.itemId));
        const ids = chosen.map((row) => row.itemId);
        return (
          <Stack gap="md">
            {posted && (
              <Alert variant="light" color="teal" c="#064e3b" role="status" data-testid="posting-done">
                <Text size="sm">
                  {t('dispatch.posting.done', { count: posted.count, date: format.date(posted.postedOn) })}{' '}
                  <AnchorLink to="/outgoing" search={{ tab: 'postal-book', date: posted.postedOn }}>
                    {t('dispatch.posting.to_postal_book')}
                  </AnchorLink>
                </Text>
              </Alert>
            )}
            <Group gap="sm" align="end" wrap="wrap" aria-label={t('dispatch.queue.actions')} role="group">
              <NativeSelect
                label={t('dispatch.queue.envelope_format')}
                value={envelope}
                onChange={(event) => setEnvelope(event.currentTarget.value as EnvelopeFormat)}
                data={ENVELOPE_FORMATS.map((value) => ({
                  value,
                  label: t(
                    value === 'labels' ? 'dispatch.queue.envelope.labels' : 'dispatch.queue.envelope.size',
                    {
                      size: value,
                    },
                  ),
                }))}
              />
              {ids.length > 0 ? (
                <Button
                  component="a"
                  variant="default"
                  href={envelopesUrl({ itemIds: ids, format: envelope })}
                  target="_blank"
                  rel="noopener"
                >
                  {t('dispatch.queue.print_envelopes', { count: ids.length })}
                </Button>
              ) : (
                <Button variant="default" disabled>
                  {t('dispatch.queue.print_envelopes', { count: 0 })}
                </Button>
              )}
              <Button
                disabled={ids.length === 0}
                onClick={() => {
                  setPosted(null);
                  setPosting(true);
                }}
              >
                {t('dispatch.queue.post', { count: ids.length })}
              </Button>
            </Group>
            {ids.length === 0 && rows.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('dispatch.queue.choose_hint')}
              </Text>
            )}
            {posting && chosen.length > 0 && (
              <PostingPanel
                key={ids.join(',')}
                rows={chosen}
                onCancel={() => setPosting(false)}
                onDone={(result) => {
                  setPosting(false);
                  setSelected(new Set());
                  setPosted(result);
                }}
              />
            )}
            <QueueTable rows={rows} selected={selected} onSelectedChange={setSelected} />
          </Stack>
        );
      }}
    </QueryBoundary>
  );
}
