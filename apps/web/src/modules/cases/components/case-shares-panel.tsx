import { Button, Group, Stack, Text } from '@mantine/core';
import type { Case } from '@obieg/contracts/cases';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../app/api-error';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { granteeName } from '../case-share.models';
import { revokeCaseShare } from '../cases.api';
import { caseDocumentsQuery, caseSharesQuery, casesKeys } from '../cases.queries';
import { CaseSharesTable } from './case-shares-table';
import { ShareCaseDialog } from './share-case-dialog';

/**
 * Sharing (udostępnienia): the case's shares, revoked ones too, for those who see the whole case;
 * a handler shares it with a unit or a person — whole or chosen documents, to read or to give
 * opinions — and revokes a share (it stays on the list, marked revoked).
 */
export function CaseSharesPanel({ item, canHandle }: { item: Case; canHandle: boolean }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const shares = useQuery(caseSharesQuery(item.id));
  const documents = useQuery(caseDocumentsQuery(item.id));
  const [opening, setOpening] = useState(0);
  const [opened, setOpened] = useState(false);
  const revoke = useMutation({
    mutationFn: (share: { id: string; name: string }) => revokeCaseShare({ id: item.id, shareId: share.id }),
    onSuccess: async (_nothing, share) => {
      notify.success(t('cases.shares.revoked', { name: share.name }));
      await queryClient.invalidateQueries({ queryKey: casesKeys.shares(item.id) });
    },
  });
  if (isApiError(shares.error) && shares.error.code === 'cases.outside_scope')
    return <Text size="sm">{t('cases.shares.no_access')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('cases.shares.intro')}</Text>
      {canHandle && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              setOpening((n) => n + 1);
              setOpened(true);
            }}
          >
            {t('cases.shares.add')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={revoke.error} />
      <QueryBoundary query={shares}>
        {(items) => (
          <CaseSharesTable
            items={items}
            documents={documents.data ?? []}
            canRevoke={canHandle}
            revoking={revoke.isPending ? (revoke.variables?.id ?? null) : null}
            onRevoke={(share) => revoke.mutate({ id: share.id, name: granteeName(share) })}
          />
        )}
      </QueryBoundary>
      {canHandle && (
        <ShareCaseDialog
          key={opening}
          item={item}
          documents={documents.data ?? []}
          opened={opened}
          onClose={() => setOpened(false)}
        />
      )}
    </Stack>
  );
}
