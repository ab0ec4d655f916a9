import type { Readable } from 'node:stream';
import type { ContentSample } from '../files.models.js';

/** What a store learnt while receiving content: its hash, size and the bytes its type is told from. */
export type StoredContent<T> = {
  key: string;
  sha256: string;
  size: number;
  inspected: T;
  /**
   * Resolves when the content is durable under its key. A store may finish that work (fsync,
   * rename) while the caller writes its database rows; the caller must await it before committing
   * anything that refers to the key.
   */
  durable: Promise<void>;
};

/**
 * A content-addressed store of file content. Keys are `<tenantId>/<sha256>`: identical content is
 * stored once per office. Content becomes visible under its key only when complete.
 */
export type FileStore = {
  /**
   * Receives `source` (streamed, never held whole in memory), hashing it as it goes and stopping
   * with `files.too_large` past `maxBytes`. `inspect` sees the sample before the content is kept
   * and may throw to refuse it, in which case nothing is kept.
   */
  put: <T>(input: {
    tenantId: string;
    source: Readable;
    maxBytes: number;
    inspect: (sample: ContentSample & { sha256: string }) => T;
  }) => Promise<StoredContent<T>>;
  open: (key: string) => Promise<Readable>;
  exists: (key: string) => Promise<boolean>;
  /** Releases what the store keeps open (it stays usable and reopens on demand). */
  close?: () => Promise<void>;
};

export const storageKey = ({ tenantId, sha256 }: { tenantId: string; sha256: string }) =>
  `${tenantId}/${sha256}`;

const KEY = /^[0-9a-f-]{36}\/[0-9a-f]{64}$/;

/** Keys are made by the store only; anything else is refused before it reaches a path or URL. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Invalid storage key ${JSON.stringify(key)}`);
}
