import { beforeAll, describe, expect, test } from 'vitest';
import { verifySignedFile } from './verify.models.js';
import {
  makeTestCa,
  makeTestCrl,
  makeTestSigner,
  makeVerifyInput,
  signTestCms,
  type TestIdentity,
} from './verify.test-utils.js';

const content = new TextEncoder().encode('Decyzja nr 1/2025 w sprawie testowej');

let ca: TestIdentity;
let signer: TestIdentity;
let otherCa: TestIdentity;
let strangerSigner: TestIdentity;
let tsa: TestIdentity;
let emptyCrl: Uint8Array;

beforeAll(async () => {
  ca = await makeTestCa({ name: 'CN=Urząd Testowy CA, O=Urząd Testowy, C=PL' });
  signer = await makeTestSigner({ issuer: ca, qualified: true });
  otherCa = await makeTestCa({ name: 'CN=Obce CA, C=PL' });
  strangerSigner = await makeTestSigner({ issuer: otherCa, name: 'CN=Ktoś Obcy, C=PL' });
  tsa = await makeTestSigner({
    issuer: ca,
    name: 'CN=Urząd Testowy TSA, C=PL',
    timestamping: true,
    notBefore: new Date('2020-01-01T00:00:00Z'),
  });
  emptyCrl = await makeTestCrl({ issuer: ca });
});

function detachedInput(bytes: Uint8Array, overrides: Parameters<typeof makeVerifyInput>[0] | object = {}) {
  return makeVerifyInput({
    bytes,
    detachedContent: [{ name: 'decyzja.pdf', bytes: content }],
    trustAnchors: [ca.certificate],
    crls: [emptyCrl],
    ...overrides,
  });
}

describe('CAdES signatures made by a signer under an office trust anchor', () => {
  test('a detached signature over the supplied content is intact, trusted and valid', async () => {
    const p7s = await signTestCms({ content, signer, chain: [ca] });

    const report = await verifySignedFile(detachedInput(p7s));

    expect(report.detectedFormat).toBe('CAdES');
    expect(report.verdict).toBe('valid');
    const [signature] = report.signatures;
    expect(signature).toMatchObject({
      format: 'CAdES',
      packaging: 'detached',
      level: 'B',
      integrity: 'intact',
      trust: 'trusted',
      certificateStatus: 'valid',
      signerName: 'Jan Testowy',
      claimedSigningTime: '2025-03-01T10:00:00.000Z',
      errors: [],
      warnings: [],
    });
    expect(signature?.signer?.qualified).toBe(true);
    expect(signature?.chain.map((c) => c.subject)).toEqual([
      'CN=Jan Testowy, O=Urząd Testowy, C=PL',
      'CN=Urząd Testowy CA, O=Urząd Testowy, C=PL',
    ]);
  });

  test('one changed byte of the signed content breaks the signature', async () => {
    const p7s = await signTestCms({ content, signer });
    const changed = Uint8Array.from(content);
    changed[3] = (changed[3] ?? 0) ^ 0x01;

    const report = await verifySignedFile(
      detachedInput(p7s, { detachedContent: [{ name: 'decyzja.pdf', bytes: changed }] }),
    );

    expect(report.verdict).toBe('invalid');
    expect(report.signatures[0]?.integrity).toBe('broken');
    expect(report.signatures[0]?.errors.map((e) => e.code)).toContain('signature.content_digest_mismatch');
  });

  test('one changed byte of the signature value breaks the signature', async () => {
    const p7m = await signTestCms({ content, signer, enveloping: true });
    const text = Buffer.from(p7m);
    // The signature value is the last large OCTET STRING: flip a byte near the end.
    text[text.length - 10] = (text[text.length - 10] ?? 0) ^ 0xff;

    const report = await verifySignedFile(detachedInput(new Uint8Array(text)));

    expect(report.verdict).toBe('invalid');
    expect(report.signatures[0]?.errors.map((e) => e.code)).toContain('signature.value_invalid');
  });

  test('an enveloping .p7m is recognised by its content, and so is the same signature in PEM', async () => {
    const p7m = await signTestCms({ content, signer, enveloping: true });
    const pem = `-----BEGIN PKCS7-----\n${Buffer.from(p7m).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END PKCS7-----\n`;

    for (const bytes of [p7m, new TextEncoder().encode(pem)]) {
      const report = await verifySignedFile(
        makeVerifyInput({
          bytes,
          fileName: 'misnamed.p7s',
          trustAnchors: [ca.certificate],
          crls: [emptyCrl],
        }),
      );
      expect(report.signatures[0]).toMatchObject({
        packaging: 'enveloping',
        integrity: 'intact',
        verdict: 'valid',
      });
    }
  });

  test('a detached signature without its content cannot be fully verified', async () => {
    const p7s = await signTestCms({ content, signer });

    const report = await verifySignedFile(detachedInput(p7s, { detachedContent: [] }));

    expect(report.verdict).toBe('indeterminate');
    expect(report.signatures[0]?.integrity).toBe('unknown');
    expect(report.signatures[0]?.errors.map((e) => e.code)).toContain('signature.detached_content_missing');
  });

  test('without a CRL from the issuer a trusted signature is valid with a warning that revocation was not checked', async () => {
    const p7s = await signTestCms({ content, signer });

    const report = await verifySignedFile(detachedInput(p7s, { crls: [] }));

    expect(report.verdict).toBe('valid_with_warnings');
    expect(report.signatures[0]?.warnings.map((w) => w.code)).toEqual(['revocation.not_checked']);
  });
});

