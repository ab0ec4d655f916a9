import { SigningError } from './sign.errors.js';

/** What an incremental update needs to know of the last revision of a PDF. */
export type PdfTail = {
  /** Offset of the last cross-reference section (the last `startxref`), the update's /Prev. */
  startXref: number;
  /** Whether that section is a cross-reference stream (PDF 1.5) rather than an `xref` table. */
  xrefStream: boolean;
  /** The trailer's /Size (objects numbered below it are taken). */
  size: number;
};

const latin1 = new TextDecoder('latin1');

/** Reads the last `startxref` and the /Size of the section it points to, from the raw bytes. */
export function readPdfTail(pdf: Uint8Array): PdfTail {
  const unreadable = (message: string) => new SigningError({ code: 'pdf.unreadable', message });
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 2048)));
  const matches = [...tail.matchAll(/startxref\s+(\d+)\s+%%EOF/g)];
  const startXref = Number(matches.at(-1)?.[1] ?? Number.NaN);
  if (!Number.isSafeInteger(startXref) || startXref <= 0 || startXref >= pdf.length) {
    throw unreadable('The PDF has no readable startxref at its end.');
  }
  const section = latin1.decode(pdf.subarray(startXref, Math.min(pdf.length, startXref + 64)));
  if (section.startsWith('xref')) {
    const trailerAt = latin1.decode(pdf.subarray(startXref)).search(/trailer\s*<</);
    const trailer =
      trailerAt < 0 ? '' : latin1.decode(pdf.subarray(startXref + trailerAt, startXref + trailerAt + 4096));
    return { startXref, xrefStream: false, size: readSize(trailer, unreadable) };
  }
  if (/^\d+\s+\d+\s+obj/.test(section)) {
    const head = latin1.decode(pdf.subarray(startXref, Math.min(pdf.length, startXref + 4096)));
    const dictionary = head.slice(0, head.indexOf('stream'));
    if (!/\/Type\s*\/XRef/.test(dictionary))
      throw unreadable('startxref does not point to a cross-reference stream.');
    return { startXref, xrefStream: true, size: readSize(dictionary, unreadable) };
  }
  throw unreadable('startxref does not point to a cross-reference section; the PDF needs repairing.');
}

function readSize(text: string, unreadable: (message: string) => SigningError): number {
  const size = Number(/\/Size\s+(\d+)/.exec(text)?.[1] ?? Number.NaN);
  if (!Number.isSafeInteger(size) || size <= 0) throw unreadable('The PDF trailer has no /Size.');
  return size;
}
