import { createHash } from 'node:crypto';
import type { PDFDocument } from 'pdf-lib';

// PDF/A-2b identification for documents Obieg writes (letters): an sRGB output intent, XMP
// metadata that names the part and conformance and agrees with the document information
// dictionary, and a document ID. Fonts are embedded by the callers (DejaVu Sans). Not validated
// with veraPDF here (it cannot be installed offline); the structure follows ISO 19005-2 §6.2.3
// (output intent), §6.6 (metadata) and §6.1.3 (file identifier).

const D50 = [0.9642, 1.0, 0.8249];
// sRGB primaries adapted to D50 (Bradford), as in the IEC 61966-2.1 profiles.
const PRIMARIES = {
  rXYZ: [0.4361, 0.2225, 0.0139],
  gXYZ: [0.3851, 0.7169, 0.0971],
  bXYZ: [0.1431, 0.0606, 0.7141],
};

const s15Fixed16 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(Math.round(value * 65536));
  return buffer;
};
const xyzTag = (xyz: number[]) =>
  Buffer.concat([Buffer.from('XYZ '), Buffer.alloc(4), ...xyz.map(s15Fixed16)]);
const pad4 = (buffer: Buffer) => Buffer.concat([buffer, Buffer.alloc((4 - (buffer.length % 4)) % 4)]);

function textDescription(text: string) {
  const ascii = Buffer.from(`${text}\0`, 'latin1');
  const head = Buffer.alloc(12);
  head.write('desc', 0, 'latin1');
  head.writeUInt32BE(ascii.length, 8);
  // Unicode and ScriptCode parts left empty (language 0, count 0; script code 0, count 0, 67 bytes).
  return Buffer.concat([head, ascii, Buffer.alloc(8), Buffer.alloc(3 + 67)]);
}

/** The sRGB curve (IEC 61966-2.1) sampled in 1024 points. */
function srgbCurve() {
  const count = 1024;
  const head = Buffer.alloc(12);
  head.write('curv', 0, 'latin1');
  head.writeUInt32BE(count, 8);
  const body = Buffer.alloc(count * 2);
  for (let i = 0; i < count; i++) {
    const v = i / (count - 1);
    const linear = v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    body.writeUInt16BE(Math.round(linear * 65535), i * 2);
  }
  return Buffer.concat([head, body]);
}

/** A small ICC v2 display profile of sRGB (matrix/TRC), enough for a PDF/A output intent. */
export function srgbIccProfile(): Buffer {
  const curve = srgbCurve();
  const tags: [string, Buffer][] = [
    ['desc', textDescription('sRGB IEC61966-2.1 (Obieg)')],
    [
      'cprt',
      Buffer.concat([
        Buffer.from('text'),
        Buffer.alloc(4),
        Buffer.from('No copyright, use freely\0', 'latin1'),
      ]),
    ],
    ['wtpt', xyzTag(D50)],
    ['rXYZ', xyzTag(PRIMARIES.rXYZ)],
    ['gXYZ', xyzTag(PRIMARIES.gXYZ)],
    ['bXYZ', xyzTag(PRIMARIES.bXYZ)],
    ['rTRC', curve],
    ['gTRC', curve],
    ['bTRC', curve],
  ];
  const tableSize = 4 + tags.length * 12;
  let offset = 128 + tableSize;
  const table = Buffer.alloc(tableSize);
  table.writeUInt32BE(tags.length, 0);
  const bodies: Buffer[] = [];
  const written = new Map<Buffer, number>();
  tags.forEach(([signature, data], index) => {
    // The three curves share one body, as ICC allows.
    let at = written.get(data);
    if (at === undefined) {
      at = offset;
      written.set(data, at);
      const padded = pad4(data);
      bodies.push(padded);
      offset += padded.length;
    }
    table.write(signature, 4 + index * 12, 'latin1');
    table.writeUInt32BE(at, 8 + index * 12);
    table.writeUInt32BE(data.length, 12 + index * 12);
  });
  const header = Buffer.alloc(128);
  header.writeUInt32BE(offset, 0);
  header.writeUInt32BE(0x02100000, 8); // version 2.1
  header.write('mntr', 12, 'latin1');
  header.write('RGB ', 16, 'latin1');
  header.write('XYZ ', 20, 'latin1');
  header.writeUInt16BE(2026, 24);
  header.writeUInt16BE(1, 26);
  header.writeUInt16BE(1, 28);
  header.write('acsp', 36, 'latin1');
  D50.forEach((value, i) => s15Fixed16(value).copy(header, 68 + i * 4));
  return Buffer.concat([header, table, ...bodies]);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** XMP date: `2026-11-22T10:00:00Z` (seconds, UTC), as the information dictionary's dates. */
const xmpDate = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

/**
 * Marks a document Obieg made as PDF/A-2b: output intent, XMP metadata matching the information
 * dictionary (title, producer, creator tool, dates) and a file identifier.
 */
export async function markPdfA2b(pdf: PDFDocument, { title, at }: { title: string; at: Date }) {
  const { PDFName, PDFHexString, PDFString } = await import('pdf-lib');
  const context = pdf.context;
  pdf.setTitle(title);
  pdf.setProducer('Obieg');
  pdf.setCreator('Obieg');
  pdf.setCreationDate(new Date(Math.floor(at.getTime() / 1000) * 1000));
  pdf.setModificationDate(new Date(Math.floor(at.getTime() / 1000) * 1000));

  const icc = context.flateStream(srgbIccProfile(), { N: 3 });
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: context.register(icc),
  });
  pdf.catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]));

  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:format>application/pdf</dc:format>
   <xmp:CreatorTool>Obieg</xmp:CreatorTool>
   <xmp:CreateDate>${xmpDate(at)}</xmp:CreateDate>
   <xmp:ModifyDate>${xmpDate(at)}</xmp:ModifyDate>
   <pdf:Producer>Obieg</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const metadata = context.stream(Buffer.from(xmp, 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), context.register(metadata));

  const id = createHash('md5').update(`${title}\n${at.toISOString()}\n${Math.random()}`).digest('hex');
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
