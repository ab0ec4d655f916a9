import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import type { ApiToken } from '@obieg/contracts/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useCursorList } from '../../../shared/hooks/use-cursor-list';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadMore } from '../../../shared/ui/load-more';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { apiTokensKey, listApiTokens, revokeApiToken } from '../api-tokens.api';
import { ApiTokenCreateForm } from '../components/api-token-create-form';
import { CreatedTokenAlert } from '../components/created-token-alert';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { useNotify } from '../../../shared/hooks/use-notify';

export function ApiTokensPage() {
  const t = useT();
  const notify = useNotify();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const tokens = useCursorList({ queryKey: apiTokensKey, fetchPage: listApiTokens });
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => revokeApiToken(token.id),
    onSuccess: async (_result, token) => {
      notify.info(t('api_tokens.revoked', { name: token.name }));
      await queryClient.invalidateQueries({ queryKey: apiTokensKey });
    },
    onError: (error) => notify.error(error),
  });

  return (
    <Page title={t('api_tokens.title')}>
      <Text>{t('api_tokens.intro')}</Text>
      {created && (
        <CreatedTokenAlert name={created.name} token={created.token} onDismiss={() => setCreated(null)} />
      )}
      {tokens.error && <ErrorAlert error={tokens.error} />}
      {tokens.isPending ? (
        <LoadingState />
      ) : (
        <TableScroll minWidth={900} label={t('api_tokens.title')}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('api_tokens.name.label')}</Table.Th>
                <Table.Th scope="col">{t('api_tokens.service_account.label')}</Table.Th>
                <Table.Th scope="col">{t('api_tokens.permissions.label')}</Table.Th>
                <Table.Th scope="col">{t('api_tokens.column.created')}</Table.Th>
                <Table.Th scope="col">{t('api_tokens.expires.label')}</Table.Th>
                <Table.Th scope="col">{t('api_tokens.column.last_used')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.items.length === 0 && <EmptyRow colSpan={7} text={t('api_tokens.empty')} />}
              {tokens.items.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Th scope="row" fw={400}>
                    {token.name}
                  </Table.Th>
                  <Table.Td className="mono">{token.serviceAccountLogin}</Table.Td>
                  <Table.Td>
                    <Text size="sm" title={token.permissions.join(', ')}>
                      {token.permissions.map((permission) => t(`permissions.${permission}`)).join('; ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{format.dateTime(token.createdAt)}</Table.Td>
                  <Table.Td>
                    {token.expiresAt ? format.dateTime(token.expiresAt) : t('api_tokens.expires.never')}
                  </Table.Td>
                  <Table.Td>
                    {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('api_tokens.never_used')}
                  </Table.Td>
                  <Table.Td>
                    {token.revokedAt ? (
                      <Badge variant="light" color="gray">
                        {t('api_tokens.revoked_badge')}
                      </Badge>
                    ) : (
                      <ConfirmButton
                        size="xs"
                        aria-label={t('api_tokens.revoke.label', { name: token.name })}
                        title={t('api_tokens.revoke.title')}
                        message={t('api_tokens.revoke.message', { name: token.name })}
                        confirmLabel={t('api_tokens.revoke.confirm')}
                        onConfirm={() => revoke.mutate(token)}
                      >
                        {t('api_tokens.revoke.button')}
                      </ConfirmButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <LoadMore
        hasNextPage={tokens.hasNextPage}
        isFetchingNextPage={tokens.isFetchingNextPage}
        onLoadMore={() => void tokens.fetchNextPage()}
      />
      <Paper withBorder p="md" component="section" aria-labelledby="api-token-create-heading">
        <Title order={2} size="h4" mb="sm" id="api-token-create-heading">
          {t('api_tokens.create.heading')}
        </Title>
        <ApiTokenCreateForm onCreated={setCreated} />
      </Paper>
    </Page>
  );
}
