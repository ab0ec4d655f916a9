import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifySignedFile } from '../../modules/signatures/verify/verify.models.js';
import type { EpuapSimulator } from './epuap.simulator.js';
import {
  CITIZEN,
  OFFICE,
  OTHER_OFFICE,
  letter,
  makeClient,
  makeIdentity,
  signedDecision,
  startTestSimulator,
} from './epuap.test-utils.js';
import type { SelfSignedIdentity } from './epuap-simulator.identity.js';
import { parseUpoReceipt } from './upp.js';
import { parseWnioDokument } from './wnio-dokument.js';

let office: SelfSignedIdentity;
let stranger: SelfSignedIdentity;
let simulator: EpuapSimulator;

beforeAll(async () => {
  [office, stranger] = await Promise.all([makeIdentity('EZD Obieg ugdemo'), makeIdentity('Ktoś obcy')]);
  simulator = await startTestSimulator(office);
});
afterAll(() => simulator.close());

const citizen = { identyfikator: CITIZEN.podmiot, imie: 'Jan', nazwisko: 'Kowalski', pesel: '44051401359' };
const send = (overrides: Record<string, unknown> = {}) => ({
  adresSkrytki: OTHER_OFFICE.box,
  adresOdpowiedzi: OFFICE.box,
  identyfikatorDokumentu: 'OB-1',
  identyfikatorSprawy: 'ORG.0012.3.2025',
  file: { fileName: 'pismo.xml', mediaType: 'text/xml', bytes: letter('Pismo do starostwa') },
  ...overrides,
});

describe('pulling the office ESP box', () => {
  test('two citizen letters are pulled and acknowledged one by one, leaving the box empty', async () => {
    const client = makeClient(simulator, office);
    await simulator.control.submitToBox({
      toBox: OFFICE.box,
      from: citizen,
      document: letter('Wniosek A'),
      fileName: 'a.xml',
    });
    await simulator.control.submitToBox({
      toBox: OFFICE.box,
      from: citizen,
      document: letter('Wniosek B'),
      fileName: 'b.xml',
    });
    expect(await client.oczekujaceDokumenty()).toBe(2);

    const titles: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      const pulled = await client.pobierzNastepny();
      if (!pulled) throw new Error('expected a waiting document');
      expect(pulled.sender.danePodmiotu).toMatchObject({
        identyfikator: CITIZEN.podmiot,
        imieSkrot: 'Jan',
        nazwiskoNazwa: 'Kowalski',
        typOsoby: 'F',
      });
      expect(pulled).toMatchObject({
        adresSkrytki: OFFICE.box,
        nazwaSkrytki: 'SkrytkaESP',
        czyTestowe: false,
      });
      titles.push((await parseWnioDokument(pulled.document.bytes)).title);
      expect((await parseUpoReceipt(pulled.upp ?? new Uint8Array())).kind).toBe('UPP');
      await client.potwierdzOdebranie(pulled);
    }

    expect(titles).toEqual(['Wniosek A', 'Wniosek B']);
    expect(await client.oczekujaceDokumenty()).toBe(0);
    expect(await client.pobierzNastepny()).toBeNull();
  });

  test('a document fetched but not acknowledged is fetched again', async () => {
    const client = makeClient(simulator, office);
    await simulator.control.submitToBox({
      toBox: OFFICE.box,
      from: citizen,
      document: letter('Wniosek C'),
      fileName: 'c.xml',
    });
    const first = await client.pobierzNastepny();
    const again = await client.pobierzNastepny();
    expect(again?.skrot).toBe(first?.skrot);
    await client.potwierdzOdebranie({ bytes: again?.document.bytes ?? new Uint8Array() });
    expect(await client.oczekujaceDokumenty()).toBe(0);
  });

  test('acknowledging a document the box does not hold is refused with epuap.fault', async () => {
    const client = makeClient(simulator, office);
    await expect(client.potwierdzOdebranie({ skrot: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' })).rejects.toMatchObject({
      code: 'epuap.fault',
      details: { detailCode: 'BRAK_DOKUMENTU' },
    });
  });

  test("another entity's box cannot be pulled", async () => {
    const client = makeClient(simulator, office, { boxAddress: OTHER_OFFICE.box });
    await expect(client.oczekujaceDokumenty()).rejects.toMatchObject({
      code: 'epuap.fault',
      details: { detailCode: 'BRAK_UPRAWNIEN' },
    });
  });
});

