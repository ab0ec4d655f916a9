import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../../app/server.test-utils.js';
import {
  startEDeliverySimulator,
  type EDeliverySimulator,
} from '../../integrations/edelivery/edelivery.simulator.js';
import { setUpCaseOffice } from '../cases/cases.test-utils.js';
import type { StaffLogin, TestOffice } from '../distribution/distribution.test-utils.js';
import { addresseeContact, call, drainJobs, signedLetter } from './dispatch.test-utils.js';

const OFFICE_ADE = 'AE:PL-28080-40239-TUSBF-26';
const CITIZEN_ADE = 'AE:PL-43563-82585-JHWCF-30';
const SLOW_CITIZEN_ADE = 'AE:PL-11111-22222-ABCDE-33';

let t: TestApp;
let office: TestOffice;
let simulator: EDeliverySimulator;
const as = (login: StaffLogin) => office.staff[login].session;

const itemOf = async (dispatchId: string) =>
  (
    (await call(as('kancelaria'), 'GET', `/api/v1/outgoing/${dispatchId}`, 200)).items as Record<
      string,
      unknown
    >[]
  )[0]!;
const sync = () => call(as('kancelaria'), 'POST', '/api/v1/integrations/edelivery/sync', 200);

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
  office = await setUpCaseOffice(t, 'edoreczenia');
  // The simulator's clock follows the office's (the fiction of delivery is a matter of days).
  simulator = await startEDeliverySimulator({
    now: () => t.clock.now(),
    mailboxes: [
      { ade: OFFICE_ADE, name: 'Urząd Gminy Testowo', public: true, clientId: 'ezd-testowo' },
      { ade: CITIZEN_ADE, name: 'Łucja Żółkiewska', public: false },
      { ade: SLOW_CITIZEN_ADE, name: 'Jan Nowak', public: false },
    ],
  });
  await call(office.admin, 'POST', '/api/v1/integrations/mailboxes', 201, {
    kind: 'edelivery',
    address: OFFICE_ADE,
    name: 'Skrzynka urzędu',
    isDefault: true,
    settings: { apiBaseUrl: simulator.apiBaseUrl, tokenUrl: simulator.tokenUrl, clientId: 'ezd-testowo' },
  });
});
afterAll(async () => {
  await simulator?.close();
  await t?.close();
});

