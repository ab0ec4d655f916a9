import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PkiConfig } from '../../config/config.js';

const known = new Map<string, string>();

/**
 * The key that seals private keys at rest: from configuration, or (outside production) a random
 * key made once and kept beside the data in a file only the service account may read.
 */
export function resolvePkiMasterKey(config: PkiConfig): string {
  if (config.masterKey) return config.masterKey;
  const cached = known.get(config.masterKeyFile);
  if (cached) return cached;
  let key: string;
  try {
    key = readFileSync(config.masterKeyFile, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(config.masterKeyFile), { recursive: true });
    const made = randomBytes(32).toString('base64url');
    try {
      writeFileSync(config.masterKeyFile, `${made}\n`, { mode: 0o600, flag: 'wx' });
      key = made;
    } catch {
      // Another process made it first.
      key = readFileSync(config.masterKeyFile, 'utf8').trim();
    }
  }
  known.set(config.masterKeyFile, key);
  return key;
}
