import { Badge, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ContactListItem } from '@obieg/contracts/contacts';
import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useT } from '../../../locales/i18n-context';
import { searchContacts } from '../../contacts/contacts.api';
import { contactsKeys } from '../../contacts/contacts.queries';
import { contactIdentifiers } from '../../contacts/components/contact-list-item';

export const SENDER_SEARCH_DEBOUNCE_MS = 120;
const MIN_CHARS = 2;
const LIMIT = 8;

const senderSearchQuery = (q: string) =>
  queryOptions({
    queryKey: [...contactsKeys.search(q), LIMIT],
    queryFn: ({ signal }) => searchContacts({ q, limit: LIMIT, signal }),
    staleTime: 30_000,
  });

type Option = { type: 'contact'; contact: ContactListItem } | { type: 'create' };

/** "PESEL *******1359 · Łódź": what tells two people of the same name apart (masked in lists). */
export function senderHint(contact: ContactListItem): string {
  const cities = [...new Set(contact.addresses.map((address) => address.city).filter(Boolean))];
  return [...contactIdentifiers(contact), ...cities].join(' · ');
}

/**
 * The sender box: a WAI-ARIA combobox over the address book. The first match is highlighted, so
 * typing a few letters and Enter picks it (an Enter pressed before the answer arrives waits for
 * it); ↓/↑ move, Escape closes. With `onCreate`, the last option adds a new sender from the text.
 */
export function SenderCombobox({
  label,
  description,
  text,
  chosen,
  hint,
  onTextChange,
  onSelect,
  onCreate,
  onAdvance,
  error,
  required,
  inputRef,
}: {
  label: string;
  description?: string;
  text: string;
  /** The text is a sender already chosen (no search); `hint` tells which one. */
  chosen: boolean;
  hint?: string;
  onTextChange: (text: string) => void;
  onSelect: (contact: ContactListItem) => void;
  onCreate?: (text: string) => void;
  /** Enter pressed before the answer: the focus may move on at once (the choice follows). */
  onAdvance?: () => void;
  error?: ReactNode;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const t = useT();
  const listId = useId();
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const queryClient = useQueryClient();
  const latestText = useRef(text);
  const typed = text.trim();
  const searching = !chosen && typed.length >= MIN_CHARS;
  const [q] = useDebouncedValue(searching ? typed : '', SENDER_SEARCH_DEBOUNCE_MS);
  const results = useQuery({
    ...senderSearchQuery(q),
    enabled: q.length >= MIN_CHARS,
    placeholderData: keepPreviousData,
  });
  /** The answer belongs to what is typed now (not to an earlier prefix still on screen). */
  const current = searching && q === typed && results.isSuccess && !results.isPlaceholderData;
  // While the next answer is on its way the previous one stays on screen, but never one left over
  // from before the box was emptied.
  const contacts = searching && q !== '' ? (results.data?.items ?? []) : [];
  const options: Option[] = [
    ...contacts.map((contact): Option => ({ type: 'contact', contact })),
    ...(onCreate && searching && current ? [{ type: 'create' } as const] : []),
  ];
  const [selection, setSelection] = useState({ q: '', index: 0 });
  const active = selection.q === q ? Math.min(selection.index, options.length - 1) : 0;
  const expanded = focused && !dismissed && searching && options.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (option.type === 'contact') onSelect(option.contact);
    else onCreate?.(typed);
  };

  /** Enter pressed before the answer for the text typed is in: ask now, pick its first match. */
  const chooseWhenAnswered = (asked: string) => {
    onAdvance?.();
    void queryClient.fetchQuery(senderSearchQuery(asked)).then(
      (data) => {
        if (latestText.current.trim() !== asked) return;
        const first = data.items[0];
        if (first) onSelect(first);
        else onCreate?.(asked);
      },
      () => undefined,
    );
  };

  useEffect(() => {
    if (expanded) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setDismissed(false);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setSelection({ q, index: (active + step + options.length) % options.length });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!searching) return;
      if (current) choose(options[active]);
      else chooseWhenAnswered(typed);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setDismissed(true);
    }
  };

  return (
    <div className="sender-combobox">
      <TextInput
        ref={inputRef}
        label={label}
        description={description}
        required={required}
        error={error}
        value={text}
        onChange={(event) => {
          setDismissed(false);
          latestText.current = event.currentTarget.value;
          onTextChange(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        data-sender-input
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('correspondence.sender.results')}
        className="sender-options"
        hidden={!expanded}
        // Keeps the focus in the box while an option is clicked.
        onMouseDown={(event) => event.preventDefault()}
      >
        {options.map((option, index) => (
          <li
            key={option.type === 'contact' ? option.contact.id : 'create'}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="sender-option"
            onClick={() => choose(option)}
            onMouseEnter={() => setSelection({ q, index })}
          >
            {option.type === 'contact' ? (
              <SenderOption contact={option.contact} />
            ) : (
              <Text size="sm" fw={600}>
                {t('correspondence.sender.create', { text: typed })}
              </Text>
            )}
          </li>
        ))}
      </ul>
      {chosen && hint !== undefined && (
        <Text size="sm" c="dimmed" mt={4} data-testid="sender-hint">
          {hint || t('correspondence.sender.no_details')}
        </Text>
      )}
    </div>
  );
}

function SenderOption({ contact }: { contact: ContactListItem }) {
  const t = useT();
  const hint = senderHint(contact);
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} component="span">
          {contact.displayName}
        </Text>
        <Badge variant="light" color={contact.kind === 'person' ? 'blue' : 'grape'} size="xs">
          {t(contact.kind === 'person' ? 'contacts.kind.person' : 'contacts.kind.institution')}
        </Badge>
      </Group>
      {hint && (
        <Text size="xs" className="sender-option-hint">
          {hint}
        </Text>
      )}
    </>
  );
}
