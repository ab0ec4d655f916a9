import { Stack, Table, Text } from '@mantine/core';
import type { Contact } from '@obieg/contracts/contacts';
import type { MessageKey } from '../../../locales/i18n';
import type { ReactNode } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { formatAddress } from '../contact-form.models';

/** The full record, read-only, as a two-column table (field, value). */
export function ContactDetails({ contact }: { contact: Contact }) {
  const t = useT();
  const format = useFormatters();
  const none = t('common.none');
  const identity: Array<[MessageKey, string | null]> =
    contact.kind === 'person'
      ? [
          ['contacts.form.given_names.label', contact.givenNames],
          ['contacts.form.surname.label', contact.surname],
          ['contacts.form.pesel.label', contact.pesel],
        ]
      : [
          ['contacts.form.name.label', contact.name],
          ['contacts.form.nip.label', contact.nip],
          ['contacts.form.regon.label', contact.regon],
          ['contacts.form.krs.label', contact.krs],
        ];
  const rows: Array<[string, ReactNode]> = [
    [
      t('contacts.form.kind.label'),
      t(contact.kind === 'person' ? 'contacts.kind.person' : 'contacts.kind.institution'),
    ],
    ...identity.map(([key, value]): [string, ReactNode] => [t(key), value ?? none]),
    [
      t('contacts.form.section.addresses'),
      contact.addresses.length === 0 ? (
        none
      ) : (
        <Stack gap={2}>
          {contact.addresses.map((address, index) => (
            <Text key={index} size="sm">
              {formatAddress(t, address)}
            </Text>
          ))}
        </Stack>
      ),
    ],
    [t('contacts.card.emails'), contact.emails.length > 0 ? contact.emails.join(', ') : none],
    [t('contacts.card.phones'), contact.phones.length > 0 ? contact.phones.join(', ') : none],
    [t('contacts.form.epuap_box.label'), contact.epuapBox ?? none],
    [t('contacts.form.edelivery_address.label'), contact.edeliveryAddress ?? none],
    [t('contacts.form.remarks.label'), contact.remarks ?? none],
    [t('contacts.card.created_at'), format.dateTime(contact.createdAt)],
    [t('contacts.card.updated_at'), format.dateTime(contact.updatedAt)],
  ];
  return (
    <Table variant="vertical" withTableBorder data-testid="contact-details">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={240}>
              {label}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
