import { Button, Checkbox, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import { useT } from '../../../locales/i18n-context';
import { sortUnitsBySymbol } from '../../organization/org-units.models';
import { organsQuery, orgUnitsQuery } from '../../organization/organization.queries';
import { activeSorted, deliveryMethodsQuery } from '../correspondence.queries';
import { hasFilters, type IncomingSearch, type IncomingStatus } from '../incoming-search.models';
import { STATUS_LABELS } from './incoming-options';
import { SenderCombobox } from './sender-combobox';

const WORDS_DEBOUNCE_MS = 300;

/**
 * The register's filters; each applies at once (words after a short pause or Enter). They live in
 * the address, so the text boxes follow it when it changes from elsewhere (clearing, "back").
 */
export function IncomingFilters({
  search,
  onChange,
  wordsRef,
}: {
  search: IncomingSearch;
  onChange: (next: IncomingSearch) => void;
  wordsRef?: Ref<HTMLInputElement>;
}) {
  const t = useT();
  const methods = activeSorted(useQuery(deliveryMethodsQuery()).data ?? []);
  const organs = useQuery({ ...organsQuery(), retry: false }).data ?? [];
  const units = sortUnitsBySymbol(useQuery({ ...orgUnitsQuery(), retry: false }).data ?? []);
  const [words, setWords] = useState({ text: search.q ?? '', applied: search.q });
  const [sender, setSender] = useState({ text: search.senderName ?? '', applied: search.sender });
  if (words.applied !== search.q) setWords({ text: search.q ?? '', applied: search.q });
  if (sender.applied !== search.sender) setSender({ text: search.senderName ?? '', applied: search.sender });

  const applyWords = (text: string) => {
    const q = text.trim() || undefined;
    if (q === search.q) return;
    setWords({ text, applied: q });
    onChange({ ...search, q });
  };
  const applyWordsLater = useDebouncedCallback(applyWords, WORDS_DEBOUNCE_MS);
  const set = (patch: Partial<IncomingSearch>) => onChange({ ...search, ...patch });
  const select = (value: string) => value || undefined;

  return (
    <div role="search" aria-label={t('correspondence.filters.label')}>
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 4 }}
        spacing="sm"
        verticalSpacing="xs"
        style={{ alignItems: 'end' }}
      >
        <TextInput
          ref={wordsRef}
          type="search"
          label={t('correspondence.filters.words.label')}
          description={t('correspondence.filters.words.description')}
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
        <SenderCombobox
          label={t('correspondence.filters.sender.label')}
          description={t('correspondence.filters.sender.description')}
          text={sender.text}
          chosen={Boolean(search.sender) && sender.text === (search.senderName ?? '')}
          onTextChange={(text) => {
            setSender((current) => ({ ...current, text }));
            if (text.trim() === '' && search.sender) {
              setSender({ text, applied: undefined });
              set({ sender: undefined, senderName: undefined });
            }
          }}
          onSelect={(contact) => {
            setSender({ text: contact.displayName, applied: contact.id });
            set({ sender: contact.id, senderName: contact.displayName });
          }}
        />
        <TextInput
          type="date"
          label={t('correspondence.filters.from.label')}
          value={search.from ?? ''}
          onChange={(event) => set({ from: select(event.currentTarget.value) })}
        />
        <TextInput
          type="date"
          label={t('correspondence.filters.to.label')}
          value={search.to ?? ''}
          onChange={(event) => set({ to: select(event.currentTarget.value) })}
        />
        <NativeSelect
          label={t('correspondence.form.delivery_method.label')}
          value={search.deliveryMethod ?? ''}
          onChange={(event) => set({ deliveryMethod: select(event.currentTarget.value) })}
          data={[
            { value: '', label: t('common.all') },
            ...methods.map((method) => ({ value: method.code, label: method.name })),
          ]}
        />
        {organs.length > 1 && (
          <NativeSelect
            label={t('correspondence.form.organ.label')}
            value={search.organId ?? ''}
            onChange={(event) => set({ organId: select(event.currentTarget.value) })}
            data={[
              { value: '', label: t('common.all') },
              ...organs.map((organ) => ({ value: organ.id, label: organ.name })),
            ]}
          />
        )}
        <NativeSelect
          label={t('correspondence.filters.unit.label')}
          value={search.unitId ?? ''}
          onChange={(event) => set({ unitId: select(event.currentTarget.value) })}
          data={[
            { value: '', label: t('common.all') },
            ...units.map((unit) => ({ value: unit.id, label: `${unit.symbol} — ${unit.name}` })),
          ]}
        />
        <NativeSelect
          label={t('correspondence.filters.status.label')}
          value={search.status ?? ''}
          onChange={(event) =>
            set({ status: select(event.currentTarget.value) as IncomingStatus | undefined })
          }
          data={[
            { value: '', label: t('common.all') },
            { value: 'registered', label: t(STATUS_LABELS.registered) },
            { value: 'cancelled', label: t(STATUS_LABELS.cancelled) },
          ]}
        />
      </SimpleGrid>
      <Group mt="sm" justify="space-between" gap="sm">
        <Checkbox
          label={t('correspondence.filters.lacks_scan.label')}
          checked={search.lacksScan === true}
          onChange={(event) => set({ lacksScan: event.currentTarget.checked || undefined })}
        />
        {hasFilters(search) && (
          <Button variant="default" size="xs" onClick={() => onChange({ sort: search.sort })}>
            {t('common.filters.clear')}
          </Button>
        )}
      </Group>
    </div>
  );
}