describe('a non-standard RSA DigestInfo (podpis zaufany)', () => {
  test('a signature whose DigestInfo omits the NULL parameter is intact, tolerated with a warning', async () => {
    const p7s = await signTestCms({ content, signer, digestInfoWithoutNull: true });

    const report = await verifySignedFile(detachedInput(p7s));

    expect(report.signatures[0]?.integrity).toBe('intact');
    expect(report.verdict).toBe('valid_with_warnings');
    expect(report.signatures[0]?.warnings.map((w) => w.code)).toEqual(['signature.digest_info_without_null']);
  });
});

describe('trust and certificate state', () => {
  test('a signer under a CA that is not a trust anchor is untrusted and indeterminate, never valid', async () => {
    const p7s = await signTestCms({ content, signer: strangerSigner, chain: [otherCa] });

    const report = await verifySignedFile(detachedInput(p7s));

    expect(report.verdict).toBe('indeterminate');
    expect(report.signatures[0]).toMatchObject({ integrity: 'intact', trust: 'untrusted' });
    expect(report.signatures[0]?.errors.map((e) => e.code)).toContain('trust.untrusted_root');
  });

  test('a signer whose issuer is nowhere to be found has an unknown chain', async () => {
    const p7s = await signTestCms({ content, signer: strangerSigner });

    const report = await verifySignedFile(detachedInput(p7s));

    expect(report.signatures[0]?.trust).toBe('unknown');
    expect(report.verdict).toBe('indeterminate');
  });

  test('a certificate listed in its issuer’s CRL makes the signature invalid, with the revocation date', async () => {
    const revokedSigner = await makeTestSigner({ issuer: ca, name: 'CN=Odwołany Urzędnik, C=PL' });
    const crl = await makeTestCrl({
      issuer: ca,
      revoked: [{ serialNumber: revokedSigner.serialNumber, date: new Date('2025-02-01T00:00:00Z') }],
    });
    const p7s = await signTestCms({ content, signer: revokedSigner });

    const report = await verifySignedFile(detachedInput(p7s, { crls: [crl] }));

    expect(report.verdict).toBe('invalid');
    expect(report.signatures[0]?.certificateStatus).toBe('revoked');
    expect(report.signatures[0]?.errors.find((e) => e.code === 'certificate.revoked')?.message).toContain(
      '2025-02-01T00:00:00.000Z',
    );
  });

  test('a CRL not signed by the issuer is ignored', async () => {
    const crl = await makeTestCrl({
      issuer: ca,
      signedBy: otherCa,
      revoked: [{ serialNumber: signer.serialNumber, date: new Date('2025-02-01T00:00:00Z') }],
    });
    const p7s = await signTestCms({ content, signer });

    const report = await verifySignedFile(detachedInput(p7s, { crls: [crl] }));

    expect(report.signatures[0]?.certificateStatus).toBe('valid');
    expect(report.signatures[0]?.warnings.map((w) => w.code)).toContain('revocation.not_checked');
  });

  test('an expired certificate without a timestamp is indeterminate, expired at validation time', async () => {
    const expired = await makeTestSigner({
      issuer: ca,
      name: 'CN=Były Urzędnik, C=PL',
      notBefore: new Date('2022-01-01T00:00:00Z'),
      notAfter: new Date('2024-01-01T00:00:00Z'),
    });
    const p7s = await signTestCms({
      content,
      signer: expired,
      signingTime: new Date('2023-05-05T10:00:00Z'),
    });

    const report = await verifySignedFile(detachedInput(p7s));

    expect(report.verdict).toBe('indeterminate');
    expect(report.signatures[0]?.certificateStatus).toBe('expired');
    expect(report.signatures[0]?.errors.find((e) => e.code === 'certificate.expired')?.message).toContain(
      'validation time',
    );
  });

  test('a trusted signature timestamp proves that an expired certificate was valid when signing', async () => {
    const expired = await makeTestSigner({
      issuer: ca,
      name: 'CN=Były Urzędnik, C=PL',
      notBefore: new Date('2022-01-01T00:00:00Z'),
      notAfter: new Date('2024-01-01T00:00:00Z'),
    });
    const p7s = await signTestCms({
      content,
      signer: expired,
      chain: [tsa],
      timestampBy: { tsa, time: new Date('2023-05-05T10:00:00Z') },
    });

    const report = await verifySignedFile(detachedInput(p7s));

    expect(report.signatures[0]).toMatchObject({
      level: 'T',
      certificateStatus: 'valid',
      timestampTime: '2023-05-05T10:00:00.000Z',
    });
    expect(report.verdict).toBe('valid_with_warnings');
    expect(report.signatures[0]?.warnings.map((w) => w.code)).toContain(
      'certificate.expired_after_timestamp',
    );
  });

  test('a timestamp by a certificate that is not a timestamp authority proves nothing', async () => {
    const expired = await makeTestSigner({
      issuer: ca,
      name: 'CN=Były Urzędnik, C=PL',
      notBefore: new Date('2022-01-01T00:00:00Z'),
      notAfter: new Date('2024-01-01T00:00:00Z'),
    });
    const notTsa = await makeTestSigner({
      issuer: ca,
      name: 'CN=Zwykły Podpis, C=PL',
      notBefore: new Date('2020-01-01T00:00:00Z'),
    });
    const p7s = await signTestCms({
      content,
      signer: expired,
      chain: [notTsa],
      timestampBy: { tsa: notTsa, time: new Date('2023-05-05T10:00:00Z') },
    });

    const report = await verifySignedFile(detachedInput(p7s));

    expect(report.signatures[0]?.certificateStatus).toBe('expired');
    expect(report.signatures[0]?.warnings.map((w) => w.code)).toContain('timestamp.untrusted');
  });

  test('a certificate without QcCompliance is not reported as qualified', async () => {
    const plain = await makeTestSigner({ issuer: ca, name: 'CN=ABC Code Signing, O=ABC, C=PL' });
    const p7s = await signTestCms({ content, signer: plain });

    const report = await verifySignedFile(detachedInput(p7s));

    expect(report.signatures[0]?.signer?.qualified).toBe(false);
  });
});

describe('files that are not signatures', () => {
  test('garbage is reported as unreadable, never thrown', async () => {
    for (const bytes of [
      new Uint8Array(),
      new TextEncoder().encode('just some text, nothing signed'),
      Uint8Array.from([0x30, 0x82, 0xff, 0xff, 0x01]),
    ]) {
      const report = await verifySignedFile(makeVerifyInput({ bytes }));
      expect(report.detectedFormat).toBe('unreadable');
      expect(report.verdict).toBe('indeterminate');
      expect(report.errors.length).toBeGreaterThan(0);
    }
  });

  test('a file over 50 MB is refused before it is read', async () => {
    const report = await verifySignedFile(makeVerifyInput({ bytes: new Uint8Array(50 * 1024 * 1024 + 1) }));

    expect(report.detectedFormat).toBe('unreadable');
    expect(report.errors.map((e) => e.code)).toEqual(['file.too_large']);
  });

  test('the report carries the SHA-256 of the verified bytes and the validation time', async () => {
    const report = await verifySignedFile(makeVerifyInput({ bytes: new TextEncoder().encode('abc') }));

    expect(report.fileSha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(report.verifiedAt).toBe('2025-06-01T12:00:00.000Z');
  });
});
