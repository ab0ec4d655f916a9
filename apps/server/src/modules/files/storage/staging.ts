import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { SNIFF_BYTES } from '../files.constants.js';
import { createEmptyFileError, createFileTooLargeError } from '../files.errors.js';

export type StagedFile = {
  path: string;
  sha256: string;
  size: number;
  head: Buffer;
  tail: Buffer;
  /**
   * Makes the content durable (fsync) and starts closing the file; with `deferSync` the caller
   * runs it (e.g. alongside its database work), otherwise it has already run and the file is closed.
   */
  sync: () => Promise<void>;
  /** Resolves once the file's handle is closed (started by `sync`; `sync` does not wait for it). */
  closed: () => Promise<void>;
  /** Gives the content up: closes the file (no fsync needed for what is thrown away) and removes it. */
  discard: () => Promise<void>;
};

/** Received chunks are written in batches of about this size (fewer system calls; bounded memory). */
const WRITE_BATCH_BYTES = 1024 * 1024;

/** Temporary folders already created by this process (one `mkdir` per folder, not per upload). */
const createdDirs = new Set<string>();

/**
 * Streams `source` into a new file in `tmpDir`, computing SHA-256 on the way, keeping the first
 * and last 64 KiB for type detection, and aborting past `maxBytes`; then fsyncs it. On any
 * failure the temporary file is removed. Memory use is bounded by one write batch (1 MiB).
 *
 * One file handle does all the work (open, batched `writev`, `fsync`, close): each file-system
 * call is a round trip to libuv's small thread pool, which concurrent uploads share.
 */
export async function stageUpload({
  tmpDir,
  source,
  maxBytes,
  deferSync = false,
}: {
  tmpDir: string;
  source: Readable;
  maxBytes: number;
  deferSync?: boolean;
}): Promise<StagedFile> {
  if (!createdDirs.has(tmpDir)) {
    await mkdir(tmpDir, { recursive: true });
    createdDirs.add(tmpDir);
  }
  const tempPath = path.join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}.part`);
  const hash = createHash('sha256');
  let size = 0;
  const head: Buffer[] = [];
  let headLength = 0;
  const tail = new TailWindow(SNIFF_BYTES);
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(tempPath, 'wx');
    const flush = async () => {
      if (pendingLength === 0 || !handle) return;
      const batch = pending;
      pending = [];
      pendingLength = 0;
      await handle.writev(batch);
    };
    for await (const data of source) {
      const chunk = data as Buffer;
      size += chunk.length;
      if (size > maxBytes) throw createFileTooLargeError({ detail: `The limit is ${maxBytes} bytes.` });
      hash.update(chunk);
      if (headLength < SNIFF_BYTES) {
        const part = chunk.subarray(0, SNIFF_BYTES - headLength);
        head.push(part);
        headLength += part.length;
      }
      tail.push(chunk);
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= WRITE_BATCH_BYTES) await flush();
    }
    if (size === 0) throw createEmptyFileError();
    await flush();
  } catch (error) {
    source.destroy();
    await handle?.close().catch(() => undefined);
    await rm(tempPath, { force: true });
    throw error;
  }
  const opened = handle;
  let closing: Promise<void> | null = null;
  const close = () => (closing ??= opened.close());
  let synced: Promise<void> | null = null;
  const sync = () =>
    (synced ??= (async () => {
      try {
        await opened.sync();
      } catch (error) {
        await close().catch(() => undefined);
        throw error;
      }
      // Closing goes on while the caller renames (one hand-over less on the upload's path).
      close().catch(() => undefined);
    })());
  const discard = async () => {
    if (synced) await synced.catch(() => undefined);
    await close().catch(() => undefined);
    await rm(tempPath, { force: true });
  };
  if (!deferSync) {
    await sync();
    await close();
  }
  return {
    path: tempPath,
    sha256: hash.digest('hex'),
    size,
    head: Buffer.concat(head),
    tail: tail.bytes(),
    sync,
    closed: () => close(),
    discard,
  };
}

/** The last `limit` bytes of a stream, keeping only as many chunks as cover them. */
class TailWindow {
  private chunks: Buffer[] = [];
  private length = 0;
  constructor(private readonly limit: number) {}

  push(chunk: Buffer) {
    this.chunks.push(chunk);
    this.length += chunk.length;
    while (this.chunks.length > 1 && this.length - (this.chunks[0]?.length ?? 0) >= this.limit)
      this.length -= this.chunks.shift()?.length ?? 0;
  }

  bytes(): Buffer {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.limit));
  }
}
