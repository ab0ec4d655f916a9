import { Alert, Grid, Paper, Stack, Text } from '@mantine/core';
import type { JrwaImportResult } from '@obieg/contracts/jrwa';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../app/api-error';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { Page } from '../../../shared/ui/page';
import { JrwaCsvHelp } from '../components/jrwa-csv-help';
import { JrwaImportForm } from '../components/jrwa-import-form';
import { JrwaIssueTable } from '../components/jrwa-issue-table';
import { importIssuesOf } from '../jrwa-issues';

export function JrwaImportPage() {
  const t = useT();
  const format = useFormatters();
  const [result, setResult] = useState<JrwaImportResult | null>(null);
  const [rejection, setRejection] = useState<ApiError | null>(null);
  const invalidFile = rejection?.code === 'jrwa.import_invalid';
  const issues = invalidFile ? importIssuesOf(rejection) : [];
  const resultRef = useRef<HTMLDivElement>(null);

  // The outcome appears below the format help: bring it into view and give it focus.
  useEffect(() => {
    if (!result && !rejection) return;
    resultRef.current?.scrollIntoView?.({ block: 'start' });
    resultRef.current?.focus({ preventScroll: true });
  }, [result, rejection]);

  return (
    <Page title={t('jrwa.import.title')}>
      <AnchorLink to="/jrwa">{t('jrwa.import.back')}</AnchorLink>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Paper withBorder p="md">
            <JrwaImportForm
              onImported={(imported) => setResult(imported)}
              onRejected={(error) => {
                setRejection(error);
                if (error) setResult(null);
              }}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <JrwaCsvHelp />
        </Grid.Col>
      </Grid>
      <Stack
        gap="md"
        component="section"
        aria-label={t('jrwa.import.result.label')}
        ref={resultRef}
        tabIndex={-1}
      >
        {result && (
          <Alert color="blue" variant="light" role="status" title={t('jrwa.import.success.title')}>
            {t('jrwa.import.success.text', {
              count: result.imported,
              name: result.version.name,
              validFrom: format.date(result.version.validFrom),
            })}{' '}
            <AnchorLink to="/jrwa">{t('jrwa.import.success.browse')}</AnchorLink>
          </Alert>
        )}
        {result && result.warnings.length > 0 && (
          <JrwaIssueTable
            issues={result.warnings}
            caption={t('jrwa.import.warnings.caption', { count: result.warnings.length })}
          />
        )}
        {invalidFile && (
          <>
            <ErrorAlert error={rejection} listFieldErrors={false} />
            {issues.length > 0 ? (
              <JrwaIssueTable
                issues={issues}
                caption={t('jrwa.import.issues.caption', { count: issues.length })}
              />
            ) : (
              <Text>{t('jrwa.import.issues.missing')}</Text>
            )}
          </>
        )}
      </Stack>
    </Page>
  );
}
