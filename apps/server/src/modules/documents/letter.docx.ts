import { loadOnce } from '../../shared/load-once.js';
import { paragraphs, type LetterFrame } from './letter.models.js';

const loadZip = loadOnce(() => import('fflate'));

const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 cannot carry at all.
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

type Align = 'left' | 'right';

function paragraph(
  lines: string[],
  { align = 'left', after = 120, size }: { align?: Align; after?: number; size?: number } = {},
) {
  const runProps = size ? `<w:rPr><w:sz w:val="${size}"/></w:rPr>` : '';
  const runs = lines
    .map(
      (line, index) =>
        `${index > 0 ? '<w:r><w:br/></w:r>' : ''}<w:r>${runProps}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join('');
  const indent = align === 'right' ? '<w:ind w:left="4800"/>' : '';
  return `<w:p><w:pPr><w:spacing w:after="${after}"/>${indent}</w:pPr>${runs}</w:p>`;
}

/**
 * The same letter as a WordprocessingML document (DOCX) for editing in a word processor: a
 * two-column table for the header and the place and date, then the znak, the addressee
 * (indented to the right half), the body paragraphs, the closing and the signature block.
 */
export async function renderLetterDocx({
  frame,
  body,
}: {
  frame: LetterFrame;
  body: string;
}): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await loadZip();
  const cell = (content: string, align: Align) =>
    `<w:tc><w:tcPr><w:tcW w:w="4800" w:type="dxa"/></w:tcPr>${content.replace('<w:pPr>', `<w:pPr><w:jc w:val="${align}"/>`)}</w:tc>`;
  const headerTable =
    '<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>' +
    '<w:tblGrid><w:gridCol w:w="4800"/><w:gridCol w:w="4800"/></w:tblGrid><w:tr>' +
    cell(paragraph(frame.header.length ? frame.header : [''], { size: 18 }), 'left') +
    cell(paragraph([frame.placeAndDate]), 'right') +
    '</w:tr></w:tbl>';
  const parts = [
    headerTable,
    frame.caseSign ? paragraph([frame.caseSign], { after: 360 }) : '',
    paragraph(frame.addressee.length ? frame.addressee : [''], { align: 'right', after: 480 }),
    ...paragraphs(body).map((p) => paragraph(p, { after: 160 })),
    frame.closing ? paragraph([frame.closing], { align: 'right', after: 480 }) : '',
    paragraph(frame.signature.length ? frame.signature : [''], { align: 'right' }),
  ];
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    parts.join('') +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' +
    '</w:body></w:document>';
  const styles =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults>' +
    '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="pl-PL"/></w:rPr></w:rPrDefault>' +
    '</w:docDefaults></w:styles>';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(styles),
  };
  return zipSync(files, { level: 6 });
}
