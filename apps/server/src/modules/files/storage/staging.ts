import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SNIFF_BYTES } from '../files.constants.js';
import { createEmptyFileError, createFileTooLargeError } from '../files.errors.js';

export type StagedFile = { path: string; sha256: string; size: number; head: Buffer; tail: Buffer };

/**
 * Streams `source` into a new file in `tmpDir`, computing SHA-256 on the way, keeping the first
 * and last 64 KiB for type detection, and aborting past `maxBytes`; then fsyncs it. On any
 * failure the temporary file is removed. Memory use is bounded by the stream buffers.
 */
export async function stageUpload({
  tmpDir,
  source,
  maxBytes,
}: {
  tmpDir: string;
  source: Readable;
  maxBytes: number;
}): Promise<StagedFile> {
  await mkdir(tmpDir, { recursive: true });
  const tempPath = path.join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}.part`);
  const hash = createHash('sha256');
  let size = 0;
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let tailChunks: Buffer[] = [];
  let tailLength = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) {
        callback(createFileTooLargeError({ detail: `The limit is ${maxBytes} bytes.` }));
        return;
      }
      hash.update(chunk);
      if (headLength < SNIFF_BYTES) {
        headChunks.push(chunk.subarray(0, SNIFF_BYTES - headLength));
        headLength += Math.min(chunk.length, SNIFF_BYTES - headLength);
      }
      tailChunks.push(chunk);
      tailLength += chunk.length;
      while (tailChunks.length > 1 && tailLength - (tailChunks[0]?.length ?? 0) >= SNIFF_BYTES) {
        tailLength -= tailChunks.shift()?.length ?? 0;
      }
      callback(null, chunk);
    },
  });
  try {
    await pipeline(source, meter, createWriteStream(tempPath, { flags: 'wx' }));
    if (size === 0) throw createEmptyFileError();
    const handle = await open(tempPath, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    source.destroy();
    await rm(tempPath, { force: true });
    throw error;
  }
  const tail = Buffer.concat(tailChunks);
  tailChunks = [];
  return {
    path: tempPath,
    sha256: hash.digest('hex'),
    size,
    head: Buffer.concat(headChunks),
    tail: tail.subarray(Math.max(0, tail.length - SNIFF_BYTES)),
  };
}
