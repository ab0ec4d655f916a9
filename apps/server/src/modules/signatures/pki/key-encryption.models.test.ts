import { X509Certificate, createVerify, webcrypto } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { decryptPrivateKey, encryptPrivateKey, openSigningKey } from './key-encryption.models.js';
import { PkiError } from './pki.errors.js';
import { getTestPki } from './pki.test-utils.js';

const MASTER_KEY = 'obieg-test-master-key-0123456789abcdef';

const failureCode = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof PkiError ? error.code : `not a PkiError: ${String(error)}`;
  }
  return 'no error';
};

describe('private keys at rest', () => {
  test('seal a key as v1.<salt>.<iv>.<ciphertext+tag> in base64url and open it with the same master key', async () => {
    const { user } = await getTestPki();
    const blob = encryptPrivateKey(user.privateKeyPkcs8, MASTER_KEY);

    expect(blob).toMatch(/^v1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(Buffer.from(decryptPrivateKey(blob, MASTER_KEY))).toEqual(Buffer.from(user.privateKeyPkcs8));
    expect(encryptPrivateKey(user.privateKeyPkcs8, MASTER_KEY)).not.toBe(blob);
  });

  test('refuse to open with a wrong master key instead of returning garbage', async () => {
    const { user } = await getTestPki();
    const blob = encryptPrivateKey(user.privateKeyPkcs8, MASTER_KEY);

    expect(failureCode(() => decryptPrivateKey(blob, `${MASTER_KEY}x`))).toBe('pki.key_decryption_failed');
    expect(failureCode(() => decryptPrivateKey(blob, ''))).toBe('pki.key_decryption_failed');
  });

  test('notice a sealed key that was altered, cut or relabelled', async () => {
    const { user } = await getTestPki();
    const blob = encryptPrivateKey(user.privateKeyPkcs8, MASTER_KEY);
    const [version, salt, iv, sealed = ''] = blob.split('.');
    const flipped = `${sealed.slice(0, 10)}${sealed[10] === 'A' ? 'B' : 'A'}${sealed.slice(11)}`;

    expect(failureCode(() => decryptPrivateKey([version, salt, iv, flipped].join('.'), MASTER_KEY))).toBe(
      'pki.key_decryption_failed',
    );
    expect(failureCode(() => decryptPrivateKey([version, salt, iv].join('.'), MASTER_KEY))).toBe(
      'pki.key_blob_invalid',
    );
    expect(failureCode(() => decryptPrivateKey(blob.replace(/^v1/, 'v2'), MASTER_KEY))).toBe(
      'pki.key_blob_invalid',
    );
    expect(failureCode(() => decryptPrivateKey('not a key', MASTER_KEY))).toBe('pki.key_blob_invalid');
  });

  test("open into a signing key whose signatures the certificate's public key verifies", async () => {
    const { user } = await getTestPki();
    const key = await openSigningKey(encryptPrivateKey(user.privateKeyPkcs8, MASTER_KEY), MASTER_KEY);
    const data = new TextEncoder().encode('Zażółć gęślą jaźń');
    const signature = Buffer.from(await webcrypto.subtle.sign('RSASSA-PKCS1-v1_5', key, data));

    expect(key.extractable).toBe(false);
    const verifier = createVerify('sha256');
    verifier.update(data);
    expect(verifier.verify(new X509Certificate(user.certificate).publicKey, signature)).toBe(true);
  });
});
