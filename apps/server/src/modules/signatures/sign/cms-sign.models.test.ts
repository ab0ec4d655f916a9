import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { getTestPki, openssl, toPem, useTempDir } from '../pki/pki.test-utils.js';
import { createCadesSignature } from './cms-sign.models.js';
import { readCmsSignerInfo } from './sign.test-utils.js';

const temp = useTempDir();
const content = new TextEncoder().encode('Pismo w sprawie ABC.6730.12.2025 — zażółć gęślą jaźń\n');

describe('CAdES signatures', () => {
  test('sign detached content with SHA-256, the signing certificate and the signing time, verifiable by OpenSSL', async () => {
    const { ca, signer } = await getTestPki();
    const signature = await createCadesSignature(content, signer, {
      signingTime: new Date('2025-03-10T08:15:00Z'),
    });
    const file = temp.file('detached.p7s', signature);
    const data = temp.file('pismo.txt', content);

    openssl([
      'cms',
      '-verify',
      '-inform',
      'DER',
      '-in',
      file,
      '-binary',
      '-content',
      data,
      '-CAfile',
      temp.file('ca.pem', toPem(ca.certificate)),
      '-purpose',
      'any',
      '-out',
      '/dev/null',
    ]);
    const printed = openssl(['cms', '-cmsout', '-inform', 'DER', '-in', file, '-print']);
    expect(printed).toContain('eContent: <ABSENT>');
    expect(printed).toContain('object: contentType');
    expect(printed).toContain('object: messageDigest');
    expect(printed).toContain('object: signingTime');
    expect(printed).toMatch(/UTCTIME:Mar 10 08:15:00 2025 GMT/);
    expect(printed).toContain('object: id-smime-aa-signingCertificateV2');
    expect(printed).toContain('algorithm: sha256WithRSAEncryption');
  });

  test('name the signing certificate by its SHA-256 hash in signing-certificate-v2', async () => {
    const { signer } = await getTestPki();
    const { signedAttributesDer } = await readCmsSignerInfo(await createCadesSignature(content, signer));
    const certificateHash = createHash('sha256').update(signer.certificate).digest('hex');

    expect(Buffer.from(signedAttributesDer).toString('hex')).toContain(`0420${certificateHash}`);
  });

  test('carry the content when attached', async () => {
    const { ca, signer } = await getTestPki();
    const file = temp.file('attached.p7m', await createCadesSignature(content, signer, { detached: false }));

    const out = openssl([
      'cms',
      '-verify',
      '-inform',
      'DER',
      '-in',
      file,
      '-binary',
      '-CAfile',
      temp.file('ca.pem', toPem(ca.certificate)),
      '-purpose',
      'any',
    ]);
    expect(out).toBe(new TextDecoder().decode(content));
  });

  test('add a signature time-stamp over the signature value (B-T)', async () => {
    const { ca, signer, timestamp } = await getTestPki();
    const signature = await createCadesSignature(content, signer, { timestamp });
    const { signatureValue, timestampToken } = await readCmsSignerInfo(signature);
    const token = temp.file('signature.tst', timestampToken ?? new Uint8Array());
    const caPem = temp.file('ca.pem', toPem(ca.certificate));

    const digest = createHash('sha256').update(signatureValue).digest('hex');
    expect(
      openssl(['ts', '-verify', '-in', token, '-token_in', '-digest', digest, '-CAfile', caPem]),
    ).toContain('OK');
    openssl([
      'cms',
      '-verify',
      '-inform',
      'DER',
      '-in',
      temp.file('bt.p7s', signature),
      '-binary',
      '-content',
      temp.file('pismo.txt', content),
      '-CAfile',
      caPem,
      '-purpose',
      'any',
      '-out',
      '/dev/null',
    ]);
  });
});
