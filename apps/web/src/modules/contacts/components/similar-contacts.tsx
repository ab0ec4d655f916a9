import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ContactListItem } from '@obieg/contracts/contacts';
import {
  isValidKrs,
  isValidNip,
  isValidPesel,
  isValidRegon,
  normalizeNip,
} from '@obieg/contracts/identifiers';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import type { ContactFormValues } from '../contact-form.models';
import { searchContacts, suggestContacts } from '../contacts.api';
import { contactsKeys } from '../contacts.queries';
import { ContactListItemView } from './contact-list-item';

const DEBOUNCE_MS = 300;

/** The first identifier typed in full and valid, digits only: worth asking whether it is already known. */
export function typedIdentifier(values: ContactFormValues): string | null {
  const candidates: [string, (value: string) => boolean, (value: string) => string][] =
    values.kind === 'person'
      ? [[values.pesel, isValidPesel, (value) => value.trim()]]
      : [
          [values.nip, isValidNip, normalizeNip],
          [values.regon, isValidRegon, (value) => value.trim()],
          [values.krs, isValidKrs, (value) => value.trim()],
        ];
  for (const [value, valid, normalize] of candidates) {
    if (value.trim() !== '' && valid(value)) return normalize(value);
  }
  return null;
}

export function typedName(values: ContactFormValues): string {
  return (values.kind === 'person' ? `${values.surname} ${values.givenNames}` : values.name).trim();
}

/**
 * "Podobne kontakty": while a new contact is typed, the office's contacts with the same identifier
 * (an exact search) or a similar name (`/contacts/suggestions`), each a link to its card.
 */
export function SimilarContacts({ values, exceptId }: { values: ContactFormValues; exceptId?: string }) {
  const t = useT();
  const headingId = useId();
  const [name] = useDebouncedValue(typedName(values), DEBOUNCE_MS);
  const [identifier] = useDebouncedValue(typedIdentifier(values), DEBOUNCE_MS);

  const byName = useQuery({
    queryKey: contactsKeys.suggestions('name', name),
    queryFn: ({ signal }) => suggestContacts({ name, signal }),
    enabled: name.length >= 2,
    placeholderData: keepPreviousData,
    select: (data) => data.items,
  });
  const byIdentifier = useQuery({
    queryKey: contactsKeys.suggestions('identifier', identifier ?? ''),
    queryFn: ({ signal }) => searchContacts({ q: identifier ?? '', limit: 5, signal }),
    enabled: identifier !== null,
    select: (data) => data.items,
  });

  const sameIdentifier = identifier ? (byIdentifier.data ?? []) : [];
  const sameIds = new Set(sameIdentifier.map((contact) => contact.id));
  const similarName = (name.length >= 2 ? (byName.data ?? []) : []).filter(
    (contact) => !sameIds.has(contact.id),
  );
  const rows: { contact: ContactListItem; sameIdentifier: boolean }[] = [
    ...sameIdentifier.map((contact) => ({ contact, sameIdentifier: true })),
    ...similarName.map((contact) => ({ contact, sameIdentifier: false })),
  ].filter((row) => row.contact.id !== exceptId);

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      aria-live="polite"
      aria-atomic="false"
    >
      <Title order={2} size="h4" id={headingId} mb="xs">
        {t('contacts.similar.heading')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('contacts.similar.none')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map(({ contact, sameIdentifier: same }) => (
            <li key={contact.id}>
              <Stack gap={4}>
                {same && (
                  <Group>
                    <Badge color="red" variant="light">
                      {t('contacts.similar.same_identifier')}
                    </Badge>
                  </Group>
                )}
                <ContactListItemView
                  contact={contact}
                  name={
                    <AnchorLink to="/contacts/$contactId" params={{ contactId: contact.id }} fw={600}>
                      {contact.displayName}
                    </AnchorLink>
                  }
                />
              </Stack>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
