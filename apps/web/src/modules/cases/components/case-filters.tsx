import { Button, Checkbox, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { CASE_STATUSES, type CaseStatus } from '@obieg/contracts/cases';
import { useQuery } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { sortUnitsBySymbol } from '../../organization/org-units.models';
import { orgUnitsQuery } from '../../organization/organization.queries';
import { CASE_STATUS_LABELS } from '../case-labels';
import { caseYears, hasCaseFilters, type CaseSearch } from '../case-search.models';

const WORDS_DEBOUNCE_MS = 300;

/**
 * The case list's filters, each applied at once (words after a short pause or Enter), kept in the
 * address. "Only cases I handle" is on by default.
 */
export function CaseFilters({
  search,
  onChange,
  wordsRef,
}: {
  search: CaseSearch;
  onChange: (next: CaseSearch) => void;
  wordsRef?: Ref<HTMLInputElement>;
}) {
  const t = useT();
  const units = sortUnitsBySymbol(useQuery({ ...orgUnitsQuery(), retry: false }).data ?? []);
  const [words, setWords] = useState({ text: search.q ?? '', applied: search.q });
  if (words.applied !== search.q) setWords({ text: search.q ?? '', applied: search.q });
  const applyWords = (text: string) => {
    const q = text.trim() || undefined;
    if (q === search.q) return;
    setWords({ text, applied: q });
    onChange({ ...search, q });
  };
  const applyWordsLater = useDebouncedCallback(applyWords, WORDS_DEBOUNCE_MS);
  const set = (patch: Partial<CaseSearch>) => onChange({ ...search, ...patch });
  const select = (value: string) => value || undefined;
  const years = caseYears(Number(todayInOffice().slice(0, 4)));

  return (
    <div role="search" aria-label={t('cases.filters.label')}>
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 4 }}
        spacing="sm"
        verticalSpacing="xs"
        style={{ alignItems: 'end' }}
      >
        <TextInput
          ref={wordsRef}
          type="search"
          label={t('cases.filters.words.label')}
          description={t('cases.filters.words.description')}
          aria-keyshortcuts="/"
          value={words.text}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setWords((current) => ({ ...current, text }));
            applyWordsLater(text);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') applyWords(event.currentTarget.value);
          }}
          autoComplete="off"
          spellCheck={false}
        />
        <NativeSelect
          label={t('cases.filters.status.label')}
          value={search.status ?? ''}
          onChange={(event) => set({ status: select(event.currentTarget.value) as CaseStatus | undefined })}
          data={[
            { value: '', label: t('common.all') },
            ...CASE_STATUSES.map((status) => ({ value: status, label: t(CASE_STATUS_LABELS[status]) })),
          ]}
        />
        <NativeSelect
          label={t('cases.filters.unit.label')}
          value={search.unitId ?? ''}
          onChange={(event) => set({ unitId: select(event.currentTarget.value) })}
          data={[
            { value: '', label: t('common.all') },
            ...units.map((unit) => ({ value: unit.id, label: `${unit.symbol} — ${unit.name}` })),
          ]}
        />
        <NativeSelect
          label={t('cases.filters.year.label')}
          value={search.year ? String(search.year) : ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            set({ year: value ? Number(value) : undefined });
          }}
          data={[{ value: '', label: t('common.all') }, ...years.map((year) => String(year))]}
        />
      </SimpleGrid>
      <Group mt="sm" justify="space-between" gap="sm">
        <Checkbox
          label={t('cases.filters.mine.label')}
          checked={!search.all}
          onChange={(event) => set({ all: event.currentTarget.checked ? undefined : true })}
        />
        {hasCaseFilters(search) && (
          <Button variant="default" size="xs" onClick={() => onChange({})}>
            {t('common.filters.clear')}
          </Button>
        )}
      </Group>
    </div>
  );
}
