import type { IncomingItem } from '@obieg/contracts/correspondence';
import { makeContact } from '../../test/builders';

const person = makeContact();

/** An item as `GET /api/v1/incoming/{id}` answers it: a letter from the builders' contact. */
export function makeIncomingItem(overrides: Partial<IncomingItem> = {}): IncomingItem {
  return {
    id: '01900000-0000-7000-8000-0000000001a1',
    rpwNumber: 'RPW/7/2026',
    rpwYear: 2026,
    rpwSequence: 7,
    documentId: 'OBG-DEMO-2026-019000000000700080000000000001a1',
    title: 'Wniosek',
    senders: [
      {
        contactId: person.id,
        kind: 'person',
        displayName: person.displayName,
        name: null,
        surname: person.surname,
        givenNames: person.givenNames,
        address: null,
        emails: [],
      },
    ],
    receivedAt: '2026-03-10',
    registeredAt: '2026-03-10T09:00:00+01:00',
    deliveryMethod: 'list_zwykly',
    organId: null,
    fullScan: false,
    status: 'registered',
    registeredBy: null,
    letterDate: null,
    postingDate: null,
    documentKind: null,
    access: 'public',
    attachmentsCount: null,
    remarks: null,
    dcmiType: 'Text',
    senderReference: null,
    paperOriginal: null,
    noFullScanReason: null,
    notOpened: false,
    cancellation: null,
    version: 1,
    files: [],
    corrections: [],
    ...overrides,
  } as IncomingItem;
}
