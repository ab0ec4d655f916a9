import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createEDeliveryClient, readAttachmentContent, type EDeliveryClient } from './edelivery.client.js';
import { isEDeliveryError, type EDeliveryError } from './edelivery.errors.js';
import { sha256Hex } from './edelivery.hash.js';
import { startEDeliverySimulator, type EDeliverySimulator } from './edelivery.simulator.js';
import { normaliseEvidenceType, type Evidence } from './edelivery.types.js';

const OFFICE = 'AE:PL-28080-40239-TUSBF-26';
const CITIZEN = 'AE:PL-43563-82585-JHWCF-30';
const COMPANY = 'AE:PL-10000-20000-FIRMA-01';
const NOBODY = 'AE:PL-99999-99999-NOONE-99';
const DAY_MS = 86_400_000;

const pdf = (text: string) => new Uint8Array(Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`));
const letter = pdf('Decyzja nr 1/2025');

let simulator: EDeliverySimulator;
let office: EDeliveryClient;
let citizen: EDeliveryClient;

const clientFor = (eDeliveryAddress: string, extra: { timeoutMs?: number } = {}) =>
  createEDeliveryClient({
    apiBaseUrl: simulator.apiBaseUrl,
    tokenUrl: simulator.tokenUrl,
    clientId: `ezd-${eDeliveryAddress}`,
    eDeliveryAddress,
    ...extra,
  });

async function failureOf(promise: Promise<unknown>): Promise<EDeliveryError> {
  try {
    await promise;
  } catch (error) {
    if (isEDeliveryError(error)) return error;
    throw error;
  }
  throw new Error('expected an EDeliveryError');
}

const types = (evidences: Evidence[]) => evidences.map((e) => normaliseEvidenceType(e.type ?? '')).sort();

async function sendDecision(to = CITIZEN) {
  const draft = await office.createDraft({
    subject: 'Decyzja w sprawie OR.6730.12.2025',
    textBody: 'W załączeniu decyzja.',
    caseId: 'OR.6730.12.2025',
    to: [to],
    shippingService: 'electronic',
    attachments: [{ filename: 'decyzja.pdf', contentType: 'application/pdf', bytes: letter }],
  });
  await office.sendDraft(draft.messageId);
  return draft.messageId;
}

beforeEach(async () => {
  simulator = await startEDeliverySimulator({
    mailboxes: [
      { ade: OFFICE, name: 'Urząd Gminy Przykładowo', public: true },
      { ade: CITIZEN, name: 'Jan Kowalski', public: false },
      { ade: COMPANY, name: 'Firma Sp. z o.o.', public: false },
    ],
  });
  office = clientFor(OFFICE);
  citizen = clientFor(CITIZEN);
});

afterEach(async () => {
  office.close();
  citizen.close();
  await simulator.close();
});

describe('sending a letter through e-Doręczenia', () => {
  test('a letter sent through a draft waits for the addressee, with A.1, D.1 and BP.WX/BP.WP evidences to download', async () => {
    const messageId = await sendDecision();

    const sent = await office.getMessage(messageId, 'metadata');
    expect(sent.messageControlData?.status).toBe('Czeka na doręczenie');
    expect(sent.messageMetadata?.submissionDate).toBeTruthy();
    const evidences = await office.listEvidences(messageId);
    expect(types(evidences)).toEqual(['A.1', 'BP.WP', 'BP.WX', 'D.1']);

    const a1 = evidences.find((e) => e.type === 'A.1')!;
    const xml = await office.getEvidenceFile({ evidenceId: a1.evidenceId });
    const text = Buffer.from(xml.bytes).toString('utf8');
    expect(xml.contentType).toContain('application/xml');
    expect(text).toContain(`<MessageId>${messageId}</MessageId>`);
    expect(text).toContain(`sha256="${sha256Hex(letter)}"`);
    expect(text).toContain(CITIZEN);
    const wp = await office.getEvidenceFile({
      evidenceId: evidences.find((e) => e.type === 'BP.WP')!.evidenceId,
    });
    expect(Buffer.from(wp.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await office.listEvidences(messageId, { downloaded: true })).length).toBe(2);

    const inbox = await citizen.listMessages({ label: 'INBOX' });
    expect(inbox.messages.map((m) => m.messageMetadata?.messageId)).toEqual([messageId]);
    const zip = await office.getTechnicalEvidencesFile(messageId);
    expect(Buffer.from(zip).subarray(0, 2).toString()).toBe('PK');
  });

  test('the addressee collecting the letter yields E.1, BP.OX and the status Doręczona with the receipt date', async () => {
    const messageId = await sendDecision();

    simulator.control.collect(messageId);

    const sent = await office.getMessage(messageId);
    expect(sent.messageControlData.status).toBe('Doręczona');
    expect(sent.messageMetadata.receiptDate).toBeTruthy();
    expect(types(await office.listEvidences(messageId))).toEqual([
      'A.1',
      'BP.OP',
      'BP.OX',
      'BP.WP',
      'BP.WX',
      'D.1',
      'E.1',
    ]);
  });

  test('reading the letter in full mode is the addressee collecting it', async () => {
    const messageId = await sendDecision();

    const read = await citizen.getMessage(messageId, 'full');

    expect(read.messageControlData.opened).toBe(true);
    expect((await office.getMessage(messageId, 'metadata')).messageControlData?.status).toBe('Doręczona');
  });

  test('a letter of a public office not collected by a citizen is deemed delivered 14 days after D.1', async () => {
    const messageId = await sendDecision();
    const d1 = (await office.listEvidences(messageId, { type: 'D.1' }))[0]!;

    simulator.control.advance(13);
    const waiting = await office.getMessage(messageId, 'metadata');
    expect(waiting.messageControlData?.status).toBe('Czeka na doręczenie');
    expect(waiting.messageControlData?.daysToReceive).toBe(1);

    simulator.control.advance(1);
    const deemed = await office.getMessage(messageId, 'fullExtended');
    expect(deemed.messageControlData.status).toBe('Uznana za doręczoną');
    expect(Date.parse(deemed.messageMetadata.receiptDate!)).toBe(Date.parse(d1.eventDate!) + 14 * DAY_MS);
    expect(deemed.evidences.find((e) => e.type === 'BP.OX')?.reasonId).toBe('DELIVERY_FICTION');
    expect(deemed.evidences.some((e) => e.type === 'E.1')).toBe(false);
  });

  test('a letter to an unknown mailbox is rejected with A.2 and the status Odrzucona', async () => {
    const messageId = await sendDecision(NOBODY);

    const sent = await office.getMessage(messageId, 'metadata');
    expect(sent.messageControlData?.status).toBe('Odrzucona');
    expect(sent.messageControlData?.statusDescription).toContain(NOBODY);
    expect(types(await office.listEvidences(messageId))).toEqual(['A.2']);
  });

  test('a second send of the same draft answers already_sent and the letter goes out once', async () => {
    const messageId = await sendDecision();

    const error = await failureOf(office.sendDraft(messageId));

    expect(error.code).toBe('edelivery.already_sent');
    expect(error.errors[0]?.error).toBe('MESSAGE_ALREADY_SENT');
    expect(simulator.control.stats().sendsByDraftId).toEqual({ [messageId]: 1 });
  });

  test('a send whose answer was lost is found sent by the draft id, and its retry does not send again', async () => {
    const draft = await office.createDraft({
      subject: 'Wezwanie',
      to: [CITIZEN],
      shippingService: 'electronic',
      attachments: [],
    });
    expect((await office.getDraft(draft.messageId, 'metadata')).messageMetadata?.subject).toBe('Wezwanie');
    simulator.control.setFailure({ mode: 'lose_response', pathIncludes: '/drafts/send', times: 1 });

    expect((await failureOf(office.sendDraft(draft.messageId))).code).toBe('edelivery.unavailable');
    expect((await office.getMessage(draft.messageId, 'metadata')).messageControlData?.status).toBe(
      'Czeka na doręczenie',
    );
    expect((await failureOf(office.getDraft(draft.messageId))).code).toBe('edelivery.not_found');
    expect((await failureOf(office.sendDraft(draft.messageId))).code).toBe('edelivery.already_sent');
    expect(simulator.control.stats().sendsByDraftId[draft.messageId]).toBe(1);
  });
});

describe('what the service refuses', () => {
  test('an attachment named with a space is refused and its draft removed', async () => {
    const error = await failureOf(
      office.createDraft({
        subject: 'Pismo',
        to: [CITIZEN],
        shippingService: 'electronic',
        attachments: [{ filename: 'pismo urzędu.pdf', contentType: 'application/pdf', bytes: letter }],
      }),
    );

    expect(error.code).toBe('edelivery.rejected');
    expect(error.errors[0]?.error).toBe('INVALID_ATTACHMENT_NAME');
    expect(simulator.control.listDrafts(OFFICE)).toEqual([]);
  });

  test.each([
    ['program.exe', 'electronic', 'UNSUPPORTED_FILE_TYPE'],
    ['SKAN.PDF', 'electronic', 'UNSUPPORTED_FILE_TYPE'],
    [`${'a'.repeat(125)}.pdf`, 'electronic', 'INVALID_ATTACHMENT_NAME'],
    ['skan.jpg', 'hybrid', 'HYBRID_PDF_ONLY'],
  ] as const)(
    'the attachment %s in a %s letter is refused with %s',
    async (filename, shippingService, code) => {
      const error = await failureOf(
        office.createDraft({
          subject: 'Pismo',
          to:
            shippingService === 'hybrid'
              ? [
                  {
                    address: {
                      country: 'PL',
                      postalCode: '00-001',
                      city: 'Warszawa',
                      street: 'Prosta',
                      buildingNumber: '1',
                    },
                  },
                ]
              : [CITIZEN],
          shippingService,
          ...(shippingService === 'hybrid'
            ? {
                hybridShipment: {
                  procedingType: 'administrative',
                  categoryService: 'priority',
                  printingMode: 'simplex',
                  overprintMode: 'monochrome',
                  returnService: 'returntosender',
                  shippingMode: 'registered',
                },
              }
            : {}),
          attachments: [{ filename, contentType: 'application/octet-stream', bytes: letter }],
        }),
      );
      expect(error.errors[0]?.error).toBe(code);
    },
  );

  test('two attachments of the same name, sixteen recipients and a body over 5000 characters are refused', async () => {
    const file = { filename: 'a.pdf', contentType: 'application/pdf', bytes: letter };
    const base = { subject: 'Pismo', to: [CITIZEN], shippingService: 'electronic' as const, attachments: [] };
    const codes = await Promise.all([
      failureOf(office.createDraft({ ...base, attachments: [file, file] })),
      failureOf(office.createDraft({ ...base, to: Array.from({ length: 16 }, () => CITIZEN) })),
      failureOf(office.createDraft({ ...base, textBody: 'x'.repeat(5001) })),
      failureOf(office.createDraft({ ...base, to: ['AE:PL-123'] })),
    ]);
    expect(codes.map((e) => e.errors[0]?.error)).toEqual([
      'ATTACHMENT_NAME_NOT_UNIQUE',
      'TOO_MANY_RECIPIENTS',
      'TEXT_BODY_TOO_LONG',
      'INVALID_ADDRESS',
    ]);
  });

  test("malformed JSON is refused with 400 and the spec's error body", async () => {
    const token = (await (
      await fetch(simulator.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&client_id=ezd',
      })
    ).json()) as { access_token: string };

    const response = await fetch(`${simulator.apiBaseUrl}/${encodeURIComponent(OFFICE)}/drafts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
      body: '{"messageMetadata": ',
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual([
      { error: 'MALFORMED_JSON', error_description: expect.any(String) },
    ]);
  });
});

