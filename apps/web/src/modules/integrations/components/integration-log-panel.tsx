import { Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { WholeBadge } from '../../../shared/ui/whole-badge';
import { INTEGRATION_LOG_LEVELS } from '@obieg/contracts/integrations';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { TableScroll } from '../../../shared/ui/table-scroll';
import type { LogIntegration, LogLevel, LogQuery } from '../integrations.api';
import { integrationLogQuery } from '../integrations.queries';
import { LOG_INTEGRATION_LABELS, LOG_LEVEL_COLORS, LOG_LEVEL_LABELS } from '../integration-labels';

const PAGE_SIZE = 50;
const INTEGRATIONS: LogIntegration[] = ['edelivery', 'epuap', 'smtp', 'post'];

/** What the integrations exchanged and refused, newest first, by system and level; 50 a page. */
export function IntegrationLogPanel() {
  const t = useT();
  const format = useFormatters();
  const [query, setQuery] = useState<LogQuery>({ limit: PAGE_SIZE, offset: 0 });
  const log = useQuery(integrationLogQuery(query));
  const set = (patch: Partial<LogQuery>) => setQuery((current) => ({ ...current, ...patch, offset: 0 }));
  const total = log.data?.total ?? 0;
  const first = total === 0 ? 0 : query.offset + 1;
  const last = Math.min(total, query.offset + PAGE_SIZE);
  const caption = t('integrations.log.caption', { first, last, total });

  return (
    <Stack gap="sm">
      <Group gap="sm" role="search" aria-label={t('integrations.log.filters')}>
        <NativeSelect
          label={t('integrations.log.integration')}
          value={query.integration ?? ''}
          onChange={(event) =>
            set({ integration: (event.currentTarget.value || undefined) as LogIntegration | undefined })
          }
          data={[
            { value: '', label: t('common.all') },
            ...INTEGRATIONS.map((value) => ({ value, label: t(LOG_INTEGRATION_LABELS[value]) })),
          ]}
        />
        <NativeSelect
          label={t('integrations.log.level')}
          value={query.level ?? ''}
          onChange={(event) =>
            set({ level: (event.currentTarget.value || undefined) as LogLevel | undefined })
          }
          data={[
            { value: '', label: t('common.all') },
            ...INTEGRATION_LOG_LEVELS.map((value) => ({ value, label: t(LOG_LEVEL_LABELS[value]) })),
          ]}
        />
      </Group>
      {log.error && <ErrorAlert error={log.error} />}
      {!log.data ? (
        !log.error && <LoadingState />
      ) : (
        <TableScroll minWidth={1000} label={caption}>
          <Table striped withTableBorder verticalSpacing="xs" data-testid="integration-log">
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('integrations.log.at')}</Table.Th>
                <Table.Th scope="col">{t('integrations.log.integration')}</Table.Th>
                <Table.Th scope="col">{t('integrations.log.level')}</Table.Th>
                <Table.Th scope="col">{t('integrations.log.message')}</Table.Th>
                <Table.Th scope="col">{t('integrations.log.reference')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.items.length === 0 && <EmptyRow colSpan={5} text={t('integrations.log.empty')} />}
              {log.data.items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td className="nowrap">{format.dateTime(entry.at)}</Table.Td>
                  <Table.Td>{t(LOG_INTEGRATION_LABELS[entry.integration])}</Table.Td>
                  <Table.Td>
                    <WholeBadge
                      variant="light"
                      color={LOG_LEVEL_COLORS[entry.level].color}
                      c={LOG_LEVEL_COLORS[entry.level].text}
                      tt="none"
                    >
                      {t(LOG_LEVEL_LABELS[entry.level])}
                    </WholeBadge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {entry.message}
                    </Text>
                    <Text size="xs" c="dimmed" className="mono">
                      {entry.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {entry.reference && (
                      <Text size="xs" className="mono" style={{ overflowWrap: 'anywhere' }}>
                        {entry.reference}
                      </Text>
                    )}
                    {entry.incomingItemId && (
                      <AnchorLink
                        to="/incoming/$id"
                        params={{ id: entry.incomingItemId }}
                        size="sm"
                        display="block"
                      >
                        {t('integrations.log.open_incoming')}
                      </AnchorLink>
                    )}
                    {entry.dispatchId && (
                      <AnchorLink
                        to="/outgoing/$dispatchId"
                        params={{ dispatchId: entry.dispatchId }}
                        size="sm"
                        display="block"
                      >
                        {t('integrations.log.open_dispatch')}
                      </AnchorLink>
                    )}
                    {!entry.reference && !entry.incomingItemId && !entry.dispatchId && t('common.none')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {total > PAGE_SIZE && (
        <Group gap="xs" component="nav" aria-label={t('integrations.log.pages')}>
          <Button
            variant="default"
            size="xs"
            disabled={query.offset === 0}
            onClick={() =>
              setQuery((current) => ({ ...current, offset: Math.max(0, current.offset - PAGE_SIZE) }))
            }
          >
            {t('dispatch.register.previous')}
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={query.offset + PAGE_SIZE >= total}
            onClick={() => setQuery((current) => ({ ...current, offset: current.offset + PAGE_SIZE }))}
          >
            {t('dispatch.register.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
