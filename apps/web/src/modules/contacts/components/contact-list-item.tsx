import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ContactListItem } from '@obieg/contracts/contacts';
import type { ReactNode } from 'react';
import { useT } from '../../../locales/i18n-context';
import { formatAddress } from '../contact-form.models';

/** Identifiers of a contact as the list shows them ("PESEL *******1234", "NIP 1234563218"). */
export function contactIdentifiers(contact: Pick<ContactListItem, 'pesel' | 'nip' | 'regon' | 'krs'>) {
  return (
    [
      ['PESEL', contact.pesel],
      ['NIP', contact.nip],
      ['REGON', contact.regon],
      ['KRS', contact.krs],
    ] as const
  )
    .filter(([, value]) => value)
    .map(([label, value]) => `${label} ${value}`);
}

/** One search result or suggestion: name, kind, identifiers, where; a hint when data is masked. */
export function ContactListItemView({ contact, name }: { contact: ContactListItem; name?: ReactNode }) {
  const t = useT();
  const identifiers = contactIdentifiers(contact);
  const places = contact.addresses.map((address) => formatAddress(t, address)).filter(Boolean);
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap">
        {name ?? (
          <Text fw={600} component="span">
            {contact.displayName}
          </Text>
        )}
        <Badge variant="light" color={contact.kind === 'person' ? 'blue' : 'grape'} size="sm">
          {t(contact.kind === 'person' ? 'contacts.kind.person' : 'contacts.kind.institution')}
        </Badge>
      </Group>
      {identifiers.length > 0 && (
        <Text size="sm" className="mono" component="span">
          {identifiers.join(' · ')}
        </Text>
      )}
      {places.length > 0 && (
        <Text size="sm" component="span">
          {places.join('; ')}
        </Text>
      )}
      {contact.masked && (
        <Text size="sm" c="dimmed" fs="italic" component="span">
          {t('contacts.search.masked_hint')}
        </Text>
      )}
    </Stack>
  );
}