describe('receiving letters', () => {
  const deliver = (subject: string, bytes = letter) =>
    simulator.control.deliverToOffice({
      toAde: OFFICE,
      fromAde: COMPANY,
      fromName: 'Firma Sp. z o.o.',
      subject,
      textBody: 'Wniosek w załączeniu.',
      attachments: [{ filename: 'wniosek.pdf', contentType: 'application/pdf', bytes }],
    });

  test('incoming letters are listed, read in fullExtended mode with their attachments verified, and deleted', async () => {
    const ids = [deliver('Wniosek 1'), deliver('Wniosek 2'), deliver('Wniosek 3')].map((d) => d.messageId);

    const listed = await office.listMessages({ format: 'minimal', label: 'INBOX', limit: 2 });
    expect(listed.total).toBe(3);
    expect(listed.ids).toEqual(ids.slice(0, 2));

    const first = ids[0]!;
    const message = await office.getMessage(first, 'fullExtended');
    expect(message.messageMetadata.subject).toBe('Wniosek 1');
    expect(message.messageMetadata.from?.eDeliveryAddress).toBe(COMPANY);
    expect(message.messageControlData.status).toBe('Doręczona');
    expect(message.messageMetadata.receiptDate).toBe(message.messageMetadata.eventDate);
    expect(types(message.evidences)).toEqual(['A.1', 'BP.OP', 'BP.OX', 'D.1', 'E.1']);
    const attachment = message.attachments[0]!;
    expect(readAttachmentContent(attachment)).toEqual(letter);
    const fetched = await office.getAttachment(
      first,
      attachment.attachmentId!,
      attachment.file?.fileMetadata,
    );
    expect(fetched).toEqual(letter);

    await office.deleteMessage(first);
    expect((await office.listMessages({ label: 'INBOX' })).total).toBe(2);
    expect((await failureOf(office.getMessage(first))).code).toBe('edelivery.not_found');
  });

  test('an attachment whose bytes do not match its SHA-3 hash is detected', async () => {
    const { messageId } = deliver('Wniosek');
    const message = await office.getMessage(messageId, 'full');
    const attachmentId = message.attachments[0]!.attachmentId!;

    simulator.control.tamperAttachment(messageId, attachmentId);

    expect((await failureOf(office.getAttachment(messageId, attachmentId))).code).toBe(
      'edelivery.hash_mismatch',
    );
    const extended = await office.getMessage(messageId, 'fullExtended');
    expect(() => readAttachmentContent(extended.attachments[0]!)).toThrow(
      expect.objectContaining({ code: 'edelivery.hash_mismatch' }),
    );
  });
});

describe('outages and tokens', () => {
  test('a server that resets connections, fails or answers too slowly surfaces as edelivery.unavailable', async () => {
    await office.listMessages();
    simulator.control.setFailure({ mode: 'down' });
    const down = await failureOf(office.listMessages());
    simulator.control.setFailure({ mode: 'error', times: 1 });
    const broken = await failureOf(office.listMessages());
    simulator.control.setFailure({ mode: 'slow', delayMs: 300, times: 1 });
    const impatient = clientFor(OFFICE, { timeoutMs: 100 });
    const slow = await failureOf(impatient.listMessages());
    impatient.close();

    expect([down.code, broken.code, slow.code]).toEqual(Array(3).fill('edelivery.unavailable'));
    expect([down.retryable, broken.status]).toEqual([true, 500]);
    simulator.control.setFailure(null);
    expect((await office.listMessages()).total).toBe(0);
  });

  test('a revoked token is replaced once, transparently', async () => {
    await office.listMessages();
    simulator.control.revokeTokens();

    await office.listMessages();

    expect(simulator.control.stats().tokensIssued).toBe(2);
  });
});
