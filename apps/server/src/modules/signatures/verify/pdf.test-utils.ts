import { PDFArray, PDFDocument, PDFName, PDFRef, StandardFonts } from 'pdf-lib';
import { signTestCms, type TestIdentity } from './verify.test-utils.js';

const CONTENTS_HEX_LENGTH = 16_384;

/** A one-page PDF with a line of text, written without object streams. */
export async function makeTestPdf(text = 'Decyzja nr 1/2025'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText(text, { x: 72, y: 760, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) });
  return pdf.save({ useObjectStreams: false });
}

interface Tail {
  size: number;
  root: string;
  startxref: number;
}

function readTail(bytes: Uint8Array): Tail {
  const text = Buffer.from(bytes).toString('latin1');
  const trailers = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>/g)];
  const trailer = trailers[trailers.length - 1]?.[1] ?? '';
  const starts = [...text.matchAll(/startxref\s+(\d+)/g)];
  return {
    size: Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]),
    root: /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1] ?? '1 0 R',
    startxref: Number(starts[starts.length - 1]?.[1]),
  };
}

/** Appends an incremental update holding `objects` (object number → body). */
export function appendRevision(bytes: Uint8Array, objects: Map<number, string>): Uint8Array {
  const tail = readTail(bytes);
  const head = Buffer.from(bytes).toString('latin1');
  let body = '\n';
  const offsets: [number, number][] = [];
  for (const [number, object] of objects) {
    offsets.push([number, head.length + body.length]);
    body += `${number} 0 obj\n${object}\nendobj\n`;
  }
  const xrefOffset = head.length + body.length;
  const size = Math.max(tail.size, ...objects.keys()) + 1;
  let xref = 'xref\n0 1\n0000000000 65535 f \n';
  for (const [number, offset] of offsets)
    xref += `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${size} /Root ${tail.root} /Prev ${tail.startxref} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(head + body + xref, 'latin1'));
}

export function nextObjectNumber(bytes: Uint8Array): number {
  return readTail(bytes).size;
}

/**
 * Signs a PDF the PAdES way: an incremental update with a /Sig dictionary whose ByteRange
 * leaves out exactly its /Contents hex string, filled with a detached CMS over the rest.
 */
export async function signTestPdf(input: {
  pdf: Uint8Array;
  signer: TestIdentity;
  chain?: TestIdentity[];
}): Promise<Uint8Array> {
  const number = nextObjectNumber(input.pdf);
  const placeholderRange = '[0 0000000000 0000000000 0000000000]';
  const dictionary = `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /M (D:20250301100000Z) /ByteRange ${placeholderRange} /Contents <${'0'.repeat(CONTENTS_HEX_LENGTH)}> >>`;
  const unsigned = appendRevision(input.pdf, new Map([[number, dictionary]]));
  const text = Buffer.from(unsigned).toString('latin1');
  const contentsStart = text.lastIndexOf('/Contents <') + '/Contents '.length;
  const contentsEnd = contentsStart + CONTENTS_HEX_LENGTH + 2;
  const range = [0, contentsStart, contentsEnd, unsigned.length - contentsEnd];
  const rangeText = `[0 ${range
    .slice(1)
    .map((n) => String(n).padStart(10, '0'))
    .join(' ')}]`;
  const withRange = Buffer.from(text.replace(placeholderRange, rangeText), 'latin1');
  const covered = Buffer.concat([withRange.subarray(0, contentsStart), withRange.subarray(contentsEnd)]);
  const cms = await signTestCms({
    content: new Uint8Array(covered),
    signer: input.signer,
    chain: input.chain,
  });
  const hex = Buffer.from(cms).toString('hex').padEnd(CONTENTS_HEX_LENGTH, '0');
  withRange.write(hex, contentsStart + 1, 'latin1');
  return new Uint8Array(withRange);
}

/** The object number of the first page's (last) content stream. */
export async function firstPageContentsObject(bytes: Uint8Array): Promise<number> {
  const pdf = await PDFDocument.load(bytes);
  const value = pdf.getPage(0).node.get(PDFName.of('Contents'));
  const contents = value instanceof PDFArray ? value.get(value.size() - 1) : value;
  if (!(contents instanceof PDFRef)) throw new Error('page contents are not a reference');
  return contents.objectNumber;
}
