import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../app/server.test-utils.js';
import { startSmtpSink } from '../../integrations/email/smtp-sink.js';
import { buildSampleWnioDokument } from '../../integrations/epuap/wnio-dokument.builder.js';
import { startEpuapSimulator } from '../../integrations/epuap/epuap.simulator.js';
import { setUpCaseOffice } from '../cases/cases.test-utils.js';
import type { StaffLogin, TestOffice } from '../distribution/distribution.test-utils.js';
import { addresseeContact, call, drainJobs, signedLetter } from './dispatch.test-utils.js';

const SAMPLES = fileURLToPath(new URL('../../../../../../shared/data/samples/epuap/', import.meta.url));
const OFFICE_BOX = '/ugtestowo/SkrytkaESP';
const STAROSTWO_BOX = '/sptestowo/SkrytkaESP';

let t: TestApp;
let office: TestOffice;
let epuap: Awaited<ReturnType<typeof startEpuapSimulator>>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
const trusted: string[] = [];
const as = (login: StaffLogin) => office.staff[login].session;
const itemOf = async (dispatchId: string) =>
  (
    (await call(as('kancelaria'), 'GET', `/api/v1/outgoing/${dispatchId}`, 200)).items as Record<
      string,
      unknown
    >[]
  )[0]!;
const fileName = async (fileId: string) =>
  (await call(as('kancelaria'), 'GET', `/api/v1/files/${fileId}`, 200)).name as string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
  office = await setUpCaseOffice(t, 'epuapmail');
  await call(office.admin, 'PATCH', '/api/v1/tenant', 200, {
    address: { street: 'Rynek', building: '1', postalCode: '00-950', city: 'Testowo' },
  });
  // The simulator trusts the system certificates registered with it (as ePUAP's administrator does).
  epuap = await startEpuapSimulator({ now: () => t.clock.now(), trustedClientCertsPem: trusted });
  epuap.control.addBox(OFFICE_BOX, { podmiot: 'ugtestowo', name: 'SkrytkaESP' });
  epuap.control.addBox(STAROSTWO_BOX, { podmiot: 'sptestowo', name: 'SkrytkaESP' });
  const mailbox = await call(office.admin, 'POST', '/api/v1/integrations/mailboxes', 201, {
    kind: 'epuap',
    address: OFFICE_BOX,
    name: 'Skrytka ESP urzędu',
    settings: {
      pullUrl: epuap.endpoints.pull,
      skrytkaUrl: epuap.endpoints.skrytka,
      doreczycielUrl: epuap.endpoints.doreczyciel,
      podmiot: 'ugtestowo',
    },
    credentials: { issueFromOfficeCa: true },
  });
  expect(mailbox.certificateSubject).toMatch(/EZD Obieg/);
  trusted.push(mailbox.certificatePem as string);
  smtp = await startSmtpSink();
  await call(office.admin, 'POST', '/api/v1/integrations/mailboxes', 201, {
    kind: 'smtp',
    address: 'kancelaria@testowo.example',
    name: 'Poczta urzędu',
    settings: { host: '127.0.0.1', port: smtp.port, secure: false, from: 'kancelaria@testowo.example' },
  });
});
afterAll(async () => {
  await epuap?.close();
  await smtp?.close();
  await t?.close();
});

