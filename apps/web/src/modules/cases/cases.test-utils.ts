import type { Me } from '@obieg/contracts/auth';
import type {
  Case,
  CaseDocument,
  CaseRegister,
  CaseRegisterItem,
  CaseShare,
  MetrykaEntry,
} from '@obieg/contracts/cases';
import { stubFetch } from '../../test/fetch-stub';

export const CASE_ID = '01900000-0000-7000-8000-0000000005a1';
export const GK_UNIT = '01900000-0000-7000-8000-0000000000b1';
export const OFFICER_ID = '01900000-0000-7000-8000-000000000001';

/** A case as the API answers it: GK.6000.1.2026, a month's term moved off Saturday 14 March. */
export function makeCase(overrides: Partial<Case> = {}): Case {
  return {
    id: CASE_ID,
    sign: 'GK.6000.1.2026',
    title: 'Zajęcie pasa drogowego ul. Długa',
    status: 'open',
    unit: { id: GK_UNIT, symbol: 'GK', name: 'Wydział Gospodarki Komunalnej' },
    jrwa: { symbol: '6000', title: 'Zezwolenia na zajęcie pasa drogowego' },
    handler: {
      userId: OFFICER_ID,
      displayName: 'Anna Nowak',
      positionId: '01900000-0000-7000-8000-000000000010',
      positionTitle: 'Inspektor',
    },
    openedAt: '2026-02-16T09:00:00+01:00',
    settledOn: null,
    deadline: {
      kind: '1_month',
      days: null,
      date: null,
      startDate: '2026-02-14',
      nominalEnd: '2026-03-14',
      dueDate: '2026-03-16',
      notCountedDays: 0,
      state: 'due_soon',
      periods: [],
    },
    description: null,
    access: 'public',
    organId: null,
    year: 2026,
    number: 1,
    group: null,
    initiatingIncoming: {
      id: '01900000-0000-7000-8000-0000000001a1',
      rpwNumber: 'RPW/7/2026',
      receivedAt: '2026-02-14',
    },
    parties: [{ contactId: '01900000-0000-7000-8000-0000000000c1', displayName: 'Żółkiewski Stanisław' }],
    settlement: null,
    closingNote: null,
    closedAt: null,
    links: [],
    version: 2,
    ...overrides,
  };
}

export function makeCaseDocument(overrides: Partial<CaseDocument> = {}): CaseDocument {
  return {
    id: '01900000-0000-7000-8000-0000000006a1',
    ordinal: 1,
    kind: 'incoming',
    documentId: 'OBG-DEMO-2026-019000000000700080000000000001a1',
    title: 'Wniosek o zajęcie pasa drogowego',
    documentKind: 'wniosek',
    access: 'public',
    dcmiType: 'Text',
    format: null,
    addedAt: '2026-02-16T09:00:00+01:00',
    addedBy: {
      userId: OFFICER_ID,
      displayName: 'Anna Nowak',
      positionId: null,
      positionTitle: 'Inspektor',
      actingFor: null,
    },
    unit: { id: GK_UNIT, symbol: 'GK', name: 'Wydział Gospodarki Komunalnej' },
    incoming: { id: '01900000-0000-7000-8000-0000000001a1', rpwNumber: 'RPW/7/2026' },
    file: null,
    content: null,
    ...overrides,
  };
}

export function makeMetrykaEntry(overrides: Partial<MetrykaEntry> = {}): MetrykaEntry {
  return {
    ordinal: 1,
    at: '2026-02-16T09:00:00+01:00',
    actor: {
      userId: OFFICER_ID,
      displayName: 'Anna Nowak',
      positionId: null,
      positionTitle: 'Inspektor',
      actingFor: null,
    },
    action: 'cases.opened',
    description: 'Założenie sprawy GK.6000.1.2026: Zajęcie pasa drogowego ul. Długa',
    documentId: null,
    ...overrides,
  };
}

export const OR_UNIT = '01900000-0000-7000-8000-0000000000b2';

export function makeCaseShare(overrides: Partial<CaseShare> = {}): CaseShare {
  return {
    id: '01900000-0000-7000-8000-0000000008a1',
    grantee: { kind: 'unit', unit: { id: OR_UNIT, symbol: 'OR', name: 'Referat Organizacyjny' } },
    access: 'read',
    documentIds: null,
    note: null,
    createdAt: '2026-03-02T10:00:00+01:00',
    createdBy: OFFICER_ID,
    revokedAt: null,
    ...overrides,
  };
}

/** A row of the spis spraw: the case above, opened from a letter of Stanisław Żółkiewski. */
export function makeCaseRegisterItem(overrides: Partial<CaseRegisterItem> = {}): CaseRegisterItem {
  const item = makeCase();
  return {
    ordinal: 1,
    caseId: item.id,
    sign: item.sign,
    title: item.title,
    status: 'open',
    senderName: 'Żółkiewski Stanisław',
    senderReference: 'ZN.7.2026',
    letterDate: '2026-02-10',
    openedOn: '2026-02-16',
    initiatedOn: '2026-02-14',
    settledOn: null,
    handler: item.handler,
    settlement: null,
    closingNote: null,
    remarks: '',
    ...overrides,
  };
}

export function makeCaseRegister(items: CaseRegisterItem[], header: Partial<CaseRegister['header']> = {}) {
  return {
    header: {
      year: 2026,
      from: null,
      to: null,
      generatedAt: '2026-03-10T12:00:00+01:00',
      unit: makeCase().unit,
      jrwa: { symbol: '60', title: 'Drogi gminne' },
      ...header,
    },
    items,
  } satisfies CaseRegister;
}

/** The answers a case page needs: the user, the inbox badge, the case, its file and the calendar. */
export function stubCasePage({ me, item = makeCase() }: { me: Me; item?: Case }) {
  return stubFetch()
    .route('GET /api/v1/auth/me', me)
    .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} })
    .route(`GET /api/v1/cases/${item.id}`, item)
    .route(`GET /api/v1/cases/${item.id}/documents`, {
      items: [
        makeCaseDocument(),
        makeCaseDocument({
          id: '01900000-0000-7000-8000-0000000006a2',
          ordinal: 2,
          kind: 'note',
          title: 'Notatka z oględzin',
          incoming: null,
        }),
      ],
    })
    .route('GET /api/v1/calendar/working-days', { items: [] });
}

/** The JSON bodies sent to a path with a method. */
export const sentBodies = (stub: ReturnType<typeof stubFetch>, method: string, pathname: string) =>
  stub.requests
    .filter((request) => request.method === method && request.url.pathname === pathname)
    .map((request) => JSON.parse(String(request.body)) as Record<string, unknown>);
