/**
 * Writes an incremental update (ISO 32000-1 §7.5.6): the original bytes untouched, then the new and
 * changed objects, a cross-reference section for exactly those objects and a trailer whose /Prev
 * points to the previous section. The section is a table when the file used tables and a
 * cross-reference stream when it used streams, as readers expect one kind per file.
 */
import type { PdfTail } from './pdf-tail.js';

export type UpdateObject = { objectNumber: number; generation: number; body: Uint8Array };

export type UpdateTrailer = {
  /** Already serialised values: `12 0 R`, `[<…> <…>]`. */
  root: string;
  info?: string;
  id: string;
};

const encoder = new TextEncoder();

/** Consecutive object numbers grouped as [first, count] subsections. */
function subsections(numbers: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const number of numbers) {
    const last = runs.at(-1);
    if (last && last[0] + last[1] === number) last[1] += 1;
    else runs.push([number, 1]);
  }
  return runs;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function writeIncrementalUpdate({
  original,
  tail,
  objects,
  trailer,
  xrefStreamObjectNumber,
}: {
  original: Uint8Array;
  tail: PdfTail;
  objects: UpdateObject[];
  trailer: UpdateTrailer;
  /** A free object number for the cross-reference stream (used only when the file uses streams). */
  xrefStreamObjectNumber: number;
}): { bytes: Uint8Array; offsets: Map<number, number> } {
  const endsWithNewline = original.at(-1) === 0x0a || original.at(-1) === 0x0d;
  const parts: Uint8Array[] = [original, encoder.encode(endsWithNewline ? '' : '\n')];
  let position = original.length + (endsWithNewline ? 0 : 1);
  const offsets = new Map<number, number>();
  const generations = new Map<number, number>();
  for (const object of [...objects].sort((a, b) => a.objectNumber - b.objectNumber)) {
    offsets.set(object.objectNumber, position);
    generations.set(object.objectNumber, object.generation);
    const framed = [
      encoder.encode(`${object.objectNumber} ${object.generation} obj\n`),
      object.body,
      encoder.encode('\nendobj\n'),
    ];
    parts.push(...framed);
    position += framed.reduce((sum, part) => sum + part.length, 0);
  }
  const xrefOffset = position;
  const trailerEntries = [
    `/Root ${trailer.root}`,
    ...(trailer.info ? [`/Info ${trailer.info}`] : []),
    `/ID ${trailer.id}`,
    `/Prev ${tail.startXref}`,
  ];

  if (tail.xrefStream) {
    offsets.set(xrefStreamObjectNumber, xrefOffset);
    generations.set(xrefStreamObjectNumber, 0);
    const numbers = [...offsets.keys()].sort((a, b) => a - b);
    const size = Math.max(tail.size, (numbers.at(-1) ?? 0) + 1);
    const offsetBytes = xrefOffset > 0xffffffff ? 8 : 4;
    const rows = new Uint8Array(numbers.length * (1 + offsetBytes + 2));
    numbers.forEach((number, index) => {
      const row = index * (1 + offsetBytes + 2);
      rows[row] = 1;
      let offset = offsets.get(number) ?? 0;
      for (let byte = offsetBytes; byte >= 1; byte -= 1) {
        rows[row + byte] = offset % 256;
        offset = Math.floor(offset / 256);
      }
      const generation = generations.get(number) ?? 0;
      rows[row + offsetBytes + 1] = generation >> 8;
      rows[row + offsetBytes + 2] = generation & 0xff;
    });
    const index = subsections(numbers).flat().join(' ');
    const dictionary =
      `${xrefStreamObjectNumber} 0 obj\n<< /Type /XRef /Size ${size} ${trailerEntries.join(' ')} ` +
      `/W [1 ${offsetBytes} 2] /Index [${index}] /Length ${rows.length} >>\nstream\n`;
    parts.push(
      encoder.encode(dictionary),
      rows,
      encoder.encode(`\nendstream\nendobj\nstartxref\n${xrefOffset}\n%%EOF\n`),
    );
    return { bytes: concat(parts), offsets };
  }

  const numbers = [...offsets.keys()].sort((a, b) => a - b);
  const size = Math.max(tail.size, (numbers.at(-1) ?? 0) + 1);
  let table = 'xref\n';
  for (const [first, count] of subsections(numbers)) {
    table += `${first} ${count}\n`;
    for (let number = first; number < first + count; number += 1) {
      const offset = String(offsets.get(number) ?? 0).padStart(10, '0');
      const generation = String(generations.get(number) ?? 0).padStart(5, '0');
      table += `${offset} ${generation} n\r\n`;
    }
  }
  table += `trailer\n<< /Size ${size} ${trailerEntries.join(' ')} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  parts.push(encoder.encode(table));
  return { bytes: concat(parts), offsets };
}
