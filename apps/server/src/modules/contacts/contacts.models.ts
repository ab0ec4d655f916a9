import type {
  Contact,
  ContactAddress,
  ContactAddressInput,
  ContactListItem,
  CreateContactInput,
} from '@obieg/contracts/contacts';
import { foldDiacritics } from '../../shared/text/fold.js';
import { MAX_SEARCH_WORDS } from './contacts.constants.js';
import type { ContactIdentifiers, ContactRow } from './contacts.types.js';

/** The identifiers as stored: digits only (NIP may be typed `123-456-32-18`). */
export const digitsOnly = (value: string | null | undefined) => (value ? value.replace(/\D/g, '') : null);

export const toAddressRow = (address: ContactAddressInput): ContactAddress => ({
  street: address.street ?? null,
  building: address.building ?? null,
  flat: address.flat ?? null,
  postalCode: address.postalCode ?? null,
  city: address.city,
  poBox: address.poBox ?? null,
  country: address.country ?? 'PL',
  terytSimc: address.terytSimc ?? null,
  terytUlic: address.terytUlic ?? null,
});

type ContactFields = Omit<
  ContactRow,
  'id' | 'tenantId' | 'searchText' | 'version' | 'createdAt' | 'updatedAt'
>;

/** The stored fields of a new contact (identifiers normalised, absent values null). */
export function toContactFields(input: CreateContactInput): ContactFields {
  const person = input.kind === 'person' ? input : null;
  const institution = input.kind === 'institution' ? input : null;
  return {
    kind: input.kind,
    givenNames: person?.givenNames ?? null,
    surname: person?.surname ?? null,
    name: institution?.name ?? null,
    pesel: digitsOnly(person?.pesel),
    nip: digitsOnly(institution?.nip),
    regon: digitsOnly(institution?.regon),
    krs: digitsOnly(institution?.krs),
    epuapBox: input.epuapBox ?? null,
    edeliveryAddress: input.edeliveryAddress ?? null,
    emails: input.emails,
    phones: input.phones,
    addresses: input.addresses.map(toAddressRow),
    remarks: input.remarks ?? null,
  };
}

export const identifiersOf = (row: ContactIdentifiers): ContactIdentifiers => ({
  pesel: row.pesel,
  nip: row.nip,
  regon: row.regon,
  krs: row.krs,
});

export const displayNameOf = (row: Pick<ContactRow, 'kind' | 'givenNames' | 'surname' | 'name'>) =>
  row.kind === 'person' ? `${row.surname ?? ''} ${row.givenNames ?? ''}`.trim() : (row.name ?? '');

/**
 * Folded text searched by `LIKE '%word%'`: the display name first (so a name prefix is a prefix
 * of the text), then identifiers, cities and e-mails.
 */
export function buildSearchText(row: ContactFields): string {
  const parts = [
    displayNameOf(row),
    row.pesel,
    row.nip,
    row.regon,
    row.krs,
    ...row.addresses.map((a) => a.city),
    ...row.emails,
  ];
  return foldDiacritics(parts.filter((part): part is string => Boolean(part)).join(' '));
}

export const maskPesel = (pesel: string | null) => (pesel ? `*******${pesel.slice(-4)}` : null);

const baseDto = (row: ContactRow) => ({
  id: row.id,
  kind: row.kind,
  displayName: displayNameOf(row),
  givenNames: row.givenNames,
  surname: row.surname,
  name: row.name,
  nip: row.nip,
  regon: row.regon,
  krs: row.krs,
  epuapBox: row.epuapBox,
  edeliveryAddress: row.edeliveryAddress,
});

export const toContactDto = (row: ContactRow): Contact => ({
  ...baseDto(row),
  pesel: row.pesel,
  emails: row.emails,
  phones: row.phones,
  addresses: row.addresses,
  remarks: row.remarks,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const cityOnly = (address: ContactAddress): ContactAddress => ({
  street: null,
  building: null,
  flat: null,
  postalCode: null,
  city: address.city,
  poBox: null,
  country: address.country,
  terytSimc: null,
  terytUlic: null,
});

/** A list row: a person's PESEL is masked and their addresses cut to the city (personal data). */
export function toContactListItem(row: ContactRow): ContactListItem {
  const person = row.kind === 'person';
  return {
    ...baseDto(row),
    pesel: person ? maskPesel(row.pesel) : row.pesel,
    addresses: person ? row.addresses.map(cityOnly) : row.addresses,
    masked: person,
  };
}

export type SearchTerms = {
  /** Folded words, each must occur in the search text. */
  words: string[];
  /** The query as an identifier (digits only) when it looks like one: ranked first on an exact match. */
  identifier: string | null;
};

/** "Łódź  123-456-32-18" → words `lodz`, `1234563218`; dashes inside numbers are ignored. */
export function parseSearchQuery(q: string | undefined): SearchTerms {
  const folded = foldDiacritics(q ?? '');
  const words = folded
    .split(' ')
    .map((word) => (/^[\d-]+$/.test(word) ? word.replace(/-/g, '') : word))
    .filter((word) => word.length > 0)
    .slice(0, MAX_SEARCH_WORDS);
  const compact = folded.replace(/[\s-]/g, '');
  return { words, identifier: /^\d{9,14}$/.test(compact) ? compact : null };
}

const AUDITED_FIELDS = [
  'givenNames',
  'surname',
  'name',
  'pesel',
  'nip',
  'regon',
  'krs',
  'epuapBox',
  'edeliveryAddress',
  'emails',
  'phones',
  'addresses',
  'remarks',
] as const;

/** The fields that differ, each with its old and new value, for the metryka. */
export function diffContact(before: ContactRow, after: ContactRow) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of AUDITED_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field] = { from: before[field], to: after[field] };
    }
  }
  return changes;
}
