import { encode } from 'fast-png';
import UTIF from 'utif2';
import { PREVIEW_TIFF_PAGES, PREVIEW_TIFF_PIXELS } from './files-preview.constants.js';
import { PreviewConversionError } from './files-preview-zip.models.js';

const damaged = (message: string) => new PreviewConversionError('damaged', message);

/** Bytes of one value of each TIFF field type (1 BYTE … 13 IFD). */
const TYPE_SIZES = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];
/** Fields whose values point at further IFDs, which the decoder follows. */
const SUB_IFD_TAGS = new Set([330, 34665, 34853, 61440]);
/** Values in one field: a page scanned one row a strip at 600 dpi has ~7,000 strips. */
const MAX_FIELD_VALUES = 1_000_000;

/**
 * Walks the IFDs of a TIFF the way the decoder will, refusing what would make it loop or exhaust
 * memory: chains or sub-IFDs that point back, offsets and value arrays past the end of the file.
 * Returns the offsets of the main chain (one per page or thumbnail).
 */
function walkTiff(bytes: Uint8Array): number[] {
  if (bytes.length < 8) throw damaged('Too short for a TIFF.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = bytes[0] === 0x49;
  if (view.getUint16(2, le) !== 42) throw damaged('Not a classic TIFF (BigTIFF is not supported).');
  const seen = new Set<number>();
  const checkIfd = (offset: number, depth: number): number => {
    if (depth > 4 || seen.has(offset) || offset + 2 > bytes.length) throw damaged('Broken IFD chain.');
    seen.add(offset);
    const count = view.getUint16(offset, le);
    const end = offset + 2 + count * 12;
    if (end + 4 > bytes.length) throw damaged('IFD runs past the end of the file.');
    for (let e = offset + 2; e < end; e += 12) {
      const tag = view.getUint16(e, le);
      const type = view.getUint16(e + 2, le);
      const values = view.getUint32(e + 4, le);
      if (tag === 50740) throw damaged('DNG private data is not supported.');
      const size = (TYPE_SIZES[type] ?? 0) * values;
      if (values > MAX_FIELD_VALUES) throw damaged(`Field ${tag} has ${values} values.`);
      const at = size > 4 ? view.getUint32(e + 8, le) : e + 8;
      if (at + size > bytes.length) throw damaged(`Field ${tag} runs past the end of the file.`);
      if (SUB_IFD_TAGS.has(tag) && (type === 4 || type === 13))
        for (let v = 0; v < values; v++) checkIfd(view.getUint32(at + 4 * v, le), depth + 1);
    }
    return view.getUint32(end, le);
  };
  const chain: number[] = [];
  for (let next = view.getUint32(4, le); next !== 0;) {
    if (chain.length >= PREVIEW_TIFF_PAGES) throw damaged('Too many pages.');
    chain.push(next);
    next = checkIfd(next, 0);
  }
  return chain;
}

const first = (ifd: UTIF.IFD, tag: number) => {
  const value = ifd[`t${tag}`];
  return Array.isArray(value) && typeof value[0] === 'number' ? value[0] : undefined;
};

/** PNG bytes of RGBA pixels; grey pages as 8-bit grey, black-and-white pages as 1-bit. */
export function encodePng({ rgba, width, height }: { rgba: Uint8Array; width: number; height: number }) {
  let grey = true;
  let bilevel = true;
  for (let i = 0; i < rgba.length && grey; i += 4) {
    const r = rgba[i];
    grey = r === rgba[i + 1] && r === rgba[i + 2] && rgba[i + 3] === 255;
    bilevel &&= r === 0 || r === 255;
  }
  if (!grey) return encode({ width, height, data: rgba, channels: 4, depth: 8 });
  if (!bilevel) {
    const data = new Uint8Array(width * height);
    for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4] ?? 0;
    return encode({ width, height, data, channels: 1, depth: 8 });
  }
  const rowBytes = Math.ceil(width / 8);
  const data = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (rgba[(y * width + x) * 4]) data[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
  return encode({ width, height, data, channels: 1, depth: 1 });
}

/**
 * One page of a TIFF as PNG (`page` from 1). Reduced-resolution images (thumbnails) in the chain
 * are not pages. Pages above `PREVIEW_TIFF_PIXELS` are refused as too large.
 */
export function convertTiffPageToPng(bytes: Uint8Array, { page }: { page: number }) {
  walkTiff(bytes);
  let pages: UTIF.IFD[];
  try {
    const buffer = bytes.slice().buffer;
    pages = (UTIF.decode as (b: ArrayBuffer, p: object) => UTIF.IFD[])(buffer, {
      parseMN: false,
      debug: false,
    }).filter((ifd) => first(ifd, 256) !== undefined && ((first(ifd, 254) ?? 0) & 1) === 0);
    const ifd = pages[page - 1];
    if (!ifd) throw new PreviewConversionError('page_not_found', `The TIFF has ${pages.length} pages.`);
    const width = first(ifd, 256) ?? 0;
    const height = first(ifd, 257) ?? 0;
    const bitsPerPixel = (first(ifd, 258) ?? 1) * (first(ifd, 277) ?? 1);
    if (width < 1 || height < 1 || bitsPerPixel > 64) throw damaged('Impossible page dimensions.');
    if (width * height > PREVIEW_TIFF_PIXELS)
      throw new PreviewConversionError('too_large', `The page has ${width}×${height} pixels.`);
    UTIF.decodeImage(buffer, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    if (rgba.length < width * height * 4) throw damaged('The page could not be decoded.');
    return { png: encodePng({ rgba, width, height }), pageCount: pages.length, width, height };
  } catch (error) {
    if (error instanceof PreviewConversionError) throw error;
    throw damaged(`The TIFF could not be decoded: ${(error as Error).message}`);
  }
}
