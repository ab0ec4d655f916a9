import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { DISPATCH_CHANNELS, DISPATCH_ITEM_STATUSES } from '@obieg/contracts/dispatch';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { CHANNEL_LABELS, STATUS_LABELS } from '../dispatch-labels';
import { hasRegisterFilters, type OutgoingSearch } from '../outgoing-search.models';

const WORDS_DEBOUNCE_MS = 300;

/** This year and the ten before it, newest first. */
const registerYears = (current: number) => Array.from({ length: 11 }, (_, index) => current - index);

/**
 * The outgoing register's filters; each applies at once (words after a short pause or Enter) and
 * lives in the address. A change of filter goes back to the first page.
 */
export function RegisterFilters({
  search,
  onChange,
}: {
  search: OutgoingSearch;
  onChange: (patch: Partial<OutgoingSearch>) => void;
}) {
  const t = useT();
  const [words, setWords] = useState({ text: search.q ?? '', applied: search.q });
  if (words.applied !== search.q) setWords({ text: search.q ?? '', applied: search.q });
  const currentYear = Number(todayInOffice().slice(0, 4));

  const set = (patch: Partial<OutgoingSearch>) => onChange({ ...patch, page: undefined });
  const applyWords = (text: string) => {
    const q = text.trim() || undefined;
    if (q === search.q) return;
    setWords({ text, applied: q });
    set({ q });
  };
  const applyWordsLater = useDebouncedCallback(applyWords, WORDS_DEBOUNCE_MS);
  const select = (value: string) => value || undefined;

  return (
    <div role="search" aria-label={t('dispatch.register.filters.label')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
        <TextInput
          type="search"
          label={t('dispatch.register.filters.words')}
          description={t('dispatch.register.filters.words.description')}
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
          label={t('dispatch.register.filters.year')}
          value={search.year === undefined ? '' : String(search.year)}
          onChange={(event) =>
            set({ year: event.currentTarget.value ? Number(event.currentTarget.value) : undefined })
          }
          data={[
            { value: '', label: t('common.all') },
            ...registerYears(currentYear).map((year) => ({ value: String(year), label: String(year) })),
          ]}
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            type="date"
            label={t('dispatch.register.filters.from')}
            value={search.from ?? ''}
            onChange={(event) => set({ from: select(event.currentTarget.value) })}
          />
          <TextInput
            type="date"
            label={t('dispatch.register.filters.to')}
            value={search.to ?? ''}
            onChange={(event) => set({ to: select(event.currentTarget.value) })}
          />
        </SimpleGrid>
        <NativeSelect
          label={t('dispatch.field.channel')}
          value={search.channel ?? ''}
          onChange={(event) =>
            set({ channel: select(event.currentTarget.value) as OutgoingSearch['channel'] })
          }
          data={[
            { value: '', label: t('common.all') },
            ...DISPATCH_CHANNELS.map((channel) => ({ value: channel, label: t(CHANNEL_LABELS[channel]) })),
          ]}
        />
        <NativeSelect
          label={t('dispatch.field.status')}
          value={search.state ?? ''}
          onChange={(event) => set({ state: select(event.currentTarget.value) as OutgoingSearch['state'] })}
          data={[
            { value: '', label: t('common.all') },
            ...DISPATCH_ITEM_STATUSES.map((status) => ({ value: status, label: t(STATUS_LABELS[status]) })),
          ]}
        />
      </SimpleGrid>
      {hasRegisterFilters(search) && (
        <Group mt="sm">
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              onChange({
                year: undefined,
                from: undefined,
                to: undefined,
                channel: undefined,
                state: undefined,
                q: undefined,
                page: undefined,
              })
            }
          >
            {t('common.filters.clear')}
          </Button>
        </Group>
      )}
    </div>
  );
}
