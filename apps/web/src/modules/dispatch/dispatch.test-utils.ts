import type { Dispatch, DispatchItem, DispatchOptions, RegisterRow } from '@obieg/contracts/dispatch';
import { CASE_ID, OFFICER_ID } from '../cases/cases.test-utils';
import { DOCUMENT_ID } from '../documents/documents.test-utils';

export const DISPATCH_ID = '01900000-0000-7000-8000-0000000d1501';
export const KOWALSKI = '01900000-0000-7000-8000-0000000000c1';
export const FIRMA = '01900000-0000-7000-8000-0000000000c2';

const id = (n: number) => `01900000-0000-7000-8000-0000000d${String(1600 + n).padStart(4, '0')}`;
export const itemId = id;

export function makeDispatchOptions(overrides: Partial<DispatchOptions> = {}): DispatchOptions {
  return {
    documentId: DOCUMENT_ID,
    dispatchable: true,
    reason: null,
    signed: true,
    addressees: [
      {
        contactId: KOWALSKI,
        name: 'Kowalski Jan',
        addressLines: ['ul. Długa 1', '00-001 Przykładowo'],
        edeliveryAddress: null,
        epuapBox: null,
        email: null,
        channels: ['post', 'in_person'],
        emails: [],
      },
      {
        contactId: FIRMA,
        name: 'Budex sp. z o.o.',
        addressLines: ['ul. Krótka 2', '00-002 Przykładowo'],
        edeliveryAddress: 'AE:PL-12345-67890-ABCDE-12',
        epuapBox: null,
        email: 'biuro@budex.pl',
        channels: ['edelivery', 'email', 'post'],
        emails: ['biuro@budex.pl', 'kancelaria@budex.pl'],
      },
    ],
    ...overrides,
  };
}

export function makeDispatchItem(overrides: Partial<DispatchItem> = {}): DispatchItem {
  return {
    id: id(1),
    position: 1,
    addressee: {
      contactId: KOWALSKI,
      name: 'Kowalski Jan',
      addressLines: ['ul. Długa 1', '00-001 Przykładowo'],
      edeliveryAddress: null,
      epuapBox: null,
      email: null,
    },
    channel: 'post',
    postal: { kind: 'registered', returnReceipt: true, priority: false, specialRules: 'ADMINISTRACYJNA' },
    status: 'queued',
    externalStatus: null,
    externalId: null,
    trackingNumber: null,
    postedOn: null,
    sentAt: null,
    deliveredOn: null,
    deliveryKind: null,
    returnedOn: null,
    returnReason: null,
    attempts: 0,
    lastError: null,
    nextAttemptAt: null,
    evidence: [],
    version: 1,
    ...overrides,
  };
}

export function makeDispatch(overrides: Partial<Dispatch> = {}): Dispatch {
  return {
    id: DISPATCH_ID,
    number: 'W/12/2026',
    documentId: DOCUMENT_ID,
    documentTitle: 'Zezwolenie na zajęcie pasa drogowego',
    caseId: CASE_ID,
    caseSign: 'GK.6000.1.2026',
    remarks: null,
    orderedAt: '2026-03-06T10:00:00+01:00',
    orderedBy: {
      userId: OFFICER_ID,
      displayName: 'Anna Nowak',
      positionId: '01900000-0000-7000-8000-000000000010',
      positionTitle: 'Inspektor',
      actingFor: null,
    },
    items: [makeDispatchItem()],
    ...overrides,
  };
}

export function makeRegisterRow(overrides: Partial<RegisterRow> = {}): RegisterRow {
  return {
    dispatchId: DISPATCH_ID,
    itemId: id(1),
    documentId: DOCUMENT_ID,
    caseId: CASE_ID,
    number: 'W/12/2026',
    position: 1,
    orderedAt: '2026-03-06T10:00:00+01:00',
    postedOn: null,
    addresseeName: 'Kowalski Jan',
    addressLines: ['ul. Długa 1', '00-001 Przykładowo'],
    caseSign: 'GK.6000.1.2026',
    documentTitle: 'Zezwolenie na zajęcie pasa drogowego',
    channel: 'post',
    postalKind: 'registered',
    priority: false,
    returnReceipt: true,
    trackingNumber: null,
    status: 'queued',
    externalStatus: null,
    deliveredOn: null,
    deliveryKind: null,
    lastError: null,
    nextAttemptAt: null,
    version: 1,
    ...overrides,
  };
}
