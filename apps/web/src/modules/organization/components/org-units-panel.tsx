import { Badge, Button, Checkbox, Grid, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { TreeView } from '../../../shared/ui/tree-view';
import { useCan } from '../../auth/auth.queries';
import { sortUnitsBySymbol } from '../org-units.models';
import { orgUnitsQuery } from '../organization.queries';
import { OrgUnitCreateForm } from './org-unit-create-form';
import { OrgUnitDetails } from './org-unit-details';
import { OrgUnitEditForm } from './org-unit-edit-form';

export function OrgUnitsPanel() {
  const t = useT();
  const can = useCan();
  const [at, setAt] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const units = useQuery(
    orgUnitsQuery({ at: at || undefined, includeInactive: includeInactive || undefined }),
  );
  const sorted = useMemo(() => sortUnitsBySymbol(units.data ?? []), [units.data]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const selected = sorted.find((unit) => unit.id === selectedId) ?? null;
  const canManage = can('organization:manage');

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Group align="flex-end" mb="sm" gap="sm">
          <TextInput
            type="date"
            label={t('organization.units.at.label')}
            value={at}
            onChange={(event) => setAt(event.currentTarget.value)}
          />
          <Checkbox
            label={t('organization.units.include_inactive')}
            checked={includeInactive}
            onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        {canManage && (
          <Button mb="sm" onClick={() => setCreating(true)}>
            {t('organization.units.create.button')}
          </Button>
        )}
        {units.error && <ErrorAlert error={units.error} />}
        {units.isPending ? (
          <LoadingState />
        ) : sorted.length === 0 ? (
          <Text>{t('organization.units.empty')}</Text>
        ) : (
          <Paper withBorder p="xs">
            <TreeView
              items={sorted}
              label={t('organization.units.tree.label')}
              idPrefix="org-unit"
              selectedId={selectedId}
              onSelect={(id) => {
                setSelectedId(id);
                setCreating(false);
              }}
              expanded={expanded}
              onExpandedChange={setExpanded}
              renderItem={(unit) => (
                <>
                  <strong>{unit.symbol}</strong> {unit.name}{' '}
                  {!unit.active && (
                    <Badge size="xs" variant="light" color="gray">
                      {t('common.inactive')}
                    </Badge>
                  )}
                </>
              )}
            />
          </Paper>
        )}
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="org-unit-panel-heading">
          {creating ? (
            <>
              <Title order={2} size="h4" mb="sm" id="org-unit-panel-heading">
                {t('organization.units.create.heading')}
              </Title>
              <OrgUnitCreateForm
                units={sorted}
                defaultParentId={selectedId}
                onCancel={() => setCreating(false)}
                onCreated={(unit) => {
                  setCreating(false);
                  if (unit.parentId) setExpanded(new Set([...expanded, unit.parentId]));
                  setSelectedId(unit.id);
                }}
              />
            </>
          ) : selected ? (
            <>
              <Title order={2} size="h4" mb="sm" id="org-unit-panel-heading">
                {t('organization.units.details.heading', { symbol: selected.symbol })}
              </Title>
              {canManage ? (
                <OrgUnitEditForm key={selected.id} unit={selected} units={sorted} />
              ) : (
                <OrgUnitDetails unit={selected} units={sorted} />
              )}
            </>
          ) : (
            <Text id="org-unit-panel-heading">{t('organization.units.select_hint')}</Text>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
