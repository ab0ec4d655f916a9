import { zipSync } from 'fflate';
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

const document = new TextEncoder().encode('Pismo przewodnie');

let ca: TestIdentity;
let signer: TestIdentity;
let crl: Uint8Array;

beforeAll(async () => {
  ca = await makeTestCa({ name: 'CN=Urząd Testowy CA, C=PL' });
  signer = await makeTestSigner({ issuer: ca });
  crl = await makeTestCrl({ issuer: ca });
});

const verifyZip = (zip: Uint8Array) =>
  verifySignedFile(makeVerifyInput({ bytes: zip, trustAnchors: [ca.certificate], crls: [crl] }));

describe('signature containers', () => {
  test('an ASiC-S container with a CAdES signature over its data file is valid', async () => {
    const zip = zipSync({
      mimetype: [new TextEncoder().encode('application/vnd.etsi.asic-s+zip'), { level: 0 }],
      'pismo.txt': document,
      'META-INF/signature.p7s': await signTestCms({ content: document, signer }),
    });

    const report = await verifyZip(zip);

    expect(report.detectedFormat).toBe('ASiC');
    expect(report.verdict).toBe('valid');
    expect(report.signatures[0]).toMatchObject({
      format: 'CAdES',
      packaging: 'detached',
      integrity: 'intact',
    });
  });

  test('a data file changed inside the container breaks its signature', async () => {
    const zip = zipSync({
      mimetype: [new TextEncoder().encode('application/vnd.etsi.asic-s+zip'), { level: 0 }],
      'pismo.txt': new TextEncoder().encode('Pismo podmienione'),
      'META-INF/signature.p7s': await signTestCms({ content: document, signer }),
    });

    const report = await verifyZip(zip);

    expect(report.verdict).toBe('invalid');
  });

  test('a zip with a .p7s beside the file it signs (a signed package) is verified like a detached signature', async () => {
    const zip = zipSync({
      'pismo.txt': document,
      'pismo.txt.p7s': await signTestCms({ content: document, signer }),
    });

    const report = await verifyZip(zip);

    expect(report.detectedFormat).toBe('CAdES');
    expect(report.verdict).toBe('valid');
  });

  test('a zip without signatures is unsigned, and a broken zip is unreadable', async () => {
    expect((await verifyZip(zipSync({ 'a.txt': document }))).detectedFormat).toBe('unsigned');
    const broken = zipSync({ 'a.txt': document }).subarray(0, 40);
    expect((await verifyZip(broken)).detectedFormat).toBe('unreadable');
  });
});