describe('nadaj', () => {
  test('returns a UPP that parses and whose XAdES signature verifies against the simulator certificate', async () => {
    const result = await makeClient(simulator, office).nadaj(send());
    expect(result).toMatchObject({
      dryRun: false,
      identyfikatorDokumentu: expect.stringMatching(/^DOK\d+$/),
    });
    const upp = await parseUpoReceipt(result.upp ?? new Uint8Array());
    expect(upp).toMatchObject({
      kind: 'UPP',
      identyfikatorPoswiadczenia: result.identyfikatorUpp,
      identyfikatorDokumentu: result.identyfikatorDokumentu,
      adresat: {
        nazwa: OTHER_OFFICE.name,
        identyfikator: OTHER_OFFICE.podmiot,
        typIdentyfikatora: 'ePUAP-ID',
      },
      nadawca: { nazwa: OFFICE.name, identyfikator: OFFICE.podmiot },
      signed: true,
    });
    expect(upp.dataDoreczenia).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/);

    const report = await verifySignedFile({
      bytes: result.upp ?? new Uint8Array(),
      trustAnchors: [new Uint8Array(new X509Certificate(simulator.systemCertificatePem).raw)],
      crls: [],
      at: new Date(),
    });
    expect(report.signatures[0]).toMatchObject({ integrity: 'intact', trust: 'trusted' });
  });

  test('the recipient office finds the sent document in its box', async () => {
    await makeClient(simulator, office).nadaj(send({ identyfikatorDokumentu: 'OB-2' }));
    const recipient = makeClient(simulator, office, {
      podmiot: OTHER_OFFICE.podmiot,
      boxAddress: OTHER_OFFICE.box,
    });
    const pulled = await recipient.pobierzNastepny();
    expect(pulled?.sender.danePodmiotu.identyfikator).toBe(OFFICE.podmiot);
    expect(pulled?.adresOdpowiedzi).toBe(OFFICE.box);
  });

  test('a dry run (czyProbne) validates the address and delivers nothing', async () => {
    const before = simulator.control.stats().sent;
    const result = await makeClient(simulator, office).nadaj(send({ czyProbne: true }));
    expect(result).toMatchObject({ dryRun: true, upp: null });
    expect(simulator.control.stats().sent).toBe(before);
  });

  test('a document for a box that does not exist is refused with epuap.fault', async () => {
    await expect(
      makeClient(simulator, office).nadaj(send({ adresSkrytki: '/nikt/skrytka' })),
    ).rejects.toMatchObject({
      code: 'epuap.fault',
      retryable: false,
      details: { detailCode: 'SKRYTKA_NIE_ISTNIEJE' },
    });
  });
});

