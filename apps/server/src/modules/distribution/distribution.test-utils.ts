import { expect } from 'vitest';
import { createOffice, createStaff, login, type Session, type TestApp } from '../../app/server.test-utils.js';
import { makeRegistration, registerIncoming } from '../correspondence/correspondence.test-utils.js';

/** The staff of a test office: login → role and unit symbol. */
export const STAFF = {
  kancelaria: { role: 'kancelaria', unit: 'ADM' },
  sekretarz: { role: 'sekretarz', unit: 'ADM' },
  'kierownik.gk': { role: 'kierownik', unit: 'GK' },
  'referent.gk': { role: 'referent', unit: 'GK' },
  'referent2.gk': { role: 'referent', unit: 'GK' },
  'referent.gkd': { role: 'referent', unit: 'GKD' },
  'kierownik.fn': { role: 'kierownik', unit: 'FN' },
  'referent.fn': { role: 'referent', unit: 'FN' },
} as const;
export type StaffLogin = keyof typeof STAFF;

export type Person = { userId: string; positionId: string; session: Session };
export type TestOffice = {
  tenantId: string;
  admin: Session;
  /** Unit ids by symbol: ADM, GK, GKD (a sub-unit of GK), FN. */
  units: Record<'ADM' | 'GK' | 'GKD' | 'FN', string>;
  staff: Record<StaffLogin, Person>;
};

/**
 * An office with the units GK (and its sub-unit GKD) and FN and one person per role: the registry
 * (kancelaria), a secretary, heads and officers of GK and FN, an officer of GKD.
 */
export async function setUpOffice(t: TestApp, code: string): Promise<TestOffice> {
  const tenantId = (await createOffice(t, { code })).id;
  const admin = await login(t, { tenant: code });
  const createUnit = async (symbol: string, name: string, parentId: string | null = null) => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { symbol, name, parentId },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const units = (await admin.request({ method: 'GET', url: '/api/v1/org-units' })).json().items as {
    id: string;
    symbol: string;
  }[];
  const GK = await createUnit('GK', 'Wydział Gospodarki Komunalnej');
  const unitIds = {
    ADM: units.find((u) => u.symbol === 'ADM')?.id ?? '',
    GK,
    GKD: await createUnit('GKD', 'Referat Dróg', GK),
    FN: await createUnit('FN', 'Wydział Finansowy'),
  };
  const staff = {} as Record<StaffLogin, Person>;
  for (const [staffLogin, { role, unit }] of Object.entries(STAFF) as [
    StaffLogin,
    (typeof STAFF)[StaffLogin],
  ][]) {
    const created = await createStaff(t, admin, {
      tenantId,
      login: staffLogin,
      displayName: `Pracownik ${staffLogin}`,
      role,
      orgUnitId: unitIds[unit],
    });
    staff[staffLogin] = { ...created, session: await login(t, { tenant: code, login: staffLogin }) };
  }
  return { tenantId, admin, units: unitIds, staff };
}

/** Registers a letter (by the registry) and answers the item. */
export async function registerLetter(office: TestOffice, extra: object = {}) {
  const response = await registerIncoming(office.staff.kancelaria.session, makeRegistration(extra));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as {
    id: string;
    rpwNumber: string;
    distribution: unknown;
    senders: { contactId: string }[];
  };
}

export const distribute = (session: Session, itemId: string, payload: object) =>
  session.request({ method: 'POST', url: `/api/v1/incoming/${itemId}/distribution`, payload });

export const decree = (session: Session, itemId: string, payload: object) =>
  session.request({ method: 'POST', url: `/api/v1/incoming/${itemId}/decrees`, payload });

export const decreeAction = (
  session: Session,
  decreeId: string,
  action: 'accept' | 'return' | 'correct' | 'cancel',
  payload?: object,
) =>
  session.request({
    method: 'POST',
    url: `/api/v1/decrees/${decreeId}/${action}`,
    ...(payload ? { payload } : {}),
  });

export const inbox = async (session: Session, query = 'scope=me') => {
  const response = await session.request({ method: 'GET', url: `/api/v1/inbox?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: {
      itemId: string;
      state: string;
      unitRole: string;
      overdue: boolean;
      decree: { id: string } | null;
    }[];
    nextCursor: string | null;
    counts: Record<'new' | 'decreed' | 'accepted' | 'returned' | 'overdue' | 'info', number>;
  };
};

/** A registered letter distributed by the registry to `unit`, answering its id. */
export async function distributedLetter(
  office: TestOffice,
  unit: keyof TestOffice['units'],
  infoUnits: string[] = [],
) {
  const item = await registerLetter(office);
  const response = await distribute(office.staff.kancelaria.session, item.id, {
    unitId: office.units[unit],
    infoUnitIds: infoUnits,
  });
  expect(response.statusCode, response.body).toBe(200);
  return item.id;
}

/** Decrees and checks 201; answers the decree. */
export async function decreed(session: Session, itemId: string, payload: object) {
  const response = await decree(session, itemId, payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as {
    id: string;
    status: string;
    deadline: string | null;
    instructions: { text: string }[];
  };
}
