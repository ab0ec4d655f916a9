import { beforeAll, describe, expect, test } from 'vitest';
import {
  appendRevision,
  firstPageContentsObject,
  makeTestPdf,
  nextObjectNumber,
  signTestPdf,
} from './pdf.test-utils.js';
import { verifySignedFile } from './verify.models.js';
import {
  makeTestCa,
  makeTestCrl,
  makeTestSigner,
  makeVerifyInput,
  type TestIdentity,
} from './verify.test-utils.js';

let ca: TestIdentity;
let signer: TestIdentity;
let crl: Uint8Array;
let signedPdf: Uint8Array;

beforeAll(async () => {
  ca = await makeTestCa({ name: 'CN=Urząd Testowy CA, C=PL' });
  signer = await makeTestSigner({ issuer: ca });
  crl = await makeTestCrl({ issuer: ca });
  signedPdf = await signTestPdf({ pdf: await makeTestPdf(), signer });
});

const verifyPdf = (bytes: Uint8Array) =>
  verifySignedFile(makeVerifyInput({ bytes, trustAnchors: [ca.certificate], crls: [crl] }));

describe('PAdES signatures', () => {
  test('a PDF signed over the whole file is intact, trusted and valid', async () => {
    const report = await verifyPdf(signedPdf);

    expect(report.detectedFormat).toBe('PAdES');
    expect(report.verdict).toBe('valid');
    expect(report.signatures[0]).toMatchObject({
      format: 'PAdES',
      packaging: 'embedded',
      integrity: 'intact',
      coversWholeDocument: true,
    });
  });

  test('a PDF whose page was changed in a revision appended after signing is invalid, never valid', async () => {
    const contents = await firstPageContentsObject(signedPdf);
    const stream = 'BT /F1 14 Tf 72 760 Td (Decyzja uchylona) Tj ET';
    const changed = appendRevision(
      signedPdf,
      new Map([[contents, `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`]]),
    );

    const report = await verifyPdf(changed);

    expect(report.verdict).toBe('invalid');
    expect(report.signatures[0]).toMatchObject({ integrity: 'intact', coversWholeDocument: false });
    expect(report.signatures[0]?.errors.map((e) => e.code)).toContain('pdf.modified_after_signing');
  });

  test('a later revision that only adds another signature leaves the first one valid, with a warning', async () => {
    const twice = await signTestPdf({ pdf: signedPdf, signer });

    const report = await verifyPdf(twice);

    expect(report.signatures.map((s) => s.verdict)).toEqual(['valid_with_warnings', 'valid']);
    expect(report.signatures[0]?.coversWholeDocument).toBe(false);
    expect(report.signatures[0]?.warnings.map((w) => w.code)).toEqual(['pdf.later_revisions']);
  });

  test('one changed byte inside the signed range breaks the signature', async () => {
    const corrupted = Uint8Array.from(signedPdf);
    const text = Buffer.from(corrupted).toString('latin1');
    const at = text.indexOf('/MediaBox');
    corrupted[at + 1] = 'm'.charCodeAt(0);

    const report = await verifyPdf(corrupted);

    expect(report.verdict).toBe('invalid');
    expect(report.signatures[0]?.errors.map((e) => e.code)).toContain('signature.content_digest_mismatch');
  });

  test('two signature dictionaries sharing one ByteRange are both invalid (spoofing)', async () => {
    const text = Buffer.from(signedPdf).toString('latin1');
    const start = text.lastIndexOf('<< /Type /Sig');
    const copy = text.slice(start, text.indexOf('endobj', start)).trim();
    const spoofed = appendRevision(signedPdf, new Map([[nextObjectNumber(signedPdf), copy]]));

    const report = await verifyPdf(spoofed);

    expect(report.verdict).toBe('invalid');
    expect(report.signatures).toHaveLength(2);
    for (const signature of report.signatures) {
      expect(signature.verdict).toBe('invalid');
      expect(signature.errors.map((e) => e.code)).toContain('pdf.signature_dictionary_spoofed');
    }
  });

  test('a PDF without signatures is unsigned', async () => {
    const report = await verifyPdf(await makeTestPdf());

    expect(report.detectedFormat).toBe('unsigned');
    expect(report.errors.map((e) => e.code)).toEqual(['pdf.no_signature']);
  });

  test('a truncated PDF is reported, not thrown', async () => {
    const report = await verifyPdf(signedPdf.subarray(0, Math.floor(signedPdf.length / 2)));

    expect(['unsigned', 'PAdES']).toContain(report.detectedFormat);
    expect(report.verdict).not.toBe('valid');
  });
});
