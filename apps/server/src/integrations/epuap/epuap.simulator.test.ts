import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPullRequest } from './epuap.requests.js';
import type { EpuapSimulator } from './epuap.simulator.js';
import { OFFICE, makeClient, makeIdentity, startTestSimulator } from './epuap.test-utils.js';
import { buildSoapEnvelope, parseSoapEnvelope } from './epuap-soap.js';
import type { SelfSignedIdentity } from './epuap-simulator.identity.js';
import { buildSignedSoapEnvelope } from './ws-security.js';

let office: SelfSignedIdentity;
let simulator: EpuapSimulator;

beforeAll(async () => {
  office = await makeIdentity('EZD Obieg ugdemo');
  simulator = await startTestSimulator(office);
});
afterAll(() => simulator.close());

const box = { podmiot: OFFICE.podmiot, nazwaSkrytki: 'SkrytkaESP', adresSkrytki: OFFICE.box };

async function post(body: string) {
  const response = await fetch(simulator.endpoints.pull, {
    method: 'POST',
    headers: { 'content-type': 'text/xml' },
    body,
  });
  const message = await parseSoapEnvelope(new Uint8Array(await response.arrayBuffer()));
  return { status: response.status, fault: message.fault };
}

const signedRequest = () =>
  buildSignedSoapEnvelope({
    body: buildPullRequest('oczekujaceDokumenty', box),
    credentials: office,
    now: new Date(),
  });

describe('the simulator refuses requests it cannot trust with a SOAP Fault', () => {
  test('a correctly signed request is answered', async () => {
    const response = await fetch(simulator.endpoints.pull, { method: 'POST', body: await signedRequest() });
    expect(response.status).toBe(200);
  });

  test('a request whose body was changed after signing', async () => {
    const tampered = (await signedRequest()).replace(
      `<podmiot>${OFFICE.podmiot}</podmiot>`,
      '<podmiot>spdemo</podmiot>',
    );
    const { status, fault } = await post(tampered);
    expect(status).toBe(500);
    expect(fault).toMatchObject({
      faultCode: 'wsse:FailedAuthentication',
      faultString: expect.stringContaining('digest'),
    });
  });

  test('an unsigned request', async () => {
    const { fault } = await post(buildSoapEnvelope({ body: buildPullRequest('oczekujaceDokumenty', box) }));
    expect(fault).toMatchObject({
      faultCode: 'wsse:FailedAuthentication',
      faultString: expect.stringContaining('unsigned'),
    });
  });

  test('malformed SOAP', async () => {
    const { status, fault } = await post(
      '<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>',
    );
    expect(status).toBe(500);
    expect(fault).toMatchObject({ faultCode: 'soapenv:Client' });
  });

  test('a message that is XML but not a SOAP envelope', async () => {
    const { fault } = await post('<Envelope/>');
    expect(fault).toMatchObject({
      faultCode: 'soapenv:Client',
      faultString: expect.stringContaining('SOAP 1.1 Envelope'),
    });
  });

  test('XML with a DOCTYPE (entity expansion attempt), before any parsing', async () => {
    const { fault } = await post('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>');
    expect(fault).toMatchObject({
      faultCode: 'soapenv:Client',
      faultString: expect.stringContaining('DOCTYPE'),
    });
  });

  test('GET on a service and unknown paths are not SOAP endpoints', async () => {
    expect((await fetch(simulator.endpoints.pull)).status).toBe(405);
    expect((await fetch(`${simulator.url}/nothing`, { method: 'POST' })).status).toBe(404);
  });
});

describe('the simulator controls as JSON under /__sim', () => {
  const call = async (path: string, body?: unknown) => {
    const response = await fetch(
      `${simulator.url}/__sim/${path}`,
      body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) },
    );
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };

  test('a sample letter submitted over JSON waits in the office box', async () => {
    const client = makeClient(simulator, office);
    const before = await client.oczekujaceDokumenty();
    const submitted = await call('submit', {
      toBox: OFFICE.box,
      from: { identyfikator: 'anna_nowak', imie: 'Anna', nazwisko: 'Nowak' },
      title: 'Skarga',
    });
    expect(submitted).toMatchObject({
      status: 201,
      json: { identyfikatorDokumentu: expect.stringMatching(/^DOK/) },
    });
    expect(await client.oczekujaceDokumenty()).toBe(before + 1);
    const boxes = (await fetch(`${simulator.url}/__sim/boxes`).then((r) => r.json())) as {
      address: string;
      waiting: number;
    }[];
    expect(boxes.find((b) => b.address === OFFICE.box)?.waiting).toBe(before + 1);
  });

  test('failure injection, stats and errors', async () => {
    expect(await call('failure', { mode: 'error', times: 1 })).toMatchObject({
      status: 200,
      json: { mode: 'error' },
    });
    expect((await call('stats')).json).toMatchObject({ failure: 'error' });
    await expect(makeClient(simulator, office).oczekujaceDokumenty()).rejects.toMatchObject({
      code: 'epuap.unavailable',
    });
    expect((await call('stats')).json).toMatchObject({ failure: null });
    expect(await call('collect', { id: 'DOK-nope' })).toMatchObject({
      status: 409,
      json: { kod: 'BRAK_DORECZENIA' },
    });
    expect((await call('submit', { from: {} })).status).toBe(409);
    const bad = await fetch(`${simulator.url}/__sim/boxes`, { method: 'POST', body: 'nie json' });
    expect(bad.status).toBe(400);
  });
});
