import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { CaseSummary } from '@obieg/contracts/cases';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { addCaseDocument, findCases } from '../cases.api';
import { casesKeys, refreshCaseFile } from '../cases.queries';
import { CASE_STATUS_LABELS } from '../case-labels';
import { ActionDialog } from './action-dialog';

const MIN_CHARS = 2;

function CaseOption({ item }: { item: CaseSummary }) {
  const t = useT();
  return (
    <span>
      <Text component="span" size="sm" fw={700} className="mono">
        {item.sign}
      </Text>{' '}
      <Text component="span" size="sm">
        {item.title}
      </Text>
      {item.status === 'closed' && (
        <Text component="span" size="sm" c="dimmed">
          {' '}
          ({t(CASE_STATUS_LABELS.closed)})
        </Text>
      )}
    </span>
  );
}

/**
 * Attaching an incoming item to a case already open (dołączenie do sprawy): the case is found by
 * words of its znak or title; a closed case cannot take new documents, so it is not offered.
 */
export function AttachToCaseDialog({
  itemId,
  rpwNumber,
  opened,
  onClose,
  onAttached,
}: {
  itemId: string;
  rpwNumber: string;
  opened: boolean;
  onClose: () => void;
  onAttached: (caseId: string) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);
  const [q] = useDebouncedValue(text.trim(), 250);
  const results = useQuery({
    queryKey: casesKeys.find(q),
    queryFn: () => findCases({ q }),
    enabled: q.length >= MIN_CHARS,
    placeholderData: keepPreviousData,
  });
  const items = q.length >= MIN_CHARS ? (results.data?.items ?? []) : [];
  const mutation = useMutation({
    mutationFn: (caseId: string) =>
      addCaseDocument({ id: caseId, input: { kind: 'incoming', incomingId: itemId } }),
    onSuccess: async (_document, caseId) => {
      await refreshCaseFile(queryClient, caseId);
      onAttached(caseId);
    },
  });
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.attach.title', { number: rpwNumber })}
      submitLabel={t('cases.attach.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={() => {
        setMissing(!chosen);
        if (chosen) mutation.mutate(chosen);
      }}
    >
      <TextInput
        type="search"
        label={t('cases.attach.search')}
        description={t('cases.attach.search.description')}
        value={text}
        data-autofocus
        autoComplete="off"
        onChange={(event) => setText(event.currentTarget.value)}
      />
      {results.error && <ErrorAlert error={results.error} />}
      {q.length >= MIN_CHARS && (
        <Radio.Group
          label={t('cases.attach.results', { count: items.length })}
          value={chosen}
          onChange={(value) => {
            setChosen(value);
            setMissing(false);
          }}
          error={missing ? t('cases.attach.required') : undefined}
        >
          <Stack gap={6} mt={6} aria-live="polite">
            {items.length === 0 && !results.isFetching && (
              <Text size="sm" c="dimmed">
                {t('cases.attach.none')}
              </Text>
            )}
            {items.map((item) => (
              <Radio
                key={item.id}
                value={item.id}
                disabled={item.status === 'closed'}
                label={<CaseOption item={item} />}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </ActionDialog>
  );
}
