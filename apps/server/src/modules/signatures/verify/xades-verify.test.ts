import { beforeAll, describe, expect, test } from 'vitest';
import { verifySignedFile } from './verify.models.js';
import {
  makeTestCa,
  makeTestCrl,
  makeTestSigner,
  makeVerifyInput,
  type TestIdentity,
} from './verify.test-utils.js';
import { signTestXml } from './xml.test-utils.js';

const DOCUMENT =
  '<wnio:Dokument xmlns:wnio="http://crd.gov.pl/wzor/2017/10/24/4566/"><wnio:Tresc>Proszę o informację.</wnio:Tresc></wnio:Dokument>';

let ca: TestIdentity;
let signer: TestIdentity;
let crl: Uint8Array;

beforeAll(async () => {
  ca = await makeTestCa({ name: 'CN=Urząd Testowy CA, C=PL' });
  signer = await makeTestSigner({ issuer: ca });
  crl = await makeTestCrl({ issuer: ca });
});

const verifyXml = (xml: string) =>
  verifySignedFile(
    makeVerifyInput({ bytes: new TextEncoder().encode(xml), trustAnchors: [ca.certificate], crls: [crl] }),
  );

describe('enveloped XML signatures made by a trusted signer', () => {
  test('an enveloped XAdES-BES is intact, trusted and valid', async () => {
    const report = await verifyXml(await signTestXml({ xml: DOCUMENT, signer, xades: true }));

    expect(report.detectedFormat).toBe('XAdES');
    expect(report.verdict).toBe('valid');
    expect(report.signatures[0]).toMatchObject({
      format: 'XAdES',
      packaging: 'enveloped',
      level: 'B',
      integrity: 'intact',
      trust: 'trusted',
      claimedSigningTime: '2025-03-01T10:00:00.000Z',
    });
  });

  test('a plain XML-DSig is reported as XMLDSig with a warning that it is not XAdES', async () => {
    const report = await verifyXml(await signTestXml({ xml: DOCUMENT, signer }));

    expect(report.detectedFormat).toBe('XMLDSig');
    expect(report.verdict).toBe('valid_with_warnings');
    expect(report.signatures[0]?.level).toBeNull();
    expect(report.signatures[0]?.warnings.map((w) => w.code)).toEqual(['xades.not_xades']);
  });

  test('a document edited after signing is invalid', async () => {
    const signed = await signTestXml({ xml: DOCUMENT, signer, xades: true });

    const report = await verifyXml(signed.replace('Proszę o informację.', 'Proszę o odszkodowanie.'));

    expect(report.verdict).toBe('invalid');
    expect(report.signatures[0]?.integrity).toBe('broken');
    expect(report.signatures[0]?.errors.map((e) => e.code)).toContain('signature.reference_digest_mismatch');
  });

  test('a second element carrying the SignedProperties Id (signature wrapping) makes the signature invalid', async () => {
    const signed = await signTestXml({ xml: DOCUMENT, signer, xades: true });
    const decoy =
      '<ds:Object><xades:SignedProperties xmlns:xades="http://uri.etsi.org/01903/v1.3.2#" Id="sp-1"/></ds:Object></ds:Signature>';

    const report = await verifyXml(signed.replace('</ds:Signature>', decoy));

    expect(report.verdict).toBe('invalid');
    expect(report.signatures[0]?.errors.map((e) => e.code)).toContain('signature.signed_data_not_found');
  });

  test('XAdES properties that name another signature as their Target are invalid', async () => {
    const signed = await signTestXml({ xml: DOCUMENT, signer, xades: true });

    const report = await verifyXml(signed.replace('Target="#sig-1"', 'Target="#sig-2"'));

    expect(report.verdict).toBe('invalid');
    expect(report.signatures[0]?.errors.map((e) => e.code)).toContain('xades.target_mismatch');
  });
});

describe('unsafe or unsigned XML', () => {
  test('an XML without ds:Signature is unsigned', async () => {
    const report = await verifyXml(DOCUMENT);

    expect(report.detectedFormat).toBe('unsigned');
    expect(report.errors.map((e) => e.code)).toEqual(['xml.no_signature']);
  });

  test.each([
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    [
      'an external entity (XXE)',
      '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
    ],
    [
      'a billion-laughs entity bomb',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>',
    ],
  ])('an XML with %s is refused before any parser reads it', async (_name, xml) => {
    const report = await verifyXml(xml);

    expect(report.detectedFormat).toBe('unreadable');
    expect(report.errors.map((e) => e.code)).toEqual(['xml.dtd_refused']);
  });

  test('a DOCTYPE hidden in UTF-16 is refused too', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'utf16le'),
    ]);

    const report = await verifySignedFile(makeVerifyInput({ bytes: new Uint8Array(utf16) }));

    expect(report.errors.map((e) => e.code)).toEqual(['xml.dtd_refused']);
  });

  test('malformed XML is unreadable, not a crash', async () => {
    const report = await verifyXml('<a><b></a>');

    expect(report.detectedFormat).toBe('unreadable');
    expect(report.errors.map((e) => e.code)).toEqual(['xml.unreadable']);
  });
});
