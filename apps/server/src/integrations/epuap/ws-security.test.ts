import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildPullRequest } from './epuap.requests.js';
import { makeIdentity } from './epuap.test-utils.js';
import type { SelfSignedIdentity } from './epuap-simulator.identity.js';
import { buildSignedSoapEnvelope, verifyWsSecurity } from './ws-security.js';

let office: SelfSignedIdentity;
let stranger: SelfSignedIdentity;

beforeAll(async () => {
  [office, stranger] = await Promise.all([makeIdentity('EZD Obieg'), makeIdentity('Obcy')]);
});

const box = { podmiot: 'ugdemo', nazwaSkrytki: 'SkrytkaESP', adresSkrytki: '/ugdemo/SkrytkaESP' };
const sign = (overrides: Partial<Parameters<typeof buildSignedSoapEnvelope>[0]> = {}) =>
  buildSignedSoapEnvelope({
    headers: ['<obi:AdresSkrytki>/ugdemo/SkrytkaESP</obi:AdresSkrytki>'],
    body: buildPullRequest('pobierzNastepny', box),
    credentials: office,
    now: new Date(),
    ...overrides,
  });
const bodyOf = (xml: string) => /<soapenv:Body[\s\S]*<\/soapenv:Body>/.exec(xml)?.[0] ?? '';
const refused = (reason: string | RegExp) => ({
  code: 'epuap.signature_invalid',
  message: expect.stringMatching(reason),
});

describe('a WS-Security signed request', () => {
  test.each(['rsa-sha256', 'rsa-sha1'] as const)(
    'signed with %s verifies, covering the Body and the Timestamp',
    async (algorithm) => {
      const result = await verifyWsSecurity(await sign({ algorithm }), { trustedCertsPem: [office.certPem] });
      expect(result.signatureAlgorithm).toBe(algorithm);
      expect(result.signedIds).toEqual([expect.stringMatching(/^id-/), expect.stringMatching(/^TS-/)]);
      expect(
        new X509Certificate(result.certificatePem).raw.equals(new X509Certificate(office.certPem).raw),
      ).toBe(true);
      expect(Date.parse(result.expires ?? '') - Date.parse(result.created ?? '')).toBe(300_000);
    },
  );

  test('is refused when the body was changed', async () => {
    const xml = (await sign()).replace('<podmiot>ugdemo</podmiot>', '<podmiot>inny</podmiot>');
    await expect(verifyWsSecurity(xml)).rejects.toMatchObject(refused(/digest .* does not match/));
  });

  test('is refused when the signature value was changed', async () => {
    const xml = (await sign()).replace(
      /<ds:SignatureValue>(.)/,
      (_, c: string) => `<ds:SignatureValue>${c === 'A' ? 'B' : 'A'}`,
    );
    await expect(verifyWsSecurity(xml)).rejects.toMatchObject(refused('signature value does not match'));
  });

  test("is refused when the token is swapped for someone else's certificate", async () => {
    const other = new X509Certificate(stranger.certPem).raw.toString('base64');
    const xml = (await sign()).replace(/(<wsse:BinarySecurityToken[^>]*>)[^<]*/, `$1${other}`);
    await expect(verifyWsSecurity(xml)).rejects.toMatchObject(refused('signature value does not match'));
  });

  test('is refused when signed by a certificate that is not trusted', async () => {
    await expect(
      verifyWsSecurity(await sign(), { trustedCertsPem: [stranger.certPem] }),
    ).rejects.toMatchObject(refused('not trusted'));
  });

  test('is refused when its timestamp expired (replay) or lies in the future', async () => {
    const old = await sign({ now: new Date(Date.now() - 3_600_000) });
    await expect(verifyWsSecurity(old)).rejects.toMatchObject(refused('expired'));
    const future = await sign({ now: new Date(Date.now() + 3_600_000) });
    await expect(verifyWsSecurity(future)).rejects.toMatchObject(refused('future'));
    expect(await verifyWsSecurity(old, { now: new Date(Date.now() - 3_590_000) })).toBeTruthy();
  });

  test('is refused when the timestamp is left out of the signature', async () => {
    const xml = (await sign()).replace(/<ds:Reference URI="#TS-[\s\S]*?<\/ds:Reference>/, '');
    await expect(verifyWsSecurity(xml)).rejects.toMatchObject(refused('Timestamp is not signed'));
  });

  test('is refused when the signature method is not RSA (e.g. an HMAC with a guessed key)', async () => {
    const xml = (await sign())
      .replace(/xmldsig-more#rsa-sha256/, '#hmac-sha1')
      .replace('2001/04/#hmac', '2000/09/xmldsig#hmac');
    await expect(verifyWsSecurity(xml)).rejects.toMatchObject(refused('signature method'));
  });

  test('is refused without a Security header', async () => {
    const xml = (await sign()).replace(/<wsse:Security[\s\S]*<\/wsse:Security>/, '');
    await expect(verifyWsSecurity(xml)).rejects.toMatchObject(refused('no wsse:Security'));
  });
});

describe('XML signature wrapping', () => {
  const forgedBody = `<soapenv:Body><obi:ZapytaniePullPobierz><podmiot>spdemo</podmiot></obi:ZapytaniePullPobierz></soapenv:Body>`;

  test('the signed Body moved into a header and a forged Body put in its place is refused', async () => {
    const xml = await sign();
    const wrapped = xml
      .replace(bodyOf(xml), forgedBody)
      .replace(
        '</soapenv:Header>',
        `<x:Wrapper xmlns:x="urn:attacker">${bodyOf(xml)}</x:Wrapper></soapenv:Header>`,
      );
    await expect(verifyWsSecurity(wrapped)).rejects.toMatchObject(refused('SOAP Body is not signed'));
  });

  test('a forged Body carrying the signed Id next to the original one is refused (duplicate wsu:Id)', async () => {
    const xml = await sign();
    const id = /wsu:Id="(id-[^"]+)"/.exec(xml)?.[1] ?? '';
    const forged = forgedBody.replace(
      '<soapenv:Body>',
      `<soapenv:Body xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd" wsu:Id="${id}">`,
    );
    const wrapped = xml
      .replace(bodyOf(xml), forged)
      .replace(
        '</soapenv:Header>',
        `<x:Wrapper xmlns:x="urn:attacker">${bodyOf(xml)}</x:Wrapper></soapenv:Header>`,
      );
    await expect(verifyWsSecurity(wrapped)).rejects.toMatchObject(
      refused(`"${id}" is carried by 2 elements`),
    );
  });

  test('a second Security header is refused', async () => {
    const xml = await sign();
    const security = /<wsse:Security[\s\S]*<\/wsse:Security>/.exec(xml)?.[0] ?? '';
    const doubled = xml.replace(
      '</soapenv:Header>',
      `${security.replace(/wsu:Id="/g, 'wsu:Id="x')}</soapenv:Header>`,
    );
    await expect(verifyWsSecurity(doubled)).rejects.toMatchObject(refused('more than one wsse:Security'));
  });
});