describe('dorecz', () => {
  test('an unsigned document is refused before anything is sent', async () => {
    const before = simulator.control.stats().requests;
    await expect(
      makeClient(simulator, office).dorecz(send({ adresSkrytki: CITIZEN.box })),
    ).rejects.toMatchObject({
      code: 'epuap.unsigned_document',
    });
    expect(simulator.control.stats().requests).toBe(before);
  });

  test('once the addressee collects the document, the UPD is available and reaches our reply box', async () => {
    const client = makeClient(simulator, office);
    const file = { fileName: 'decyzja.xml', mediaType: 'text/xml', bytes: await signedDecision(office) };
    const input = send({
      adresSkrytki: CITIZEN.box,
      identyfikatorDokumentu: 'OB-DEC-1',
      file,
      terminDoreczenia: new Date(Date.now() + 14 * 86_400_000),
    });
    const accepted = await client.dorecz(input);
    expect(accepted).toMatchObject({ status: 'accepted', upd: null });

    await simulator.control.collect(accepted.identyfikatorDokumentu);
    const again = await client.dorecz(input);
    expect(again).toMatchObject({
      status: 'collected',
      identyfikatorZlecenia: accepted.identyfikatorZlecenia,
    });
    const upd = await parseUpoReceipt(again.upd ?? new Uint8Array());
    expect(upd).toMatchObject({
      kind: 'UPD',
      identyfikatorDokumentu: 'OB-DEC-1',
      identyfikatorSprawy: 'ORG.0012.3.2025',
    });
    expect(upd.adresat?.identyfikator).toBe(CITIZEN.podmiot);

    const inbox = await client.pobierzNastepny();
    expect(inbox?.document.fileName).toBe(`UPD-${accepted.identyfikatorDokumentu}.xml`);
    expect((await parseUpoReceipt(inbox?.document.bytes ?? new Uint8Array())).kind).toBe('UPD');
    await client.potwierdzOdebranie(inbox ?? { skrot: '' });
  });

  test('repeating dorecz with the same identyfikatorDokumentu delivers once and returns the first answer', async () => {
    const client = makeClient(simulator, office);
    const file = { fileName: 'decyzja.xml', mediaType: 'text/xml', bytes: await signedDecision(office) };
    const before = simulator.control.stats();
    const input = send({ adresSkrytki: CITIZEN.box, identyfikatorDokumentu: 'OB-DEC-2', file });
    const [first, second] = [await client.dorecz(input), await client.dorecz(input)];
    expect(second).toEqual(first);
    const after = simulator.control.stats();
    expect(after.deliveries - before.deliveries).toBe(1);
    expect(after.deliveryRepeats - before.deliveryRepeats).toBe(1);
  });
});

describe('WS-Security between the office and ePUAP', () => {
  test('a request signed with a certificate ePUAP does not know is refused with a SOAP Fault', async () => {
    await expect(makeClient(simulator, stranger).oczekujaceDokumenty()).rejects.toMatchObject({
      code: 'epuap.fault',
      details: { faultCode: 'wsse:FailedAuthentication', httpStatus: 500 },
    });
  });

  test('a request with a stale timestamp (a replay) is refused', async () => {
    const client = makeClient(simulator, office, { now: () => new Date(Date.now() - 3_600_000) });
    await expect(client.oczekujaceDokumenty()).rejects.toMatchObject({
      code: 'epuap.fault',
      message: expect.stringContaining('expired'),
    });
  });

  test('an answer signed by another certificate than the configured ePUAP one is refused', async () => {
    const client = makeClient(simulator, office, { serverCertsPem: [stranger.certPem] });
    await expect(client.oczekujaceDokumenty()).rejects.toMatchObject({ code: 'epuap.signature_invalid' });
  });
});

describe('an unavailable ePUAP', () => {
  test.each([
    ['down' as const, {}],
    ['error' as const, { httpStatus: 503 }],
  ])('failure mode %s is reported as the retryable epuap.unavailable', async (mode, details) => {
    simulator.control.setFailure({ mode, times: 1 });
    const client = makeClient(simulator, office);
    await expect(client.oczekujaceDokumenty()).rejects.toMatchObject({
      code: 'epuap.unavailable',
      retryable: true,
      details,
    });
    expect(await client.oczekujaceDokumenty()).toBeGreaterThanOrEqual(0);
  });

  test('an answer slower than the timeout is reported as epuap.unavailable', async () => {
    simulator.control.setFailure({ mode: 'slow', delayMs: 2_000, times: 1 });
    const client = makeClient(simulator, office, { timeoutMs: 300 });
    await expect(client.oczekujaceDokumenty()).rejects.toMatchObject({
      code: 'epuap.unavailable',
      message: expect.stringContaining('300 ms'),
    });
    simulator.control.setFailure({ mode: null });
  });
});
