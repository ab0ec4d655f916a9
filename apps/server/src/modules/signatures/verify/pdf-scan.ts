import { MAX_PDF_SIGNATURES, MAX_SIGNATURE_OBJECT_BYTES } from './verify.constants.js';

/** A signature dictionary found by scanning the raw PDF bytes (no object graph parsing). */
export interface PdfSignatureDictionary {
  /** Byte offset of the `/ByteRange` key (identifies the dictionary). */
  offset: number;
  byteRange: [number, number, number, number] | null;
  /** Offset of the `<` that opens the /Contents hex string, or null when there is none. */
  contentsStart: number | null;
  /** Offset just after the `>` that closes it. */
  contentsEnd: number | null;
  /** The decoded /Contents, trailing zero padding included. */
  contents: Uint8Array | null;
  subFilter: string | null;
  /** `Sig` or `DocTimeStamp`. */
  type: string | null;
  /** The /M entry (signing time claimed by the PDF writer). */
  signingTime: Date | null;
}

export interface PdfScan {
  signatures: PdfSignatureDictionary[];
  /** A signature field (/FT /Sig) exists. */
  hasSignatureField: boolean;
  /** A /DSS (document security store) dictionary is present. */
  hasDss: boolean;
  /** More signature dictionaries than MAX_PDF_SIGNATURES: only the first ones were read. */
  tooMany: boolean;
}

/**
 * Finds signature dictionaries by their `/ByteRange` arrays in the raw bytes, reading each one's
 * /Contents, /SubFilter, /Type and /M from the indirect object that holds it. Signature
 * dictionaries are never inside compressed object streams (their /Contents offsets must be
 * file offsets), so a linear scan sees all of them and cannot loop.
 */
export function scanPdf(bytes: Uint8Array): PdfScan {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const signatures: PdfSignatureDictionary[] = [];
  const pattern = /\/ByteRange\s*\[([^\]]{0,200})\]/g;
  let tooMany = false;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (signatures.length >= MAX_PDF_SIGNATURES) {
      tooMany = true;
      break;
    }
    signatures.push(readDictionary({ text, offset: match.index, byteRangeText: match[1] ?? '' }));
  }
  return {
    signatures,
    tooMany,
    hasSignatureField: /\/FT\s*\/Sig\b/.test(text),
    hasDss: /\/DSS\s+\d+\s+\d+\s+R\b|\/Type\s*\/DSS\b/.test(text),
  };
}

function readDictionary(input: {
  text: string;
  offset: number;
  byteRangeText: string;
}): PdfSignatureDictionary {
  const { text, offset } = input;
  const objectStart = lastObjectStart(text, offset);
  const endObject = text.indexOf('endobj', offset);
  const objectEnd = Math.min(endObject === -1 ? text.length : endObject, offset + MAX_SIGNATURE_OBJECT_BYTES);
  const body = text.slice(objectStart, objectEnd);
  const numbers = input.byteRangeText.trim().split(/\s+/).map(Number);
  const byteRange =
    numbers.length === 4 && numbers.every((n) => Number.isSafeInteger(n) && n >= 0)
      ? (numbers as [number, number, number, number])
      : null;
  const contents = /\/Contents\s*</.exec(body);
  let contentsStart: number | null = null;
  let contentsEnd: number | null = null;
  let decoded: Uint8Array | null = null;
  if (contents) {
    contentsStart = objectStart + contents.index + contents[0].length - 1;
    const close = text.indexOf('>', contentsStart);
    if (close !== -1) {
      contentsEnd = close + 1;
      const hex = text.slice(contentsStart + 1, close).replace(/\s+/g, '');
      decoded = /^[0-9a-fA-F]*$/.test(hex)
        ? new Uint8Array(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'))
        : null;
    }
  }
  const withoutContents =
    contentsStart !== null && contentsEnd !== null
      ? text.slice(objectStart, contentsStart) + text.slice(contentsEnd, objectEnd)
      : body;
  return {
    offset,
    byteRange,
    contentsStart,
    contentsEnd,
    contents: decoded,
    subFilter: /\/SubFilter\s*\/([^\s/<>[\]()]+)/.exec(withoutContents)?.[1] ?? null,
    type: /\/Type\s*\/(Sig|DocTimeStamp)\b/.exec(withoutContents)?.[1] ?? null,
    signingTime: parsePdfDate(/\/M\s*\(([^)]*)\)/.exec(withoutContents)?.[1] ?? null),
  };
}

/**
 * Start of the `N G obj` holding the offset, found by walking back over `obj` keywords (a regex
 * over the whole prefix would backtrack quadratically on the long digit runs of hex strings).
 */
function lastObjectStart(text: string, offset: number): number {
  const floor = Math.max(0, offset - MAX_SIGNATURE_OBJECT_BYTES);
  let steps = 0;
  for (
    let at = text.lastIndexOf('obj', offset);
    at >= floor && at > 0 && steps < 1000;
    at = text.lastIndexOf('obj', at - 1)
  ) {
    const header = /(\d{1,10})\s+(\d{1,5})\s+$/.exec(text.slice(Math.max(0, at - 24), at));
    if (header) return at - header[0].length;
    steps++;
  }
  return offset;
}

/** `D:YYYYMMDDHHmmSS+HH'mm'` → Date (missing parts default; `Z` or no zone = UTC). */
export function parsePdfDate(value: string | null): Date | null {
  if (!value) return null;
  const m = /^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(
    value.trim(),
  );
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone, zh = '00', zm = '00'] = m;
  const sign = zone === '-' ? -1 : zone === '+' ? 1 : 0;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const date = new Date(utc - sign * (Number(zh) * 60 + Number(zm)) * 60_000);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The bytes a ByteRange covers: [a, a+b) followed by [c, c+d). */
export function signedBytes(bytes: Uint8Array, byteRange: [number, number, number, number]): Uint8Array {
  const [a, b, c, d] = byteRange;
  const out = new Uint8Array(b + d);
  out.set(bytes.subarray(a, a + b), 0);
  out.set(bytes.subarray(c, c + d), b);
  return out;
}
