import { expect } from 'vitest';
import { login, type Session, type TestApp } from '../../app/server.test-utils.js';
import { DEMO_JRWA_CSV } from '../demo/demo.constants.js';
import {
  decreeAction,
  decreed,
  distributedLetter,
  setUpOffice,
  type StaffLogin,
  type TestOffice,
} from '../distribution/distribution.test-utils.js';

const BOUNDARY = 'obiegcasestest';

/** The demonstration JRWA, imported as a CSV upload by the office administrator. */
async function importJrwa(admin: Session) {
  const body = Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="validFrom"\r\n\r\n2000-01-01\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="jrwa.csv"\r\n` +
        'Content-Type: text/csv\r\n\r\n',
    ),
    Buffer.from(DEMO_JRWA_CSV),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  const response = await admin.request({
    method: 'POST',
    url: '/api/v1/jrwa/import',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(201);
}

/** The JRWA extracts of the test office: GK roads and waste, GKD roads, FN property tax. */
export const EXTRACTS = { GK: ['6000', '6001', '6100'], GKD: ['6000'], FN: ['3100', '3101'] } as const;

/** The distribution test office (GK, GKD, FN and their staff) with a JRWA in force and unit extracts. */
export async function setUpCaseOffice(t: TestApp, code: string): Promise<TestOffice> {
  const office = await setUpOffice(t, code);
  await importJrwa(office.admin);
  for (const [unit, symbols] of Object.entries(EXTRACTS)) {
    const response = await office.admin.request({
      method: 'PUT',
      url: `/api/v1/jrwa/extracts/${office.units[unit as keyof typeof EXTRACTS]}`,
      payload: { symbols },
    });
    expect(response.statusCode, response.body).toBe(200);
  }
  return office;
}

export type CaseBody = {
  id: string;
  sign: string;
  status: string;
  version: number;
  number: number;
  year: number;
  deadline: {
    kind: string;
    startDate: string;
    nominalEnd: string | null;
    dueDate: string | null;
    notCountedDays: number;
    state: string;
    periods: { kind: string; from: string; to: string | null; reason: string }[];
  } | null;
  settlement: string | null;
  settledOn: string | null;
  parties: { contactId: string; displayName: string }[];
  initiatingIncoming: { id: string; rpwNumber: string; receivedAt: string } | null;
  links: { kind: string; direction: string; case: { id: string; sign: string } }[];
  handler: { userId: string };
};

export const openCase = (session: Session, payload: object) =>
  session.request({ method: 'POST', url: '/api/v1/cases', payload });

/** Opens a case and checks 201; answers it. */
export async function openedCase(session: Session, payload: object): Promise<CaseBody> {
  const response = await openCase(session, payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CaseBody;
}

export const caseAction = (session: Session, id: string, action: string, payload: object = {}) =>
  session.request({ method: 'POST', url: `/api/v1/cases/${id}/${action}`, payload });

/**
 * A letter as an officer of GK receives it: registered, distributed to GK, decreed by the head to
 * the officer, who accepted it. Answers the item id.
 */
export async function acceptedLetter(office: TestOffice, officer: StaffLogin = 'referent.gk') {
  const itemId = await distributedLetter(office, 'GK');
  const decree = await decreed(office.staff['kierownik.gk'].session, itemId, {
    positionId: office.staff[officer].positionId,
  });
  const accepted = await decreeAction(office.staff[officer].session, decree.id, 'accept');
  expect(accepted.statusCode, accepted.body).toBe(200);
  return itemId;
}

/** Moves the office's clock (sessions idle out when days pass): everyone logs in again. */
export async function moveClock(t: TestApp, office: TestOffice, code: string, iso: string) {
  t.clock.set(iso);
  for (const staffLogin of Object.keys(office.staff) as StaffLogin[])
    office.staff[staffLogin].session = await login(t, { tenant: code, login: staffLogin });
}
