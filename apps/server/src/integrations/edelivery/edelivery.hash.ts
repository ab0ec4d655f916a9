import { createHash } from 'node:crypto';

/**
 * File hashes of `FileMetadata` (`alg: 'SHA-3'`). The spec names only "SHA-3", with no variant and no
 * example value: Obieg (and the simulator) writes SHA3-256 in base64, and reads SHA3-256 or SHA3-512
 * written in base64 or hex (told apart by length).
 */
export const FILE_HASH_ALG = 'SHA-3';

export function computeFileHash(bytes: Uint8Array): string {
  return createHash('sha3-256').update(bytes).digest('base64');
}

const HEX = /^[0-9a-fA-F]+$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

function decodeHash(hash: string): Buffer | null {
  const value = hash.trim();
  if ((value.length === 64 || value.length === 128) && HEX.test(value)) return Buffer.from(value, 'hex');
  if (!BASE64.test(value)) return null;
  const decoded = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return decoded.length === 32 || decoded.length === 64 ? decoded : null;
}

/** Whether `bytes` match `hash` (SHA3-256 or SHA3-512, base64 or hex); an unreadable hash is a mismatch. */
export function matchesFileHash(bytes: Uint8Array, hash: string): boolean {
  const expected = decodeHash(hash);
  if (!expected) return false;
  const actual = createHash(expected.length === 32 ? 'sha3-256' : 'sha3-512')
    .update(bytes)
    .digest();
  return actual.equals(expected);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
