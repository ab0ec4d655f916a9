/**
 * Private keys at rest (users' signing keys, the tenant CA's key, the TSA's key).
 *
 * Format: `v1.<salt>.<iv>.<ciphertext+tag>`, each part base64url. The key is AES-256-GCM with a key
 * derived from the master key by HKDF-SHA256 (random 16-byte salt per blob, info naming the
 * purpose); the 12-byte IV is random; the version prefix is bound as additional data, so a blob
 * cannot be relabelled. A wrong master key or an altered blob fails the GCM tag and throws
 * `pki.key_decryption_failed`; it never returns garbage.
 *
 * "Confirmed with the user's password": decided against wrapping each user's key with a key
 * derived from the password. The tenant CA's own key is sealed with the same master key, so whoever
 * holds the master key and the database can issue a fresh certificate for anyone: a per-user wrap
 * would not protect signatures against that, while it would tie the key to the password's life
 * (a reset by an administrator would destroy the key, every change would need a re-wrap). So the
 * use case re-checks the user's password (the login hash, shared/crypto/passwords.ts) right before
 * it opens the key with `openSigningKey`, and writes the signing to the audit trail. Should keys
 * move to an HSM or to users' own devices, only this file changes.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, webcrypto } from 'node:crypto';
import { toArrayBuffer } from './asn1.js';
import { RSA_SIGNING_ALGORITHM } from './pki.constants.js';
import { PkiError } from './pki.errors.js';

const VERSION = 'v1';
const INFO = Buffer.from('obieg:signatures:private-key:v1');
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function deriveKey(masterKey: string, salt: Buffer): Buffer {
  if (masterKey.length === 0) {
    throw new PkiError({ code: 'pki.key_decryption_failed', message: 'The master key is empty.' });
  }
  return Buffer.from(hkdfSync('sha256', Buffer.from(masterKey, 'utf8'), salt, INFO, 32));
}

export function encryptPrivateKey(pkcs8: Uint8Array, masterKey: string): string {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(masterKey, salt), iv);
  cipher.setAAD(Buffer.from(VERSION));
  const sealed = Buffer.concat([cipher.update(pkcs8), cipher.final(), cipher.getAuthTag()]);
  return [VERSION, salt, iv, sealed]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

function readBlob(blob: string): { salt: Buffer; iv: Buffer; ciphertext: Buffer; tag: Buffer } {
  const parts = blob.trim().split('.');
  const invalid = (message: string) => new PkiError({ code: 'pki.key_blob_invalid', message });
  if (parts[0] !== VERSION) throw invalid(`Unknown sealed key version ${JSON.stringify(parts[0] ?? '')}.`);
  if (parts.length !== 4 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) {
    throw invalid('A sealed key has four base64url parts.');
  }
  const [salt, iv, sealed] = parts.slice(1).map((part) => Buffer.from(part, 'base64url')) as [
    Buffer,
    Buffer,
    Buffer,
  ];
  if (salt.length !== SALT_BYTES || iv.length !== IV_BYTES || sealed.length <= TAG_BYTES) {
    throw invalid('The sealed key is cut or its parts have the wrong sizes.');
  }
  return { salt, iv, ciphertext: sealed.subarray(0, -TAG_BYTES), tag: sealed.subarray(-TAG_BYTES) };
}

export function decryptPrivateKey(blob: string, masterKey: string): Uint8Array {
  const { salt, iv, ciphertext, tag } = readBlob(blob);
  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(masterKey, salt), iv, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(VERSION));
    decipher.setAuthTag(tag);
    return new Uint8Array(Buffer.concat([decipher.update(ciphertext), decipher.final()]));
  } catch (error) {
    throw new PkiError({
      code: 'pki.key_decryption_failed',
      message: 'The sealed key does not open with this master key (wrong key or altered blob).',
      cause: error,
    });
  }
}

/** A PKCS #8 RSA key as a non-extractable SHA-256 signing key (for `SignerCredentials`). */
export async function importSigningKey(pkcs8: Uint8Array): Promise<webcrypto.CryptoKey> {
  try {
    return (await webcrypto.subtle.importKey('pkcs8', toArrayBuffer(pkcs8), RSA_SIGNING_ALGORITHM, false, [
      'sign',
    ])) as webcrypto.CryptoKey;
  } catch (error) {
    throw new PkiError({
      code: 'pki.certificate_invalid',
      message: 'The private key is not an RSA PKCS #8 key.',
      cause: error,
    });
  }
}

/** The sealed key opened and imported as a non-extractable RSA SHA-256 signing key. */
export async function openSigningKey(blob: string, masterKey: string): Promise<webcrypto.CryptoKey> {
  const pkcs8 = decryptPrivateKey(blob, masterKey);
  try {
    return await importSigningKey(pkcs8);
  } finally {
    pkcs8.fill(0);
  }
}
