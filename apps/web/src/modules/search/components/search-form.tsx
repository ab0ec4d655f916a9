import { Button, Group, NativeSelect, Paper, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { SEARCH_TYPES, type SearchType } from '@obieg/contracts/search';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type Ref } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { sortUnitsBySymbol } from '../../organization/org-units.models';
import { orgUnitsQuery } from '../../organization/organization.queries';
import {
  JRWA_SYMBOL,
  applicableFilters,
  hasSearchFilters,
  withApplicableFilters,
  type GlobalSearch,
  type SearchStatus,
} from '../search.models';

const TYPE_FILTER_LABELS: Record<SearchType, MessageKey> = {
  incoming: 'search.filters.type.incoming',
  case: 'search.filters.type.case',
  document: 'search.filters.type.document',
  contact: 'search.filters.type.contact',
};

const STATUS_LABELS: Record<SearchStatus, MessageKey> = {
  open: 'cases.status.open',
  suspended: 'cases.status.suspended',
  closed: 'cases.status.closed',
  registered: 'correspondence.status.registered',
  cancelled: 'correspondence.status.cancelled',
};

/** How a change enters the history: a new search is a new entry ("back" returns to the last one). */
export type SearchChange = 'push' | 'replace';

/**
 * The words (searched on Enter or the button) and the filters (each applied at once; the JRWA
 * symbol on Enter or on leaving the box). Only the filters that apply to the chosen kind are shown.
 * Everything lives in the address, so the boxes follow it when it changes from elsewhere.
 */
export function SearchForm({
  search,
  onChange,
  wordsRef,
}: {
  search: GlobalSearch;
  /** Gets how to change the search as it is when the change is made (two quick changes both count). */
  onChange: (update: (current: GlobalSearch) => GlobalSearch, change: SearchChange) => void;
  wordsRef?: Ref<HTMLInputElement>;
}) {
  const t = useT();
  const units = sortUnitsBySymbol(useQuery({ ...orgUnitsQuery(), retry: false }).data ?? []);
  const jrwaRef = useRef<HTMLInputElement>(null);
  const [words, setWords] = useState({ text: search.q ?? '', applied: search.q });
  const [jrwa, setJrwa] = useState({ text: search.jrwaSymbol ?? '', applied: search.jrwaSymbol });
  if (words.applied !== search.q) setWords({ text: search.q ?? '', applied: search.q });
  if (jrwa.applied !== search.jrwaSymbol)
    setJrwa({ text: search.jrwaSymbol ?? '', applied: search.jrwaSymbol });

  const applicable = applicableFilters(search.type);
  const jrwaText = jrwa.text.trim();
  const jrwaInvalid = jrwaText !== '' && !JRWA_SYMBOL.test(jrwaText);
  const set = (patch: Partial<GlobalSearch>) =>
    onChange((current) => withApplicableFilters({ ...current, ...patch }), 'replace');
  const select = (value: string) => value || undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (applicable.jrwa && jrwaInvalid) {
      jrwaRef.current?.focus();
      return;
    }
    const q = words.text.trim() || undefined;
    const jrwaSymbol = applicable.jrwa ? jrwaText || undefined : undefined;
    onChange(
      (current) => withApplicableFilters({ ...current, q, jrwaSymbol }),
      q === search.q ? 'replace' : 'push',
    );
  };
  const applyJrwa = () => {
    if (jrwaInvalid) return;
    const jrwaSymbol = jrwaText || undefined;
    if (jrwaSymbol !== search.jrwaSymbol) set({ jrwaSymbol });
  };
  const statuses = applicable.statuses;
  const statusOptions = [
    { value: '', label: t('common.all') },
    ...(statuses.cases.length > 0
      ? [
          {
            group: t('search.filters.status.cases'),
            items: statuses.cases.map((value) => ({ value, label: t(STATUS_LABELS[value]) })),
          },
        ]
      : []),
    ...(statuses.incoming.length > 0
      ? [
          {
            group: t('search.filters.status.incoming'),
            items: statuses.incoming.map((value) => ({ value, label: t(STATUS_LABELS[value]) })),
          },
        ]
      : []),
  ];

  return (
    <Paper withBorder p="md">
      <form role="search" aria-label={t('search.form.label')} onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            ref={wordsRef}
            type="search"
            name="q"
            style={{ flex: 1, minWidth: 0 }}
            label={t('search.form.words.label')}
            description={t('search.form.words.description')}
            aria-keyshortcuts="/"
            value={words.text}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setWords((current) => ({ ...current, text }));
            }}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
          />
          <Button type="submit">{t('search.form.submit')}</Button>
        </Group>

        <Title order={2} size="h5" mt="md" mb="xs" id="search-filters-heading">
          {t('search.filters.heading')}
        </Title>
        <div role="group" aria-labelledby="search-filters-heading">
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="sm"
            verticalSpacing="xs"
            style={{ alignItems: 'start' }}
          >
            <NativeSelect
              label={t('search.filters.type.label')}
              value={search.type ?? ''}
              onChange={(event) => set({ type: select(event.currentTarget.value) as SearchType | undefined })}
              data={[
                { value: '', label: t('search.filters.type.all') },
                ...SEARCH_TYPES.map((type) => ({ value: type, label: t(TYPE_FILTER_LABELS[type]) })),
              ]}
            />
            {applicable.dates && (
              <>
                <TextInput
                  type="date"
                  label={t('search.filters.from.label')}
                  description={t('search.filters.dates.description')}
                  value={search.from ?? ''}
                  max={search.to}
                  onChange={(event) => set({ from: select(event.currentTarget.value) })}
                />
                <TextInput
                  type="date"
                  label={t('search.filters.to.label')}
                  value={search.to ?? ''}
                  min={search.from}
                  onChange={(event) => set({ to: select(event.currentTarget.value) })}
                />
              </>
            )}
            {statusOptions.length > 1 && (
              <NativeSelect
                label={t('search.filters.status.label')}
                value={search.status ?? ''}
                onChange={(event) =>
                  set({ status: select(event.currentTarget.value) as SearchStatus | undefined })
                }
                data={statusOptions}
              />
            )}
            {applicable.unit && (
              <NativeSelect
                label={t('search.filters.unit.label')}
                description={t('search.filters.unit.description')}
                value={search.unitId ?? ''}
                onChange={(event) => set({ unitId: select(event.currentTarget.value) })}
                data={[
                  { value: '', label: t('common.all') },
                  ...units.map((unit) => ({ value: unit.id, label: `${unit.symbol} — ${unit.name}` })),
                ]}
              />
            )}
            {applicable.jrwa && (
              <TextInput
                ref={jrwaRef}
                label={t('search.filters.jrwa.label')}
                description={t('search.filters.jrwa.description')}
                error={jrwaInvalid ? t('search.filters.jrwa.invalid') : undefined}
                value={jrwa.text}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  setJrwa((current) => ({ ...current, text }));
                }}
                onBlur={applyJrwa}
                inputMode="numeric"
                maxLength={10}
                autoComplete="off"
                classNames={{ input: 'mono' }}
              />
            )}
          </SimpleGrid>
        </div>
        <Group mt="sm" justify="space-between" gap="sm">
          <Text size="xs" c="dimmed">
            {t('search.form.shortcut')}
          </Text>
          {hasSearchFilters(search) && (
            <Button
              variant="default"
              size="xs"
              onClick={() => onChange((current) => ({ q: current.q }), 'replace')}
            >
              {t('common.filters.clear')}
            </Button>
          )}
        </Group>
      </form>
    </Paper>
  );
}