describe('sending by e-Doręczenia', () => {
  test('a signed letter is sent once with the znak as caseId; evidence A.1, D.1 and BP.WX/WP is kept; collection (E.1) sets the delivery date in the case', async () => {
    const contactId = await addresseeContact(as('referent.gk'), { edeliveryAddress: CITIZEN_ADE });
    const letter = await signedLetter(office, { contactIds: [contactId] });
    const ordered = await call(as('referent.gk'), 'POST', '/api/v1/outgoing', 201, {
      documentId: letter.documentId,
      addressees: [{ contactId, channel: 'edelivery' }],
    });
    expect(ordered.items).toMatchObject([{ status: 'waiting', channel: 'edelivery' }]);
    await drainJobs(t);
    const sent = await itemOf(ordered.id as string);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    const [message] = simulator.control.listMessages(CITIZEN_ADE, 'inbox');
    expect(message).toMatchObject({ subject: 'Odpowiedź w sprawie zjazdu' });
    expect(simulator.control.stats().messagesSent).toBe(1);

    await sync();
    const withEvidence = await itemOf(ordered.id as string);
    const kinds = (withEvidence.evidence as { kind: string; fileId: string }[]).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['A.1', 'D.1', 'BP.WX', 'BP.WP']));
    expect(withEvidence).toMatchObject({ status: 'sent', externalStatus: 'Czeka na doręczenie' });
    const evidenceFile = (withEvidence.evidence as { fileId: string }[])[0]!.fileId;
    const content = await as('kancelaria').request({
      method: 'GET',
      url: `/api/v1/files/${evidenceFile}/content`,
    });
    expect(content.statusCode).toBe(200);

    simulator.control.collect(message!.messageId);
    await sync();
    const delivered = await itemOf(ordered.id as string);
    expect(delivered).toMatchObject({
      status: 'delivered',
      deliveredOn: '2026-03-10',
      deliveryKind: 'confirmed',
    });
    expect((delivered.evidence as { kind: string }[]).map((e) => e.kind)).toEqual(
      expect.arrayContaining(['E.1', 'BP.OX']),
    );
    const register = await call(as('referent.gk'), 'GET', `/api/v1/outgoing?caseId=${letter.caseId}`, 200);
    expect(register.items?.[0]).toMatchObject({ deliveredOn: '2026-03-10', status: 'delivered' });
  });

  test('a letter not collected is delivered by the 14-day fiction counted from D.1 (moved past a holiday or weekend)', async () => {
    const contactId = await addresseeContact(as('referent.gk'), {
      edeliveryAddress: SLOW_CITIZEN_ADE,
      surname: 'Nowak',
    });
    const letter = await signedLetter(office, { contactIds: [contactId], title: 'Wezwanie do uzupełnienia' });
    const ordered = await call(as('referent.gk'), 'POST', '/api/v1/outgoing', 201, {
      documentId: letter.documentId,
      addressees: [{ contactId, channel: 'edelivery' }],
    });
    await drainJobs(t);
    await sync();
    // D.1 on Tuesday 2026-03-10: the 14th day is Tuesday 2026-03-24.
    simulator.control.advance(15);
    await sync();
    expect(await itemOf(ordered.id as string)).toMatchObject({
      status: 'delivered',
      deliveryKind: 'fiction',
      deliveredOn: '2026-03-24',
    });
  });

  test('while e-Doręczenia is down the letter waits and is retried; a lost answer after sending does not send it twice', async () => {
    const contactId = await addresseeContact(as('referent.gk'), {
      edeliveryAddress: CITIZEN_ADE,
      surname: 'Czekająca',
    });
    const letter = await signedLetter(office, { contactIds: [contactId], title: 'Zawiadomienie' });
    const before = simulator.control.stats().messagesSent;
    simulator.control.setFailure({ mode: 'down' });
    const ordered = await call(as('referent.gk'), 'POST', '/api/v1/outgoing', 201, {
      documentId: letter.documentId,
      addressees: [{ contactId, channel: 'edelivery' }],
    });
    await drainJobs(t);
    const waiting = await itemOf(ordered.id as string);
    expect(waiting).toMatchObject({ status: 'waiting', attempts: 1 });
    expect(waiting.lastError).toMatch(/edelivery\.unavailable/);
    expect(waiting.nextAttemptAt).not.toBeNull();
    const log = await call(
      office.admin,
      'GET',
      '/api/v1/integrations/log?integration=edelivery&level=warning',
      200,
    );
    expect(log.items?.[0]).toMatchObject({ code: 'send.retry', dispatchItemId: waiting.id as string });

    // Back up, but the answer to "send" is lost: the next attempt finds the draft already sent.
    simulator.control.setFailure({ mode: 'lose_response', pathIncludes: '/drafts/send', times: 1 });
    t.clock.set(new Date(t.clock.now().getTime() + 2 * 60_000).toISOString());
    await drainJobs(t);
    t.clock.set(new Date(t.clock.now().getTime() + 5 * 60_000).toISOString());
    await drainJobs(t);
    expect(await itemOf(ordered.id as string)).toMatchObject({ status: 'sent' });
    expect(simulator.control.stats().messagesSent - before).toBe(1);
  });

  test('a refused letter (unknown address) is marked failed with the reason, and can be sent again', async () => {
    const contactId = await addresseeContact(as('referent.gk'), {
      edeliveryAddress: 'AE:PL-99999-99999-ZZZZZ-99',
      surname: 'Nieznany',
    });
    const letter = await signedLetter(office, { contactIds: [contactId], title: 'Do nieznanego' });
    const ordered = await call(as('referent.gk'), 'POST', '/api/v1/outgoing', 201, {
      documentId: letter.documentId,
      addressees: [{ contactId, channel: 'edelivery' }],
    });
    await drainJobs(t);
    const failed = await itemOf(ordered.id as string);
    expect(failed.status).toBe('failed');
    expectProblem(
      await as('referent.gk').request({
        method: 'POST',
        url: `/api/v1/outgoing/${String(ordered.id)}/items/${String(failed.id)}/retry`,
      }),
      { status: 403, code: 'auth.forbidden' },
    );
    simulator.control.addMailbox('AE:PL-99999-99999-ZZZZZ-99', { name: 'Teraz istnieje', public: false });
    await call(
      as('kancelaria'),
      'POST',
      `/api/v1/outgoing/${String(ordered.id)}/items/${String(failed.id)}/retry`,
      200,
    );
    await drainJobs(t);
    expect((await itemOf(ordered.id as string)).status).toBe('sent');
  });
});

