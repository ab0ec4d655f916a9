import { Alert, Anchor, Button, Grid, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { isApiError } from '../../../app/api-error';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { TreeView } from '../../../shared/ui/tree-view';
import { useCan } from '../../auth/auth.queries';
import { JrwaClassDetails } from '../components/jrwa-class-details';
import { JrwaDemoNotice } from '../components/jrwa-demo-notice';
import { JrwaSearchResults } from '../components/jrwa-search-results';
import { jrwaExportUrl } from '../jrwa.api';
import { ancestorSymbols, toTreeItems } from '../jrwa.models';
import { jrwaClassesQuery, jrwaVersionsQuery } from '../jrwa.queries';
import { AnchorLink } from '../../../shared/ui/anchor-link';

export function JrwaBrowserPage() {
  const t = useT();
  const can = useCan();
  const format = useFormatters();
  const [versionId, setVersionId] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [selected, setSelected] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const versions = useQuery(jrwaVersionsQuery());
  const tree = useQuery(jrwaClassesQuery({ versionId }));
  const results = useQuery({ ...jrwaClassesQuery({ versionId, q }), enabled: q !== '' });
  const items = useMemo(() => toTreeItems(tree.data?.items ?? []), [tree.data]);
  const version = tree.data?.version ?? null;
  const selectedClass = items.find((item) => item.symbol === selected) ?? null;
  const noVersion = isApiError(tree.error) && tree.error.code === 'jrwa.no_version';

  const reveal = (symbol: string) => {
    setExpanded(new Set([...expanded, ...ancestorSymbols(symbol)]));
    setSelected(symbol);
  };

  const actions = (
    <Group gap="xs">
      {can('jrwa:manage') && (
        <>
          <Button component={Link} to="/jrwa/import">
            {t('jrwa.import.button')}
          </Button>
          <Button component={Link} to="/jrwa/extracts" variant="default">
            {t('jrwa.extracts.button')}
          </Button>
        </>
      )}
      {version && (
        <>
          <Anchor href={jrwaExportUrl({ format: 'csv', versionId })} download>
            {t('jrwa.export.csv')}
          </Anchor>
          <Anchor href={jrwaExportUrl({ format: 'xml', versionId })} download>
            {t('jrwa.export.xml')}
          </Anchor>
        </>
      )}
    </Group>
  );

  return (
    <Page title={t('jrwa.browser.title')} actions={actions}>
      {version?.demonstration && <JrwaDemoNotice canImport={can('jrwa:manage')} />}
      <Group align="flex-end" gap="md" wrap="wrap">
        {(versions.data?.length ?? 0) > 1 && (
          <NativeSelect
            label={t('jrwa.browser.version.label')}
            value={versionId ?? ''}
            onChange={(event) => {
              setVersionId(event.currentTarget.value || undefined);
              setSelected(null);
            }}
            data={[
              { value: '', label: t('jrwa.browser.version.current') },
              ...(versions.data ?? []).map((item) => ({
                value: item.id,
                label: `${item.name} (${format.date(item.validFrom)})`,
              })),
            ]}
          />
        )}
        {version && (
          <Text size="sm" c="dimmed">
            {t('jrwa.browser.version.summary', {
              name: version.name,
              validFrom: format.date(version.validFrom),
              count: version.classCount,
            })}
          </Text>
        )}
      </Group>
      {tree.error && !noVersion && <ErrorAlert error={tree.error} />}
      {tree.isPending ? (
        <LoadingState />
      ) : tree.error && !noVersion ? null : !version ? (
        <Alert color="blue" variant="light" title={t('jrwa.browser.no_version.title')}>
          {t('errors.jrwa.no_version')}{' '}
          {can('jrwa:manage') && <AnchorLink to="/jrwa/import">{t('jrwa.demo.import_link')}</AnchorLink>}
        </Alert>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <TextInput
              type="search"
              label={t('jrwa.search.label')}
              description={t('jrwa.search.description')}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              mb="xs"
            />
            {q !== '' && results.data && (
              <Paper withBorder p="xs" mb="sm">
                <JrwaSearchResults
                  results={results.data.items}
                  total={results.data.total}
                  onChoose={reveal}
                />
              </Paper>
            )}
            {results.error && <ErrorAlert error={results.error} />}
            <Paper withBorder p="xs">
              <TreeView
                items={items}
                label={t('jrwa.tree.label')}
                idPrefix="jrwa"
                selectedId={selected}
                onSelect={setSelected}
                expanded={expanded}
                onExpandedChange={setExpanded}
                renderItem={(item) => (
                  <>
                    <strong className="mono">{item.symbol}</strong> {item.title}
                    {item.final && item.category && <span className="mono"> [{item.category}]</span>}
                  </>
                )}
              />
            </Paper>
            <Text size="xs" c="dimmed" mt={4}>
              {t('jrwa.tree.keyboard_hint')}
            </Text>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Paper withBorder p="md" style={{ position: 'sticky', top: 76 }}>
              {selectedClass ? (
                <JrwaClassDetails jrwaClass={selectedClass} />
              ) : (
                <Text>{t('jrwa.details.hint')}</Text>
              )}
            </Paper>
          </Grid.Col>
        </Grid>
      )}
    </Page>
  );
}