describe('ePUAP', () => {
  test('a letter sent to the office box is registered in the RPW with the form, its rendering, attachments and the UPP; the box is emptied', async () => {
    const form = buildSampleWnioDokument({
      title: 'Wniosek o wycięcie drzewa',
      senderName: 'Łucja Żółkiewska',
      text: 'Wnoszę o zezwolenie na wycięcie drzewa.\n\nZ poważaniem',
      attachments: [
        {
          fileName: 'mapa.pdf',
          mediaType: 'application/pdf',
          bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'),
        },
      ],
      senderAddress: { street: 'Długa', building: '5', postalCode: '90-001', city: 'Łódź' },
    });
    await epuap.control.submitToBox({
      toBox: OFFICE_BOX,
      from: { identyfikator: 'lucja', imie: 'Łucja', nazwisko: 'Żółkiewska' },
      document: form,
      fileName: 'wniosek.xml',
    });
    const result = await call(as('kancelaria'), 'POST', '/api/v1/integrations/epuap/sync', 200);
    expect(result.mailboxes).toMatchObject([
      { address: OFFICE_BOX, registered: 1, rejected: 0, error: null },
    ]);
    const rpw = await call(as('kancelaria'), 'GET', '/api/v1/incoming?q=drzewa', 200);
    const item = (rpw.items as Record<string, unknown>[])[0]!;
    expect(item).toMatchObject({ deliveryMethod: 'epuap', title: 'Wniosek o wycięcie drzewa' });
    const registered = await call(as('kancelaria'), 'GET', `/api/v1/incoming/${String(item.id)}`, 200);
    const names = await Promise.all(
      (registered.files as { fileId: string }[]).map((f) => fileName(f.fileId)),
    );
    expect(names).toEqual([
      'wniosek.xml',
      'wizualizacja-formularza.pdf',
      'mapa.pdf',
      expect.stringMatching(/^UPP-.+\.xml$/),
    ]);
    expect(await call(as('kancelaria'), 'POST', '/api/v1/integrations/epuap/sync', 200)).toMatchObject({
      mailboxes: [{ registered: 0 }],
    });
  });

  test.skipIf(!existsSync(SAMPLES))(
    existsSync(SAMPLES)
      ? 'a real signed ePUAP form (../shared/data/samples) is registered through the box with its rendering, and its signature is checked'
      : 'a real signed ePUAP form — skipped: ../shared/data/samples is not beside the repository',
    async () => {
      const form = readFileSync(`${SAMPLES}from-LegalAct/Wniosek przychodzacy z odpowiedzia.xml`);
      await epuap.control.submitToBox({
        toBox: OFFICE_BOX,
        from: { identyfikator: 'gmina', name: 'Nadawca próbki' },
        document: new Uint8Array(form),
        fileName: 'Wniosek przychodzacy z odpowiedzia.xml',
      });
      const result = await call(as('kancelaria'), 'POST', '/api/v1/integrations/epuap/sync', 200);
      expect(result.mailboxes).toMatchObject([{ registered: 1, rejected: 0, error: null }]);
      const log = await call(office.admin, 'GET', '/api/v1/integrations/log?integration=epuap', 200);
      const itemId = log.items?.find((e) => e.code === 'intake.registered')?.incomingItemId as string;
      const registered = await call(as('kancelaria'), 'GET', `/api/v1/incoming/${itemId}`, 200);
      expect(registered.deliveryMethod).toBe('epuap');
      const [original] = registered.files as { fileId: string }[];
      const bytes = await as('kancelaria').request({
        method: 'GET',
        url: `/api/v1/files/${original!.fileId}/content`,
      });
      expect(Buffer.from(bytes.rawPayload).equals(form)).toBe(true);
      await drainJobs(t);
      const validation = await call(
        as('kancelaria'),
        'GET',
        `/api/v1/files/${original!.fileId}/validation`,
        200,
      );
      expect(validation).toMatchObject({ trigger: 'intake', detectedFormat: 'XAdES' });
      expect(validation.signatures).toMatchObject([{ integrity: 'intact' }]);
    },
  );

  test('a document with a DTD is refused, kept as a file and logged; nothing is registered', async () => {
    const evil = new TextEncoder().encode(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    );
    await epuap.control.submitToBox({
      toBox: OFFICE_BOX,
      from: { identyfikator: 'zly', name: 'Zły nadawca' },
      document: evil,
      fileName: 'zly.xml',
    });
    const result = await call(as('kancelaria'), 'POST', '/api/v1/integrations/epuap/sync', 200);
    expect(result.mailboxes).toMatchObject([{ registered: 0, rejected: 1 }]);
    const log = await call(office.admin, 'GET', '/api/v1/integrations/log?integration=epuap', 200);
    const codes = log.items?.map((e) => e.code);
    expect(codes).toContain('intake.xml_refused');
    expect(codes).toContain('intake.kept_refused');
  });

  test('a signed letter to another public body goes by doreczyciel in a sealed form; the UPD returned on collection sets the delivery date', async () => {
    const contactId = await addresseeContact(as('referent.gk'), {
      epuapBox: STAROSTWO_BOX,
      surname: 'Starostwo',
    });
    const letter = await signedLetter(office, { contactIds: [contactId], title: 'Informacja dla starostwa' });
    const ordered = await call(as('referent.gk'), 'POST', '/api/v1/outgoing', 201, {
      documentId: letter.documentId,
      addressees: [{ contactId, channel: 'epuap' }],
    });
    await drainJobs(t);
    const sent = await itemOf(ordered.id as string);
    expect(sent).toMatchObject({ status: 'sent', lastError: null });
    expect((sent.evidence as { kind: string }[]).map((e) => e.kind)).toEqual(['EPUAP']);
    const form = await as('kancelaria').request({
      method: 'GET',
      url: `/api/v1/files/${(sent.evidence as { fileId: string }[])[0]!.fileId}/content`,
    });
    expect(form.body).toContain('Informacja dla starostwa');
    expect(form.body).toContain('ds:Signature');

    const [delivery] = epuap.control.listDeliveries();
    await epuap.control.collect(delivery!.identyfikatorDokumentu);
    await call(as('kancelaria'), 'POST', '/api/v1/integrations/epuap/sync', 200);
    const delivered = await itemOf(ordered.id as string);
    expect(delivered).toMatchObject({
      status: 'delivered',
      deliveredOn: '2026-03-10',
      deliveryKind: 'confirmed',
    });
    expect((delivered.evidence as { kind: string }[]).map((e) => e.kind)).toContain('UPD');
  });
});

