import { strToU8, zipSync, type Zippable } from 'fflate';
import UTIF from 'utif2';

type TiffPage = { width: number; height: number; rgba?: [number, number, number]; thumbnail?: boolean };

/**
 * An uncompressed multi-page RGBA TIFF made with the UTIF encoder: each page filled with one
 * colour; `thumbnail` pages are marked as reduced-resolution images (not pages).
 */
export function makeTiff(pages: TiffPage[]): Buffer {
  const ifdOf = (page: TiffPage, offset: number) => ({
    t254: [page.thumbnail ? 1 : 0],
    t256: [page.width],
    t257: [page.height],
    t258: [8, 8, 8, 8],
    t259: [1],
    t262: [2],
    t273: [offset],
    t277: [4],
    t278: [page.height],
    t279: [page.width * page.height * 4],
    t284: [1],
    t338: [1],
  });
  const encodeIfds = (offsets: number[]) =>
    new Uint8Array(
      UTIF.encode(pages.map((page, i) => ifdOf(page, offsets[i] ?? 0)) as unknown as UTIF.IFD[]),
    );
  const headerLength = encodeIfds([]).length;
  const offsets: number[] = [];
  let at = headerLength + (4 - (headerLength % 4));
  for (const page of pages) {
    offsets.push(at);
    at += page.width * page.height * 4;
  }
  const out = Buffer.alloc(at);
  out.set(encodeIfds(offsets));
  pages.forEach((page, i) => {
    const [r, g, b] = page.rgba ?? [200, 30, 30];
    for (let p = 0; p < page.width * page.height; p++) out.set([r, g, b, 255], (offsets[i] ?? 0) + p * 4);
  });
  return out;
}

/**
 * A two-page black-and-white scan, CCITT Group 4 (as scanners write): page 1 is 40×20 with the
 * left 10 columns black, page 2 is 24×12 with a black diagonal. Made with libtiff:
 * `ppm2tiff -c g4` of two PBM images, then `tiffcp -c g4 p1.tif p2.tif`.
 */
export const G4_SCAN_TIFF = Buffer.from(
  'SUkqABYAAAAmoT/////////wAQAQAAsAAAEDAAEAAAAoAAAAAQEDAAEAAAAUAAAAAgEDAAEAAAABAAAAAwEDAAEAAAAEAAAABgED' +
    'AAEAAAAAAAAAEQEEAAEAAAAIAAAAEgEDAAEAAAABAAAAFQEDAAEAAAABAAAAFgEDAAEAAAAUAAAAFwEEAAEAAAANAAAAHAEDAAEA' +
    'AAABAAAAvAAAACaqygbKLsoQyhjKTsqtlVMrVlaMoNlEAAgAgAALAAABAwABAAAAGAAAAAEBAwABAAAADAAAAAIBAwABAAAAAQAA' +
    'AAMBAwABAAAABAAAAAYBAwABAAAAAAAAABEBBAABAAAAoAAAABIBAwABAAAAAQAAABUBAwABAAAAAQAAABYBAwABAAAADAAAABcB' +
    'BAABAAAAGwAAABwBAwABAAAAAQAAAAAAAAA=',
  'base64',
);

/** A ZIP of these entries (strings are stored as UTF-8). */
export function makeZip(entries: Record<string, string | Uint8Array>): Buffer {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(entries))
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  return Buffer.from(zipSync(files));
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal DOCX: one Word paragraph per string (detected by the `word/` entries). */
export function makeDocx(paragraphs: string[], { body }: { body?: string } = {}): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    (body ??
      paragraphs
        .map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`)
        .join('')) +
    '</w:body></w:document>';
  return makeZip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    '_rels/.rels': '<?xml version="1.0"?><Relationships/>',
    'word/document.xml': xml,
  });
}

/** A minimal ODT: the `mimetype` entry first and uncompressed, one `text:p` per string. */
export function makeOdt(paragraphs: string[], { body }: { body?: string } = {}): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>' +
    (body ?? paragraphs.map((p) => `<text:p>${escapeXml(p)}</text:p>`).join('')) +
    '</office:text></office:body></office:document-content>';
  return Buffer.from(
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8(xml),
    }),
  );
}
