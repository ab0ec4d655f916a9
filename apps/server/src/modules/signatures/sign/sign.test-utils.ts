import * as asn1js from 'asn1js';

const SIGNATURE_TIME_STAMP = '1.2.840.113549.1.9.16.2.14';

const child = (block: asn1js.AsnType | undefined, index: number): asn1js.AsnType | undefined =>
  (block as asn1js.Constructed | undefined)?.valueBlock.value[index];

/**
 * The first SignerInfo of a DER ContentInfo(SignedData), read with plain asn1js (not the code under
 * test): its signed attributes (DER, as signed), signature value and signature-time-stamp token.
 */
export async function readCmsSignerInfo(cms: Uint8Array) {
  const contentInfo = asn1js.fromBER(cms.slice().buffer).result;
  const signedData = child(child(contentInfo, 1), 0) as asn1js.Sequence;
  const signerInfos = signedData.valueBlock.value.at(-1) as asn1js.Set;
  const signerInfo = signerInfos.valueBlock.value[0] as asn1js.Sequence;
  const parts = signerInfo.valueBlock.value;
  const signedAttributes = parts.find((part) => part.idBlock.tagClass === 3 && part.idBlock.tagNumber === 0);
  const signedAttributesDer = new Uint8Array(signedAttributes?.valueBeforeDecodeView ?? []);
  signedAttributesDer[0] = 0x31;
  const signatureValue = new Uint8Array(
    (parts.find((part) => part instanceof asn1js.OctetString) as asn1js.OctetString).valueBlock.valueHexView,
  );
  const unsigned = parts.find((part) => part.idBlock.tagClass === 3 && part.idBlock.tagNumber === 1) as
    asn1js.Constructed | undefined;
  const stamp = unsigned?.valueBlock.value.find(
    (attribute) =>
      (child(attribute, 0) as asn1js.ObjectIdentifier).valueBlock.toString() === SIGNATURE_TIME_STAMP,
  );
  const token = child(child(stamp, 1), 0);
  return {
    signedAttributesDer,
    signatureValue,
    timestampToken: token ? new Uint8Array(token.valueBeforeDecodeView) : null,
  };
}

/** A two-page A4 PDF made by pdf-lib, with or without object and cross-reference streams. */
export async function makePdf({
  useObjectStreams,
  pages = 2,
}: {
  useObjectStreams: boolean;
  pages?: number;
}) {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let number = 1; number <= pages; number += 1) {
    pdf.addPage([595.28, 841.89]).drawText(`Strona ${number} z ${pages}`, { x: 72, y: 760, size: 14, font });
  }
  return pdf.save({ useObjectStreams });
}

export type PdfSignatureBytes = {
  byteRange: [number, number, number, number];
  contents: Uint8Array;
  signedBytes: Uint8Array;
};

/** Every signature dictionary's /ByteRange and /Contents, in file order, read from the raw bytes. */
export function readPdfSignatures(pdf: Uint8Array): PdfSignatureBytes[] {
  const text = Buffer.from(pdf).toString('latin1');
  return [
    ...text.matchAll(
      /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]\s*\/Contents\s*<([0-9A-Fa-f]*)>/g,
    ),
  ].map((match) => {
    const byteRange = match.slice(1, 5).map(Number) as [number, number, number, number];
    const hex = (match[5] ?? '').replace(/(00)+$/, '');
    const signedBytes = Buffer.concat([
      pdf.subarray(byteRange[0], byteRange[0] + byteRange[1]),
      pdf.subarray(byteRange[2], byteRange[2] + byteRange[3]),
    ]);
    return {
      byteRange,
      contents: new Uint8Array(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex')),
      signedBytes,
    };
  });
}

/** pdf.js (the reader the web app uses): page count, signature fields, and the text drawn by annotations. */
export async function readWithPdfJs(pdf: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: pdf.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const fields: { page: number; name: string; rect: number[] }[] = [];
    let annotationText = '';
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      for (const annotation of await page.getAnnotations()) {
        if (annotation.fieldType === 'Sig')
          fields.push({ page: number, name: annotation.fieldName, rect: annotation.rect });
      }
      const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE });
      operators.fnArray.forEach((fn, index) => {
        if (fn !== pdfjs.OPS.showText) return;
        const glyphs = (operators.argsArray[index] as unknown[][])[0] ?? [];
        annotationText += `${glyphs.map((glyph) => (glyph && typeof glyph === 'object' && 'unicode' in glyph ? String(glyph.unicode) : '')).join('')}\n`;
      });
    }
    return { pages: document.numPages, fields, text: annotationText };
  } finally {
    await document.destroy();
  }
}