describe('receiving by e-Doręczenia', () => {
  test('a message to the office is registered in the RPW with its attachments and evidence, then removed from the mailbox; one with a file of no accepted type is refused and logged', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const { messageId } = simulator.control.deliverToOffice({
      toAde: OFFICE_ADE,
      fromAde: CITIZEN_ADE,
      fromName: 'Łucja Żółkiewska',
      subject: 'Wniosek o wydanie zaświadczenia',
      textBody: 'Proszę o wydanie zaświadczenia.',
      attachments: [{ filename: 'wniosek.pdf', contentType: 'application/pdf', bytes: pdf }],
    });
    const bad = simulator.control.deliverToOffice({
      toAde: OFFICE_ADE,
      fromAde: CITIZEN_ADE,
      fromName: 'Łucja Żółkiewska',
      subject: 'Obraz, który nim nie jest',
      attachments: [
        { filename: 'obraz.png', contentType: 'image/png', bytes: new Uint8Array([0, 1, 2, 3, 250, 251]) },
      ],
    });
    const result = await sync();
    expect(result.mailboxes).toMatchObject([
      { address: OFFICE_ADE, registered: 1, rejected: 1, error: null },
    ]);
    const rpw = await call(as('kancelaria'), 'GET', '/api/v1/incoming?q=zaświadczenia', 200);
    const item = (rpw.items as Record<string, unknown>[])[0]!;
    expect(item).toMatchObject({ deliveryMethod: 'e_doreczenia', title: 'Wniosek o wydanie zaświadczenia' });
    const registered = await call(as('kancelaria'), 'GET', `/api/v1/incoming/${String(item.id)}`, 200);
    const names: string[] = [];
    for (const file of registered.files as { fileId: string }[])
      names.push((await call(as('kancelaria'), 'GET', `/api/v1/files/${file.fileId}`, 200)).name as string);
    expect(names).toContain('wniosek.pdf');
    expect(names).toContain('tresc-wiadomosci.txt');
    expect(names.some((n) => n.startsWith('dowod-D.1'))).toBe(true);
    expect(simulator.control.listMessages(OFFICE_ADE, 'inbox').map((m) => m.messageId)).not.toContain(
      messageId,
    );
    // The refused one stays in the mailbox and in the log; a second run registers nothing again.
    expect(simulator.control.listMessages(OFFICE_ADE, 'inbox').map((m) => m.messageId)).toContain(
      bad.messageId,
    );
    const log = await call(office.admin, 'GET', '/api/v1/integrations/log?level=error', 200);
    expect(log.items?.map((e) => e.code)).toContain('intake.unsupported_media_type');
    expect((await sync()).mailboxes).toMatchObject([{ registered: 0, rejected: 0 }]);
  });
});
