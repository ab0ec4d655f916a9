import { Paper, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { UnitSelect } from '../../organization/components/unit-select';
import { orgUnitsQuery } from '../../organization/organization.queries';
import { JrwaExtractEditor } from '../components/jrwa-extract-editor';
import { getJrwaExtract } from '../jrwa.api';
import { jrwaClassesQuery, jrwaKeys } from '../jrwa.queries';
import { AnchorLink } from '../../../shared/ui/anchor-link';

export function JrwaExtractsPage() {
  const t = useT();
  const [orgUnitId, setOrgUnitId] = useState('');
  const units = useQuery(orgUnitsQuery());
  const finalClasses = useQuery(jrwaClassesQuery({ finalOnly: true }));
  const extract = useQuery({
    queryKey: jrwaKeys.extract(orgUnitId),
    queryFn: () => getJrwaExtract(orgUnitId),
    enabled: orgUnitId !== '',
  });
  const error = units.error ?? finalClasses.error ?? extract.error;

  return (
    <Page title={t('jrwa.extracts.title')}>
      <AnchorLink to="/jrwa">{t('jrwa.import.back')}</AnchorLink>
      <Text>{t('jrwa.extracts.intro')}</Text>
      <UnitSelect
        label={t('jrwa.extracts.unit.label')}
        units={(units.data ?? []).filter((unit) => unit.active)}
        emptyLabel={t('organization.positions.unit.choose')}
        value={orgUnitId}
        onChange={(event) => setOrgUnitId(event.currentTarget.value)}
        maw={520}
      />
      {error && <ErrorAlert error={error} />}
      {orgUnitId !== '' &&
        (extract.data && finalClasses.data ? (
          <Paper withBorder p="md">
            <JrwaExtractEditor
              key={orgUnitId}
              orgUnitId={orgUnitId}
              finalClasses={finalClasses.data.items}
              initialSymbols={extract.data.symbols}
            />
          </Paper>
        ) : (
          !error && <LoadingState />
        ))}
    </Page>
  );
}