describe('e-mail', () => {
  test('a letter goes by SMTP with the document attached; the sent message (.eml) is kept with the dispatch', async () => {
    const contactId = await addresseeContact(as('referent.gk'), {
      emails: ['lucja@example.org'],
      surname: 'Mailowa',
    });
    const letter = await signedLetter(office, { contactIds: [contactId], title: 'Odpowiedź e-mailem' });
    const ordered = await call(as('referent.gk'), 'POST', '/api/v1/outgoing', 201, {
      documentId: letter.documentId,
      addressees: [{ contactId, channel: 'email' }],
    });
    await drainJobs(t);
    const sent = await itemOf(ordered.id as string);
    expect(sent).toMatchObject({ status: 'sent' });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.to).toEqual(['lucja@example.org']);
    const eml = (sent.evidence as { kind: string; fileId: string }[]).find((e) => e.kind === 'EML')!;
    const stored = await as('kancelaria').request({
      method: 'GET',
      url: `/api/v1/files/${eml.fileId}/content`,
    });
    expect(Buffer.from(stored.rawPayload).equals(smtp.messages[0]!.raw)).toBe(true);
    expect(stored.body).toContain('Content-Type: application/pdf');
  });

  test('a mail server refusing for now keeps the letter waiting with its error', async () => {
    const contactId = await addresseeContact(as('referent.gk'), {
      emails: ['zajety@example.org'],
      surname: 'Zajęty',
    });
    const letter = await signedLetter(office, {
      contactIds: [contactId],
      title: 'Odpowiedź — serwer zajęty',
    });
    smtp.setFailure('tempfail');
    const ordered = await call(as('referent.gk'), 'POST', '/api/v1/outgoing', 201, {
      documentId: letter.documentId,
      addressees: [{ contactId, channel: 'email' }],
    });
    await drainJobs(t);
    smtp.setFailure(null);
    const waiting = await itemOf(ordered.id as string);
    expect(waiting).toMatchObject({ status: 'waiting', attempts: 1 });
    expect(waiting.lastError).toMatch(/email\.unavailable/);
  });
});
