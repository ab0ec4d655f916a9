/**
 * PAdES baseline signatures (ETSI EN 319 142-1: B-B, and B-T with a time-stamp) written as an
 * incremental update: the original bytes stay a byte-for-byte prefix of the result, so earlier
 * signatures keep verifying. The update adds a signature dictionary (/ETSI.CAdES.detached), a
 * signature field merged with its widget (visible with a text block, or invisible with a zero
 * rectangle), the field in the AcroForm (/SigFlags 3), and a cross-reference section of the same
 * kind the file used (table or stream).
 */
import { randomBytes } from 'node:crypto';
import type { PDFArray, PDFDict, PDFDocument, PDFObject, PDFRef } from 'pdf-lib';
import type { SignerCredentials, TimestampProvider } from '../signatures.types.js';
import { createCadesSignature } from './cms-sign.models.js';
import { buildSignatureAppearance, type VisibleSignature } from './pades-appearance.js';
import { type PdfLibraries, loadPdfLibraries } from './pdf.libraries.js';
import { type UpdateObject, writeIncrementalUpdate } from './pdf-incremental.js';
import { readPdfTail } from './pdf-tail.js';
import { SigningError } from './sign.errors.js';
import { formatPdfDate, pdfTextString } from './pdf-strings.js';

export type PadesOptions = {
  /** Written as /M; PAdES has no signing-time attribute in the CMS. */
  signingTime: Date;
  signerName: string;
  reason?: string;
  location?: string;
  contactInfo?: string;
  visible?: VisibleSignature;
  /** Adds a signature-time-stamp (level B-T). */
  timestamp?: TimestampProvider;
};

const encoder = new TextEncoder();
const BYTE_RANGE_PLACEHOLDER = `[0 ${'0'.repeat(10)} ${'0'.repeat(10)} ${'0'.repeat(10)}]`;

function serialize(object: PDFObject): Uint8Array {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return bytes;
}

async function loadDocument({ pdfLib }: PdfLibraries, pdf: Uint8Array): Promise<PDFDocument> {
  let document: PDFDocument;
  try {
    document = await pdfLib.PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false });
  } catch (error) {
    throw new SigningError({ code: 'pdf.unreadable', message: 'The PDF cannot be parsed.', cause: error });
  }
  if (document.isEncrypted)
    throw new SigningError({ code: 'pdf.encrypted', message: 'The PDF is encrypted.' });
  return document;
}

/** A certification signature with /P 1 forbids any change, a new signature included. */
function ensureChangesAllowed({ pdfLib }: PdfLibraries, document: PDFDocument): void {
  const { PDFArray, PDFDict, PDFName, PDFNumber } = pdfLib;
  const docMdp = document.catalog
    .lookupMaybe(PDFName.of('Perms'), PDFDict)
    ?.lookupMaybe(PDFName.of('DocMDP'), PDFDict);
  const references = docMdp?.lookupMaybe(PDFName.of('Reference'), PDFArray);
  for (let index = 0; index < (references?.size() ?? 0); index += 1) {
    const reference = references?.lookup(index);
    const params =
      reference instanceof PDFDict
        ? reference.lookupMaybe(PDFName.of('TransformParams'), PDFDict)
        : undefined;
    if (params?.lookupMaybe(PDFName.of('P'), PDFNumber)?.asNumber() === 1) {
      throw new SigningError({
        code: 'pdf.changes_forbidden',
        message: 'The PDF is certified with no changes allowed.',
      });
    }
  }
}

/** Where an array entry of `owner` lives: the array itself may be indirect, else the owner changes. */
function appendToArray(
  { pdfLib }: PdfLibraries,
  {
    owner,
    ownerRef,
    key,
    item,
    changed,
  }: { owner: PDFDict; ownerRef: PDFRef; key: string; item: PDFRef; changed: Set<PDFRef> },
): void {
  const { PDFArray, PDFName, PDFRef } = pdfLib;
  const name = PDFName.of(key);
  const raw = owner.get(name);
  const target = raw instanceof PDFRef ? owner.context.lookup(raw) : raw;
  if (target instanceof PDFArray) {
    target.push(item);
    changed.add(raw instanceof PDFRef ? raw : ownerRef);
    return;
  }
  owner.set(name, owner.context.obj([item]));
  changed.add(ownerRef);
}

