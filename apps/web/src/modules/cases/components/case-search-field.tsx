import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { CaseSummary } from '@obieg/contracts/cases';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { CASE_STATUS_LABELS } from '../case-labels';
import { findCases } from '../cases.api';
import { casesKeys } from '../cases.queries';

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
 * A case found by words of its znak or title (at least two characters), chosen from the matches
 * as a radio button. `disableClosed` keeps closed cases on the list but not choosable (they take no
 * new documents); `excludeId` leaves a case out (the one being linked from).
 */
export function CaseSearchField({
  value,
  onChange,
  missing,
  disableClosed = false,
  excludeId,
}: {
  value: string;
  onChange: (caseId: string) => void;
  /** Nothing was chosen when the form was sent. */
  missing: boolean;
  disableClosed?: boolean;
  excludeId?: string;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const results = useQuery({
    queryKey: casesKeys.find(q),
    queryFn: () => findCases({ q }),
    enabled: q.length >= MIN_CHARS,
    placeholderData: keepPreviousData,
  });
  const items =
    q.length >= MIN_CHARS ? (results.data?.items ?? []).filter((item) => item.id !== excludeId) : [];
  return (
    <>
      <TextInput
        type="search"
        label={t('cases.find.search')}
        description={t('cases.find.search.description')}
        value={text}
        data-autofocus
        autoComplete="off"
        onChange={(event) => setText(event.currentTarget.value)}
      />
      {results.error && <ErrorAlert error={results.error} />}
      {q.length >= MIN_CHARS && (
        <Radio.Group
          label={t('cases.find.results', { count: items.length })}
          value={value}
          onChange={onChange}
          error={missing ? t('cases.find.required') : undefined}
        >
          <Stack gap={6} mt={6} aria-live="polite">
            {items.length === 0 && !results.isFetching && (
              <Text size="sm" c="dimmed">
                {t('cases.find.none')}
              </Text>
            )}
            {items.map((item) => (
              <Radio
                key={item.id}
                value={item.id}
                disabled={disableClosed && item.status === 'closed'}
                label={<CaseOption item={item} />}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </>
  );
}
