import { Button, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { useCan } from '../../auth/auth.queries';
import { ContactListItemView } from '../components/contact-list-item';
import { searchContacts } from '../contacts.api';
import { contactsKeys } from '../contacts.queries';

export const SEARCH_DEBOUNCE_MS = 150;
const LIMIT = 20;

/**
 * Baza teleadresowa: search as you type. The box is a WAI-ARIA combobox over the result list:
 * ↓/↑ move through the results, Enter opens the one selected, Escape clears the box.
 */
export function ContactsPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const listId = useId();
  const countId = useId();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  // The highlighted result belongs to the query it was chosen in; a new query starts with none.
  const [selection, setSelection] = useState({ q: '', index: -1 });
  const active = selection.q === q ? selection.index : -1;
  const setActive = (next: (current: number) => number) => setSelection({ q, index: next(active) });
  const results = useQuery({
    queryKey: contactsKeys.search(q),
    queryFn: ({ signal }) => searchContacts({ q: q || undefined, limit: LIMIT, signal }),
    placeholderData: keepPreviousData,
  });
  const items = results.data?.items ?? [];
  const more = Boolean(results.data?.nextCursor);

  const open = (id: string) => void navigate({ to: '/contacts/$contactId', params: { contactId: id } });
  const optionId = (index: number) => `${listId}-option-${index}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      setActive((current) => (current + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault();
      setActive((current) => (current <= 0 ? items.length - 1 : current - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = items[active] ?? (items.length === 1 ? items[0] : undefined);
      if (chosen) open(chosen.id);
    } else if (event.key === 'Escape') {
      setSearch('');
    }
  };

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(`${listId}-option-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, listId]);

  const count = more
    ? t('contacts.search.count_more', { count: items.length })
    : t('contacts.search.count', { count: items.length });

  return (
    <Page
      title={t('contacts.title')}
      actions={
        can('contacts:manage') && (
          <Button component={Link} to="/contacts/new">
            {t('contacts.create.button')}
          </Button>
        )
      }
    >
      <TextInput
        type="search"
        label={t('contacts.search.label')}
        description={t('contacts.search.description')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        maw={560}
      />
      <Text id={countId} aria-live="polite" size="sm" fw={500}>
        {results.isPending ? t('common.loading') : count}
      </Text>
      {results.error && <ErrorAlert error={results.error} />}
      {results.isPending ? (
        <LoadingState />
      ) : (
        <ul
          id={listId}
          role="listbox"
          aria-label={t('contacts.search.results')}
          aria-describedby={countId}
          className="contact-results"
        >
          {items.map((contact, index) => (
            // The input keeps the focus (aria-activedescendant); a click opens the card too.
            <li
              key={contact.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="contact-result"
              data-active={index === active || undefined}
              onClick={() => open(contact.id)}
              onMouseEnter={() => setActive(() => index)}
            >
              <ContactListItemView contact={contact} />
            </li>
          ))}
        </ul>
      )}
      {!results.isPending && items.length === 0 && <Text>{t('contacts.search.empty')}</Text>}
    </Page>
  );
}