/** The AcroForm dictionary and the object that holds it (itself when indirect, else the catalog). */
function acroFormOf(
  { pdfLib }: PdfLibraries,
  document: PDFDocument,
  catalogRef: PDFRef,
): { form: PDFDict; formRef: PDFRef } {
  const { PDFDict, PDFName, PDFRef } = pdfLib;
  const raw = document.catalog.get(PDFName.of('AcroForm'));
  if (raw instanceof PDFRef) {
    const form = document.context.lookup(raw);
    if (form instanceof PDFDict) return { form, formRef: raw };
  }
  if (raw instanceof PDFDict) return { form: raw, formRef: catalogRef };
  const form = document.context.obj({ Fields: [] });
  const formRef = document.context.register(form);
  document.catalog.set(PDFName.of('AcroForm'), formRef);
  return { form, formRef };
}

function uniqueFieldName({ pdfLib }: PdfLibraries, form: PDFDict): string {
  const { PDFArray, PDFDict, PDFHexString, PDFName, PDFString } = pdfLib;
  const fields = form.lookupMaybe(PDFName.of('Fields'), PDFArray);
  const taken = new Set<string>();
  for (let index = 0; index < (fields?.size() ?? 0); index += 1) {
    const field = fields?.lookup(index);
    const title = field instanceof PDFDict ? field.lookup(PDFName.of('T')) : undefined;
    if (title instanceof PDFString || title instanceof PDFHexString) taken.add(title.decodeText());
  }
  let number = 1;
  while (taken.has(`Signature${number}`)) number += 1;
  return `Signature${number}`;
}

function signatureDictionary(options: PadesOptions, contentsBytes: number): string {
  const optional = [
    ['Reason', options.reason],
    ['Location', options.location],
    ['ContactInfo', options.contactInfo],
  ].filter((entry): entry is [string, string] => Boolean(entry[1]));
  return [
    '<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached',
    `/M ${pdfTextString(formatPdfDate(options.signingTime))}`,
    `/Name ${pdfTextString(options.signerName)}`,
    ...optional.map(([key, value]) => `/${key} ${pdfTextString(value)}`),
    `/ByteRange ${BYTE_RANGE_PLACEHOLDER}`,
    `/Contents <${'0'.repeat(contentsBytes * 2)}>`,
    '>>',
  ].join('\n');
}

