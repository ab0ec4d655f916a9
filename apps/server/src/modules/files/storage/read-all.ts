import type { Readable } from 'node:stream';

/** The whole content of a stream, or null past `maxBytes`; the stream is released either way. */
export async function readAll(stream: Readable, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) return null;
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks));
}
