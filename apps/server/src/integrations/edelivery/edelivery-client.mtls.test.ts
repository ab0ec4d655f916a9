import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createEDeliveryClient } from './edelivery.client.js';
import { isEDeliveryError } from './edelivery.errors.js';
import { createHttpAgents, exchangeHttp } from './edelivery.http.js';
import { startEDeliverySimulator, type EDeliverySimulator } from './edelivery.simulator.js';
import { createTestCa, type TestCa, type TestCertificate } from './edelivery-simulator.certificates.js';

const OFFICE = 'AE:PL-28080-40239-TUSBF-26';
const CITIZEN = 'AE:PL-43563-82585-JHWCF-30';

let ca: TestCa;
let officeCertificate: TestCertificate;
let otherCertificate: TestCertificate;
let rogueCertificate: TestCertificate;
let simulator: EDeliverySimulator;

beforeAll(async () => {
  ca = await createTestCa('Obieg Test CA');
  const rogueCa = await createTestCa('Rogue CA');
  const server = await ca.issue({ commonName: 'localhost', usage: 'server' });
  officeCertificate = await ca.issue({ commonName: 'EZD Urząd Gminy', usage: 'client' });
  otherCertificate = await ca.issue({ commonName: 'Another system', usage: 'client' });
  rogueCertificate = await rogueCa.issue({ commonName: 'EZD Urząd Gminy', usage: 'client' });
  simulator = await startEDeliverySimulator({
    tls: { certPem: server.certPem, keyPem: server.keyPem, clientCaPem: ca.certPem },
    mailboxes: [
      { ade: OFFICE, name: 'Urząd Gminy', public: true, clientId: 'ezd-office' },
      { ade: CITIZEN, name: 'Jan Kowalski', public: false },
    ],
  });
});

afterAll(async () => {
  await simulator?.close();
});

const clientWith = (certificate?: TestCertificate) =>
  createEDeliveryClient({
    apiBaseUrl: simulator.apiBaseUrl,
    tokenUrl: simulator.tokenUrl,
    clientId: 'ezd-office',
    eDeliveryAddress: OFFICE,
    tls: {
      caPem: ca.certPem,
      ...(certificate ? { certPem: certificate.certPem, keyPem: certificate.keyPem } : {}),
    },
  });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (isEDeliveryError(error)) return error.code;
    throw error;
  }
}

describe('e-Doręczenia over HTTPS with mutual TLS (RFC 8705)', () => {
  test('the token is refused without a client certificate from the trusted CA, and granted with one', async () => {
    const anonymous = clientWith();
    const rogue = clientWith(rogueCertificate);
    const office = clientWith(officeCertificate);

    expect(await codeOf(anonymous.listMessages())).toBe('edelivery.unauthorized');
    expect(await codeOf(rogue.listMessages())).toBe('edelivery.unauthorized');
    const draft = await office.createDraft({
      subject: 'Decyzja',
      to: [CITIZEN],
      shippingService: 'electronic',
      attachments: [
        { filename: 'decyzja.pdf', contentType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
      ],
    });
    await office.sendDraft(draft.messageId);
    expect((await office.getMessage(draft.messageId, 'metadata')).messageControlData?.status).toBe(
      'Czeka na doręczenie',
    );
    for (const client of [anonymous, rogue, office]) client.close();
  });

  test('a token is bound to the certificate it was issued to (cnf x5t#S256)', async () => {
    const agentsOf = (certificate: TestCertificate) =>
      createHttpAgents({ certPem: certificate.certPem, keyPem: certificate.keyPem, caPem: ca.certPem });
    const [own, other] = [agentsOf(officeCertificate), agentsOf(otherCertificate)];
    const common = { timeoutMs: 5000, maxResponseBytes: 1 << 20 };
    const tokenExchange = await exchangeHttp({
      ...common,
      url: simulator.tokenUrl,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.from('grant_type=client_credentials&client_id=ezd-office'),
      agents: own,
    });
    const { access_token } = JSON.parse(tokenExchange.body.toString()) as { access_token: string };
    const list = (agents: typeof own) =>
      exchangeHttp({
        ...common,
        url: `${simulator.apiBaseUrl}/${encodeURIComponent(OFFICE)}/messages`,
        method: 'GET',
        headers: { authorization: `Bearer ${access_token}` },
        agents,
      });

    expect((await list(own)).status).toBe(200);
    expect((await list(other)).status).toBe(401);
    own.close();
    other.close();
  });
});
