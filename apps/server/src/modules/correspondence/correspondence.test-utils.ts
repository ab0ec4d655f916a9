import type { Session } from '../../app/server.test-utils.js';

export const NIP = '123-456-32-18';

/** A registration of a paper letter from a new person, with overrides. */
export const makeRegistration = (extra: object = {}) => ({
  title: 'Wniosek o wydanie zaświadczenia',
  deliveryMethod: 'list_polecony',
  receivedAt: '2026-03-10',
  sender: {
    kind: 'person',
    givenNames: 'Stanisław',
    surname: 'Żółkiewski',
    addresses: [{ street: 'Piotrkowska', building: '12', postalCode: '90-001', city: 'Łódź' }],
  },
  ...extra,
});

export const registerIncoming = (session: Session, payload: object, headers: Record<string, string> = {}) =>
  session.request({ method: 'POST', url: '/api/v1/incoming', payload, headers });
