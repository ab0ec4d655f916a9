import type { Contact, ContactListItem } from '@obieg/contracts/contacts';
import type { Me } from '@obieg/contracts/auth';
import type { JrwaClass, JrwaVersion } from '@obieg/contracts/jrwa';
import type { Permission } from '@obieg/contracts/permissions';

export function makeMe(overrides: Partial<Me> = {}): Me {
  return {
    id: '01900000-0000-7000-8000-000000000001',
    login: 'anowak',
    displayName: 'Anna Nowak',
    tenant: { id: '01900000-0000-7000-8000-0000000000aa', code: 'demo', name: 'Urząd Gminy Przykładowo' },
    positions: [
      {
        id: '01900000-0000-7000-8000-000000000010',
        title: 'Inspektor',
        orgUnitId: '01900000-0000-7000-8000-000000000020',
        orgUnitSymbol: 'OR',
        orgUnitName: 'Referat Organizacyjny',
        actingFor: null,
      },
    ],
    activePositionId: '01900000-0000-7000-8000-000000000010',
    permissions: [],
    grants: [],
    mustChangePassword: false,
    csrfToken: 'csrf-from-me',
    ...overrides,
  };
}

export const withPermissions = (...permissions: Permission[]): Me => makeMe({ permissions });

export function makeJrwaVersion(overrides: Partial<JrwaVersion> = {}): JrwaVersion {
  return {
    id: '01900000-0000-7000-8000-0000000000f1',
    name: 'JRWA demonstracyjny',
    validFrom: '2025-01-01',
    validTo: null,
    demonstration: false,
    classCount: 0,
    createdAt: '2025-01-01T08:00:00+01:00',
    ...overrides,
  };
}

export function makeJrwaClass(symbol: string, title: string, category: string | null = null): JrwaClass {
  return {
    symbol,
    title,
    category,
    categoryOther: category ? 'Bc' : null,
    remarks: null,
    level: symbol.length,
    parentSymbol: symbol.length > 1 ? symbol.slice(0, -1) : null,
    final: category !== null,
  };
}

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: '01900000-0000-7000-8000-0000000000c1',
    kind: 'person',
    displayName: 'Żółkiewski Stanisław',
    givenNames: 'Stanisław',
    surname: 'Żółkiewski',
    name: null,
    pesel: '44051401359',
    nip: null,
    regon: null,
    krs: null,
    epuapBox: null,
    edeliveryAddress: null,
    emails: ['s.zolkiewski@example.pl'],
    phones: [],
    addresses: [
      {
        street: 'Piotrkowska',
        building: '12',
        flat: '3',
        postalCode: '90-001',
        city: 'Łódź',
        poBox: null,
        country: 'PL',
        terytSimc: null,
        terytUlic: null,
      },
    ],
    remarks: null,
    version: 1,
    createdAt: '2025-03-01T09:00:00+01:00',
    updatedAt: '2025-03-01T09:00:00+01:00',
    ...overrides,
  };
}

/** A search row as the API returns it for a person: PESEL cut to its last 4 digits, only the city. */
export function makeContactListItem(contact: Contact): ContactListItem {
  const masked = contact.kind === 'person';
  return {
    id: contact.id,
    kind: contact.kind,
    displayName: contact.displayName,
    givenNames: contact.givenNames,
    surname: contact.surname,
    name: contact.name,
    pesel: contact.pesel && masked ? `*******${contact.pesel.slice(-4)}` : contact.pesel,
    nip: contact.nip,
    regon: contact.regon,
    krs: contact.krs,
    epuapBox: contact.epuapBox,
    edeliveryAddress: contact.edeliveryAddress,
    addresses: contact.addresses.map((address) =>
      masked
        ? { ...address, street: null, building: null, flat: null, postalCode: null, poBox: null }
        : address,
    ),
    masked,
  };
}
