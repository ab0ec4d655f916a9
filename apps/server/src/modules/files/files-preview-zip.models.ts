import { Inflate } from 'fflate';

/** Why a file could not be converted for a preview; the use case turns it into a problem code. */
export class PreviewConversionError extends Error {
  constructor(
    readonly reason: 'too_large' | 'damaged' | 'page_not_found',
    message: string,
  ) {
    super(message);
    this.name = 'PreviewConversionError';
  }
}

const damaged = (message: string) => new PreviewConversionError('damaged', message);

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Compressed bytes pushed at a time: one push yields at most ~16 MB even at deflate's top ratio. */
const INFLATE_STEP = 16 * 1024;

type ZipEntry = { name: string; method: number; flags: number; compressedSize: number; localOffset: number };

/** The entries of a ZIP's central directory (names, methods, sizes; no content is read). */
export function listZipEntries(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('No ZIP end of central directory.');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || view.getUint32(p, true) !== CENTRAL_ENTRY)
      throw damaged('Broken ZIP central directory.');
    const nameLength = view.getUint16(p + 28, true);
    const skip = nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    entries.push({
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      localOffset: view.getUint32(p + 42, true),
      name: decoder.decode(zip.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + skip;
  }
  return entries;
}

/**
 * The uncompressed content of one entry, or null when the ZIP has no such entry. Inflating
 * stops with `too_large` past `maxBytes` whatever sizes the ZIP declares, so a zip bomb costs
 * at most `maxBytes` of memory and the time to inflate them.
 */
export function readZipEntry(zip: Uint8Array, name: string, { maxBytes }: { maxBytes: number }) {
  const entry = listZipEntries(zip).find((e) => e.name === name);
  if (!entry) return null;
  if (entry.flags & 1) throw damaged(`${name} is encrypted.`);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const local = entry.localOffset;
  if (local + 30 > zip.length || view.getUint32(local, true) !== LOCAL_HEADER)
    throw damaged(`Broken ZIP local header of ${name}.`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw damaged(`${name} runs past the end of the ZIP.`);
  const data = zip.subarray(start, end);
  const tooLarge = () => new PreviewConversionError('too_large', `${name} expands past ${maxBytes} bytes.`);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw tooLarge();
    return data;
  }
  if (entry.method !== 8) throw damaged(`${name} uses ZIP method ${entry.method}.`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge();
    chunks.push(chunk);
  });
  try {
    for (let offset = 0; offset < data.length || offset === 0; offset += INFLATE_STEP)
      inflater.push(data.subarray(offset, offset + INFLATE_STEP), offset + INFLATE_STEP >= data.length);
  } catch (error) {
    if (error instanceof PreviewConversionError) throw error;
    throw damaged(`${name} does not inflate: ${(error as Error).message}`);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