/** The update with an empty /Contents of `contentsBytes` bytes; the signature goes in afterwards. */
async function prepareUpdate(pdf: Uint8Array, options: PadesOptions, contentsBytes: number) {
  const libraries = await loadPdfLibraries();
  const { PDFHexString, PDFName, PDFRef, PDFString } = libraries.pdfLib;
  const tail = readPdfTail(pdf);
  const document = await loadDocument(libraries, pdf);
  ensureChangesAllowed(libraries, document);
  const { context } = document;
  const catalogRef = context.trailerInfo.Root;
  if (!(catalogRef instanceof PDFRef))
    throw new SigningError({ code: 'pdf.unreadable', message: 'The PDF has no catalog.' });
  context.largestObjectNumber = Math.max(context.largestObjectNumber, tail.size - 1);
  const firstNew = context.largestObjectNumber + 1;
  const changed = new Set<PDFRef>();

  const pages = document.getPages();
  const pageNumber = options.visible?.page ?? pages.length;
  const page = pages[pageNumber - 1];
  if (!page)
    throw new SigningError({ code: 'pdf.page_not_found', message: `The PDF has no page ${pageNumber}.` });
  const signatureRef = context.nextRef();
  const look = options.visible
    ? await buildSignatureAppearance(libraries, { pdf: document, page, visible: options.visible })
    : null;
  const { form, formRef } = acroFormOf(libraries, document, catalogRef);
  if (formRef.objectNumber >= firstNew) changed.add(catalogRef);
  const fieldName = uniqueFieldName(libraries, form);
  const widgetRef = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      T: /^[\x20-\x7e]*$/.test(fieldName) ? PDFString.of(fieldName) : PDFHexString.fromText(fieldName),
      V: signatureRef,
      F: 132,
      Rect: look?.rect ?? [0, 0, 0, 0],
      P: page.ref,
      ...(look && { AP: { N: look.appearance } }),
    }),
  );
  appendToArray(libraries, { owner: page.node, ownerRef: page.ref, key: 'Annots', item: widgetRef, changed });
  appendToArray(libraries, { owner: form, ownerRef: formRef, key: 'Fields', item: widgetRef, changed });
  form.set(PDFName.of('SigFlags'), context.obj(3));
  changed.add(formRef);

  const objects: UpdateObject[] = context
    .enumerateIndirectObjects()
    .filter(([ref]) => ref.objectNumber >= firstNew || changed.has(ref))
    .map(([ref, object]) => ({
      objectNumber: ref.objectNumber,
      generation: ref.generationNumber,
      body: serialize(object),
    }));
  const dictionary = signatureDictionary(options, contentsBytes);
  objects.push({ objectNumber: signatureRef.objectNumber, generation: 0, body: encoder.encode(dictionary) });

  const id = context.trailerInfo.ID as PDFArray | undefined;
  const newId = randomBytes(16).toString('hex');
  const firstId = id?.get(0)?.toString() ?? `<${newId}>`;
  const { bytes, offsets } = writeIncrementalUpdate({
    original: pdf,
    tail,
    objects,
    trailer: {
      root: catalogRef.toString(),
      info: context.trailerInfo.Info?.toString(),
      id: `[${firstId} <${newId}>]`,
    },
    xrefStreamObjectNumber: context.nextRef().objectNumber,
  });
  const dictionaryAt =
    (offsets.get(signatureRef.objectNumber) ?? 0) + `${signatureRef.objectNumber} 0 obj\n`.length;
  return {
    bytes,
    byteRangeAt: dictionaryAt + dictionary.indexOf(BYTE_RANGE_PLACEHOLDER),
    contentsAt: dictionaryAt + dictionary.indexOf('/Contents <') + '/Contents '.length,
  };
}

/** Room for the CMS: the certificates, the signature and attributes, and a time-stamp token. */
function estimateContentsBytes(signer: SignerCredentials, timestamp: boolean): number {
  const certificates = [signer.certificate, ...signer.chain].reduce((sum, der) => sum + der.length, 0);
  return 4096 + certificates + (timestamp ? 12_288 : 0);
}

export async function signPdf(
  pdf: Uint8Array,
  signer: SignerCredentials,
  options: PadesOptions,
): Promise<Uint8Array> {
  let contentsBytes = estimateContentsBytes(signer, Boolean(options.timestamp));
  for (;;) {
    const { bytes, byteRangeAt, contentsAt } = await prepareUpdate(pdf, options, contentsBytes);
    const contentsEnd = contentsAt + contentsBytes * 2 + 2;
    const byteRange = `[0 ${contentsAt} ${contentsEnd} ${bytes.length - contentsEnd}`;
    bytes.set(encoder.encode(byteRange.padEnd(BYTE_RANGE_PLACEHOLDER.length - 1, ' ') + ']'), byteRangeAt);
    const signed = new Uint8Array(bytes.length - (contentsEnd - contentsAt));
    signed.set(bytes.subarray(0, contentsAt), 0);
    signed.set(bytes.subarray(contentsEnd), contentsAt);
    const cms = await createCadesSignature(signed, signer, { detached: true, timestamp: options.timestamp });
    if (cms.length > contentsBytes) {
      contentsBytes = cms.length + 4096;
      continue;
    }
    bytes.set(encoder.encode(Buffer.from(cms).toString('hex').toUpperCase()), contentsAt + 1);
    return bytes;
  }
}
