import type { Decree, IncomingDistribution, InboxItem } from '@obieg/contracts/distribution';
import type { OrgUnit, Position } from '@obieg/contracts/organization';

export const GK = '01900000-0000-7000-8000-0000000000b1';
export const GK_ROADS = '01900000-0000-7000-8000-0000000000b2';
export const FN = '01900000-0000-7000-8000-0000000000b3';
export const HEAD = '01900000-0000-7000-8000-0000000000d1';
export const OFFICER = '01900000-0000-7000-8000-0000000000d2';
export const HEAD_POSITION = '01900000-0000-7000-8000-0000000000e1';
export const OFFICER_POSITION = '01900000-0000-7000-8000-0000000000e2';

export function makeUnit(id: string, symbol: string, parentId: string | null = null): OrgUnit {
  return {
    id,
    symbol,
    name: `Wydział ${symbol}`,
    parentId,
    headPositionId: null,
    validFrom: '2026-01-01',
    validTo: null,
    active: true,
    createdAt: '2026-01-01T08:00:00+01:00',
  };
}

export const UNITS = [makeUnit(GK, 'GK'), makeUnit(GK_ROADS, 'GK-D', GK), makeUnit(FN, 'FN')];

export function makePosition(overrides: Partial<Position> = {}): Position {
  return {
    id: OFFICER_POSITION,
    userId: OFFICER,
    userDisplayName: 'Robert Referencki',
    orgUnitId: GK,
    orgUnitSymbol: 'GK',
    title: 'Inspektor',
    roleIds: ['01900000-0000-7000-8000-0000000000f9'],
    validFrom: '2026-01-01',
    validTo: null,
    createdAt: '2026-01-01T08:00:00+01:00',
    ...overrides,
  };
}

/** A decree by the head of GK to the officer, awaiting acceptance. */
export function makeDecree(overrides: Partial<Decree> = {}): Decree {
  return {
    id: '01900000-0000-7000-8000-0000000000c1',
    status: 'pending',
    assignee: {
      userId: OFFICER,
      displayName: 'Robert Referencki',
      positionId: OFFICER_POSITION,
      positionTitle: 'Inspektor',
    },
    instruction: 'Proszę przygotować odpowiedź.',
    deadline: '2026-03-24',
    decreedAt: '2026-03-10T10:00:00+01:00',
    decreedBy: {
      userId: HEAD,
      displayName: 'Krystyna Kierownicza',
      positionId: HEAD_POSITION,
      positionTitle: 'Naczelnik Wydziału',
      actingFor: null,
    },
    acceptedAt: null,
    returnedAt: null,
    returnReason: null,
    itemId: '01900000-0000-7000-8000-0000000001a1',
    unit: { id: GK, symbol: 'GK', name: 'Wydział GK' },
    ownDeadline: '2026-03-24',
    parentId: null,
    correctsId: null,
    instructions: [
      {
        decreeId: '01900000-0000-7000-8000-0000000000c1',
        text: 'Proszę przygotować odpowiedź.',
        at: '2026-03-10T10:00:00+01:00',
        by: { userId: HEAD, displayName: 'Krystyna Kierownicza' },
      },
    ],
    closedAt: null,
    closeReason: null,
    ...overrides,
  };
}

export function makeDistribution(overrides: Partial<IncomingDistribution> = {}): IncomingDistribution {
  return {
    state: 'distributed',
    leadingUnit: { id: GK, symbol: 'GK', name: 'Wydział GK' },
    infoUnits: [],
    distributedAt: '2026-03-10T09:30:00+01:00',
    distributedBy: null,
    reason: null,
    byRule: null,
    decree: null,
    deadlineLimit: null,
    ...overrides,
  };
}

export function makeInboxItem(overrides: Partial<InboxItem> = {}): InboxItem {
  return {
    itemId: '01900000-0000-7000-8000-0000000001a1',
    rpwNumber: 'RPW/7/2026',
    documentId: 'OBG-DEMO-2026-7',
    title: 'Wniosek o zajęcie pasa drogowego',
    senderNames: ['Żółkiewski Stanisław'],
    receivedAt: '2026-03-10',
    state: 'distributed',
    unitRole: 'leading',
    leadingUnit: { id: GK, symbol: 'GK', name: 'Wydział GK' },
    decree: null,
    overdue: false,
    since: '2026-03-10T09:30:00+01:00',
    ...overrides,
  };
}
