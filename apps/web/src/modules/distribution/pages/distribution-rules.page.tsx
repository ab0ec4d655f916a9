import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { DistributionRule } from '@obieg/contracts/distribution';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { Page } from '../../../shared/ui/page';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { RuleForm } from '../components/rule-form';
import { RulesTable } from '../components/rules-table';
import { deleteDistributionRule, updateDistributionRule } from '../distribution.api';
import { distributionKeys, distributionRulesQuery } from '../distribution.queries';
import { moveRule, reprioritize } from '../rule-form.models';

/**
 * Automatic distribution rules (DOMAIN.md §2.5): at registration the first active rule whose
 * criteria all match distributes the item. The order is the order they are tried.
 */
export function DistributionRulesPage() {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const query = useQuery(distributionRulesQuery());
  const [editing, setEditing] = useState<DistributionRule | 'new' | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: distributionKeys.rules });

  const move = useMutation({
    mutationFn: async (ordered: DistributionRule[]) => {
      for (const { rule, priority } of reprioritize(ordered)) {
        await updateDistributionRule({ id: rule.id, input: { version: rule.version, priority } });
      }
    },
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (rule: DistributionRule) => deleteDistributionRule(rule.id),
    onSuccess: (_, rule) => notify.success(t('distribution.rules.deleted', { name: rule.name })),
    onSettled: refresh,
  });
  const close = () => {
    setEditing(null);
    window.requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <Page
      title={t('distribution.rules.title')}
      actions={
        editing === null && (
          <Button ref={addButton} onClick={() => setEditing('new')}>
            {t('distribution.rules.new')}
          </Button>
        )
      }
    >
      <Text size="sm" maw={820}>
        {t('distribution.rules.intro')}
      </Text>
      {editing !== null && query.data && (
        <Paper withBorder p="md" component="section" aria-labelledby="rule-form-heading">
          <Title order={2} size="h4" mb="sm" id="rule-form-heading">
            {editing === 'new'
              ? t('distribution.rules.new.heading')
              : t('distribution.rules.edit.heading', { name: editing.name })}
          </Title>
          <RuleForm
            key={editing === 'new' ? 'new' : editing.id}
            rule={editing === 'new' ? null : editing}
            rules={query.data}
            onDone={close}
          />
        </Paper>
      )}
      <Stack gap="sm">
        <ErrorAlert error={move.error ?? remove.error} />
        <QueryBoundary query={query}>
          {(rules) => (
            <RulesTable
              rules={rules}
              busy={move.isPending}
              onMove={(index, step) => move.mutate(moveRule(rules, index, step))}
              onEdit={(rule) => setEditing(rule)}
              onDelete={(rule) => remove.mutate(rule)}
            />
          )}
        </QueryBoundary>
      </Stack>
    </Page>
  );
}
