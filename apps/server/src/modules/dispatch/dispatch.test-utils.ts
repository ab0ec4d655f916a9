import { expect } from 'vitest';
import { TEST_PASSWORD, type Session, type TestApp } from '../../app/server.test-utils.js';
import { openedCase } from '../cases/cases.test-utils.js';
import type { TestOffice } from '../distribution/distribution.test-utils.js';

type Json = Record<string, unknown> & { [key: string]: unknown };

export const call = async (
  session: Session,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  status: number,
  payload?: object,
): Promise<Json & { items?: Json[] }> => {
  const response = await session.request({ method, url, ...(payload ? { payload } : {}) });
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
};

/** A contact to write to: a person with a postal address and whatever channels are given. */
export async function addresseeContact(
  session: Session,
  channels: { edeliveryAddress?: string; epuapBox?: string; emails?: string[]; surname?: string } = {},
) {
  const { surname = 'Żółkiewska', ...rest } = channels;
  const contact = await call(session, 'POST', '/api/v1/contacts', 201, {
    kind: 'person',
    givenNames: 'Łucja',
    surname,
    addresses: [{ street: 'Długa', building: '5', flat: '2', postalCode: '90-001', city: 'Łódź' }],
    ...rest,
  });
  return contact.id as string;
}

/**
 * A letter of a GK case to the given contacts, accepted by the head of GK and — unless
 * `sign: false` — signed by them with a certificate of the office CA.
 */
export async function signedLetter(
  office: TestOffice,
  {
    contactIds,
    title = 'Odpowiedź w sprawie zjazdu',
    sign = true,
  }: { contactIds: string[]; title?: string; sign?: boolean },
) {
  const officer = office.staff['referent.gk'].session;
  const head = office.staff['kierownik.gk'];
  const opened = await openedCase(officer, { unitId: office.units.GK, jrwaSymbol: '6000', title });
  const draft = await call(officer, 'POST', `/api/v1/cases/${opened.id}/drafts`, 201, {
    title,
    addresseeContactIds: contactIds,
  });
  const documentId = draft.documentId as string;
  await call(officer, 'POST', `/api/v1/documents/${documentId}/approval`, 201, {
    steps: [{ positionId: head.positionId }],
  });
  const tasks = await call(head.session, 'GET', '/api/v1/approval-tasks', 200);
  const task = tasks.items?.find((item) => item.documentId === documentId);
  const decided = await head.session.request({
    method: 'POST',
    url: `/api/v1/approval-tasks/${String(task?.id)}/decision`,
    payload: { decision: 'approve' },
  });
  expect(decided.statusCode, decided.body).toBe(204);
  if (sign) {
    const certificates = await call(office.admin, 'GET', '/api/v1/pki/certificates', 200);
    const has = certificates.items?.some((c) => c.userId === head.userId && c.status === 'active');
    if (!has) await call(office.admin, 'POST', '/api/v1/pki/certificates', 201, { userId: head.userId });
    await call(head.session, 'POST', `/api/v1/documents/${documentId}/sign`, 201, {
      password: TEST_PASSWORD,
      visible: false,
    });
  }
  return { caseId: opened.id, caseSign: opened.sign, documentId };
}

/** Runs due jobs until none is left (sending may enqueue follow-ups). */
export async function drainJobs(t: TestApp) {
  for (let round = 0; round < 10; round += 1) if ((await t.app.jobs.runDue()) === 0) return;
}
