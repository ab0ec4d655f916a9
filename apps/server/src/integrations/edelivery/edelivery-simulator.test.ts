import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createEDeliveryClient, type EDeliveryClient } from './edelivery.client.js';
import { startEDeliverySimulator, type EDeliverySimulator } from './edelivery.simulator.js';

const OFFICE = 'AE:PL-28080-40239-TUSBF-26';
const CITIZEN = 'AE:PL-43563-82585-JHWCF-30';
const COMPANY = 'AE:PL-10000-20000-FIRMA-01';

let simulator: EDeliverySimulator;
let office: EDeliveryClient;

beforeEach(async () => {
  simulator = await startEDeliverySimulator({
    mailboxes: [
      { ade: OFFICE, name: 'Urząd Gminy', public: true },
      { ade: CITIZEN, name: 'Jan Kowalski', public: false },
    ],
  });
  office = createEDeliveryClient({
    apiBaseUrl: simulator.apiBaseUrl,
    tokenUrl: simulator.tokenUrl,
    clientId: 'ezd',
    eDeliveryAddress: OFFICE,
  });
});

afterEach(async () => {
  office.close();
  await simulator.close();
});

const postJson = async (path: string, body: unknown) => {
  const response = await fetch(`${simulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('the e-Doręczenia simulator', () => {
  test('a hybrid letter is posted (H.PN) and its electronic return receipt (H.EPO) can be downloaded', async () => {
    const draft = await office.createDraft({
      subject: 'Decyzja',
      to: [
        {
          address: {
            country: 'PL',
            postalCode: '00-950',
            city: 'Warszawa',
            street: 'Prosta',
            buildingNumber: '1',
          },
        },
      ],
      shippingService: 'hybrid',
      hybridShipment: {
        procedingType: 'administrative',
        categoryService: 'priority',
        printingMode: 'simplex',
        overprintMode: 'monochrome',
        returnService: 'returntosender',
        shippingMode: 'registered',
      },
      attachments: [
        { filename: 'decyzja.pdf', contentType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
      ],
    });
    const { messageTaskId } = await office.sendDraft(draft.messageId);
    expect((await office.getMessage(draft.messageId, 'metadata')).messageControlData?.status).toBe('Nadana');
    expect(await office.getMessageTaskStatus(messageTaskId!)).toBe('FINISHED');

    simulator.control.collect(draft.messageId);

    const evidences = await office.listEvidences(draft.messageId);
    expect(evidences.map((e) => e.type)).toEqual(['H.PN', 'H.EPO']);
    const epo = Buffer.from(await office.getHybridReturnReceipt(draft.messageId)).toString();
    expect(epo).toContain('<EvidenceType>H.EPO</EvidenceType>');
    const pn = await office.getEvidenceFile({ evidenceId: evidences[0]!.evidenceId, messageType: 'puh' });
    expect(Buffer.from(pn.bytes).toString()).toContain('H.PN');
    expect((await office.getMessage(draft.messageId, 'metadata')).messageControlData?.status).toBe(
      'Doręczona',
    );
  });

  test('the /__sim endpoints deliver a letter to the office, list it, and collect or fail deliveries', async () => {
    const delivered = await postJson('/__sim/deliver', {
      toAde: OFFICE,
      fromAde: COMPANY,
      fromName: 'Firma Sp. z o.o.',
      subject: 'Wniosek',
      caseId: 'OR.1.2025',
      attachments: [{ filename: 'wniosek.pdf', contentType: 'application/pdf', contentBase64: 'JVBERg==' }],
    });
    expect(delivered.status).toBe(200);
    const listed = (await (
      await fetch(`${simulator.url}/__sim/messages?ade=${encodeURIComponent(OFFICE)}`)
    ).json()) as {
      messageId: string;
      status: string;
    }[];
    expect(listed).toEqual([
      expect.objectContaining({ messageId: delivered.body.messageId, status: 'Doręczona' }),
    ]);

    const draft = await office.createDraft({
      subject: 'Wezwanie',
      to: [CITIZEN],
      shippingService: 'electronic',
      attachments: [],
    });
    await office.sendDraft(draft.messageId);
    expect(
      (await postJson('/__sim/fail-delivery', { messageId: draft.messageId, reason: 'Skrzynka zamknięta' }))
        .status,
    ).toBe(200);
    const failed = await office.getMessage(draft.messageId, 'fullExtended');
    expect(failed.messageControlData.status).toBe('Niedoręczona');
    expect(failed.evidences.find((e) => e.type === 'E.2')?.reasonDetails).toEqual(['Skrzynka zamknięta']);

    expect((await postJson('/__sim/collect', { messageId: 'no-such-id' })).status).toBe(404);
    expect((await postJson('/__sim/fail', { mode: 'unavailable', times: 1 })).status).toBe(200);
    await expect(office.listMessages()).rejects.toMatchObject({ code: 'edelivery.unavailable', status: 503 });
    expect((await office.listMessages({ label: 'INBOX' })).total).toBe(1);
  });

  test('a mailbox bound to an OAuth client refuses another client', async () => {
    simulator.control.addMailbox(COMPANY, { name: 'Firma', public: false, clientId: 'firma-ezd' });
    const intruder = createEDeliveryClient({
      apiBaseUrl: simulator.apiBaseUrl,
      tokenUrl: simulator.tokenUrl,
      clientId: 'ezd',
      eDeliveryAddress: COMPANY,
    });

    await expect(intruder.listMessages()).rejects.toMatchObject({
      code: 'edelivery.unauthorized',
      status: 403,
    });
    intruder.close();
  });
});
