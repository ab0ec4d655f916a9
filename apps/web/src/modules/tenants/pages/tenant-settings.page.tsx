import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../locales/i18n-context';
import { Page } from '../../../shared/ui/page';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { TenantSettingsForm } from '../components/tenant-settings-form';
import { getTenant, tenantQueryKey } from '../tenants.api';

export function TenantSettingsPage() {
  const t = useT();
  const tenant = useQuery({ queryKey: tenantQueryKey, queryFn: getTenant });
  return (
    <Page title={t('tenants.settings.title')}>
      <QueryBoundary query={tenant}>
        {(data) => <TenantSettingsForm key={data.id} tenant={data} />}
      </QueryBoundary>
    </Page>
  );
}
