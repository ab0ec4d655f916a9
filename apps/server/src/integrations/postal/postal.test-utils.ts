import type { PostalAddress, PostalShipment, Sender } from './postal.types.js';

export const makePostalAddress = (overrides: Partial<PostalAddress> = {}): PostalAddress => ({
  name: 'Jan Żółć',
  name2: null,
  street: 'Piotrkowska',
  building: '12',
  flat: '3',
  postalCode: '90-001',
  city: 'Łódź',
  poBox: null,
  country: 'Polska',
  ...overrides,
});

export const makeSender = (overrides: Partial<Sender> = {}): Sender => ({
  name: 'Urząd Miasta Łodzi',
  address: makePostalAddress({
    name: 'Urząd Miasta Łodzi',
    street: 'ul. Piotrkowska',
    building: '104',
    flat: null,
    postalCode: '90-926',
  }),
  ...overrides,
});

let sequence = 0;

/** A registered KPA letter with a ZPO unless told otherwise; ids are distinct UUIDs. */
export function makePostalShipment(overrides: Partial<PostalShipment> = {}): PostalShipment {
  sequence += 1;
  const n = String(sequence).padStart(12, '0');
  return {
    id: `0190f3a2-7c1e-7d4b-8a3f-${n}`,
    registerNumber: `W/${sequence}/2026`,
    caseSign: 'GK.6220.12.2026',
    addressee: makePostalAddress(),
    kind: 'registered',
    priority: false,
    returnReceipt: true,
    trackingNumber: null,
    massGrams: 20,
    format: 'S',
    feeGrosze: 1250,
    remarks: null,
    ...overrides,
  };
}
