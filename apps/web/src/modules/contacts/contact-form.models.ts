import type { Contact, ContactAddress } from '@obieg/contracts/contacts';
import type { Translate } from '../../locales/i18n';
import { blankToNull, type FieldMessages } from '../../shared/forms/validation';

export type ContactKind = Contact['kind'];

export type AddressValues = {
  street: string;
  building: string;
  flat: string;
  postalCode: string;
  city: string;
  poBox: string;
  country: string;
};
export const ADDRESS_FIELDS = [
  'street',
  'building',
  'flat',
  'postalCode',
  'city',
  'poBox',
  'country',
] as const;

export type ContactFormValues = {
  kind: ContactKind;
  givenNames: string;
  surname: string;
  pesel: string;
  name: string;
  nip: string;
  regon: string;
  krs: string;
  addresses: AddressValues[];
  emails: string[];
  phones: string[];
  epuapBox: string;
  edeliveryAddress: string;
  remarks: string;
};

export const emptyAddress = (): AddressValues => ({
  street: '',
  building: '',
  flat: '',
  postalCode: '',
  city: '',
  poBox: '',
  country: 'PL',
});

export const emptyContactValues = (kind: ContactKind = 'person'): ContactFormValues => ({
  kind,
  givenNames: '',
  surname: '',
  pesel: '',
  name: '',
  nip: '',
  regon: '',
  krs: '',
  addresses: [emptyAddress()],
  emails: [],
  phones: [],
  epuapBox: '',
  edeliveryAddress: '',
  remarks: '',
});

const toAddressValues = (address: ContactAddress): AddressValues => ({
  street: address.street ?? '',
  building: address.building ?? '',
  flat: address.flat ?? '',
  postalCode: address.postalCode ?? '',
  city: address.city,
  poBox: address.poBox ?? '',
  country: address.country,
});

export function toContactFormValues(contact: Contact): ContactFormValues {
  return {
    kind: contact.kind,
    givenNames: contact.givenNames ?? '',
    surname: contact.surname ?? '',
    pesel: contact.pesel ?? '',
    name: contact.name ?? '',
    nip: contact.nip ?? '',
    regon: contact.regon ?? '',
    krs: contact.krs ?? '',
    addresses: contact.addresses.length > 0 ? contact.addresses.map(toAddressValues) : [emptyAddress()],
    emails: [...contact.emails],
    phones: [...contact.phones],
    epuapBox: contact.epuapBox ?? '',
    edeliveryAddress: contact.edeliveryAddress ?? '',
    remarks: contact.remarks ?? '',
  };
}

/** Optional text left empty is not sent at all (create) … */
const optional = (value: string) => blankToNull(value) ?? undefined;

function toAddressInput(address: AddressValues) {
  return {
    street: optional(address.street),
    building: optional(address.building),
    flat: optional(address.flat),
    postalCode: optional(address.postalCode),
    city: address.city.trim(),
    poBox: optional(address.poBox),
    country: address.country.trim().toUpperCase() || 'PL',
  };
}

const filled = (values: string[]) => values.map((value) => value.trim()).filter((value) => value !== '');

/** Form text → the POST body (checked with `createContactInputSchema` before sending). */
export function toCreateContactInput(values: ContactFormValues) {
  const channels = {
    addresses: values.addresses.map(toAddressInput),
    emails: values.emails.map((value) => value.trim()),
    phones: values.phones.map((value) => value.trim()),
    epuapBox: optional(values.epuapBox),
    edeliveryAddress: optional(values.edeliveryAddress),
    remarks: optional(values.remarks),
  };
  return values.kind === 'person'
    ? {
        kind: 'person' as const,
        givenNames: values.givenNames.trim(),
        surname: values.surname.trim(),
        pesel: optional(values.pesel),
        ...channels,
      }
    : {
        kind: 'institution' as const,
        name: values.name.trim(),
        nip: optional(values.nip),
        regon: optional(values.regon),
        krs: optional(values.krs),
        ...channels,
      };
}

/** … while a PATCH sends every field, `null` clearing an optional one (checked with `updateContactInputSchema`). */
export function toUpdateContactInput(values: ContactFormValues, version: number) {
  const channels = {
    version,
    addresses: values.addresses.map(toAddressInput),
    emails: values.emails.map((value) => value.trim()),
    phones: values.phones.map((value) => value.trim()),
    epuapBox: blankToNull(values.epuapBox),
    edeliveryAddress: blankToNull(values.edeliveryAddress),
    remarks: blankToNull(values.remarks),
  };
  return values.kind === 'person'
    ? {
        kind: 'person' as const,
        givenNames: values.givenNames.trim(),
        surname: values.surname.trim(),
        pesel: blankToNull(values.pesel),
        ...channels,
      }
    : {
        kind: 'institution' as const,
        name: values.name.trim(),
        nip: blankToNull(values.nip),
        regon: blankToNull(values.regon),
        krs: blankToNull(values.krs),
        ...channels,
      };
}

/** Drops e-mail and phone rows left empty, so an added-but-unused row is not an error. */
export function withoutEmptyRows(values: ContactFormValues): ContactFormValues {
  return { ...values, emails: filled(values.emails), phones: filled(values.phones) };
}

export function contactFieldMessages(values: ContactFormValues): FieldMessages {
  const messages: FieldMessages = {
    '/pesel': 'contacts.form.pesel.invalid',
    '/nip': 'contacts.form.nip.invalid',
    '/regon': 'contacts.form.regon.invalid',
    '/krs': 'contacts.form.krs.invalid',
    '/epuapBox': 'contacts.form.epuap_box.invalid',
    '/edeliveryAddress': 'contacts.form.edelivery_address.invalid',
  };
  values.addresses.forEach((_address, index) => {
    messages[`/addresses/${index}/postalCode`] = 'contacts.form.postal_code.invalid';
    messages[`/addresses/${index}/country`] = 'contacts.form.country.invalid';
  });
  values.phones.forEach((_phone, index) => {
    messages[`/phones/${index}`] = 'contacts.form.phone.invalid';
  });
  return messages;
}

/** JSON Pointers of every field the form shows (server errors elsewhere are listed in the alert). */
export function contactFieldPaths(values: ContactFormValues): string[] {
  const identity =
    values.kind === 'person' ? ['/givenNames', '/surname', '/pesel'] : ['/name', '/nip', '/regon', '/krs'];
  return [
    ...identity,
    ...values.addresses.flatMap((_address, index) =>
      ADDRESS_FIELDS.map((field) => `/addresses/${index}/${field}`),
    ),
    ...values.emails.map((_email, index) => `/emails/${index}`),
    ...values.phones.map((_phone, index) => `/phones/${index}`),
    '/epuapBox',
    '/edeliveryAddress',
    '/remarks',
  ];
}

/** "Piotrkowska 12/3, 90-001 Łódź" (country shown when not Poland); a masked one has only the city. */
export function formatAddress(t: Translate, address: ContactAddress): string {
  const street = [address.street, [address.building, address.flat].filter(Boolean).join('/')]
    .filter(Boolean)
    .join(' ');
  const place = [address.postalCode, address.city].filter(Boolean).join(' ');
  const poBox = address.poBox ? t('contacts.card.po_box', { poBox: address.poBox }) : null;
  const country = address.country !== 'PL' ? address.country : null;
  return [street, poBox, place, country].filter(Boolean).join(', ');
}
