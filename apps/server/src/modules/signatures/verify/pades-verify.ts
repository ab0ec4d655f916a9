import type { PDFDocument } from 'pdf-lib';
import type { ReportMessage, SignatureFormat, SignatureReport } from '../signatures.types.js';
import { cmsSignatureFindings, type FormatResult } from './cades-verify.js';
import { parseSignedData } from './cms-verify.js';
import { findChangesAfterSigning, loadPdf } from './pdf-revisions.js';
import { scanPdf, signedBytes, type PdfSignatureDictionary } from './pdf-scan.js';
import { completeReport, type SignatureFindings } from './signature-report.js';
import { digest, sameBytes } from './signature-crypto.js';
import { verifyTimestampToken } from './timestamp-verify.js';
import { MAX_PDF_SIGNATURES, OID } from './verify.constants.js';
import type { VerifyContext } from './verify.context.js';
import { note } from './verify.report.js';

type ByteRange = [number, number, number, number];

/**
 * Verifies the signatures of a PDF. Each signature dictionary is checked for a sound ByteRange
 * (starts at 0, in bounds, its gap exactly the /Contents hex string of that dictionary, not
 * shared with another dictionary), then its CMS over the covered bytes. Content appended after
 * a signature is analysed: a later revision that only adds signatures, validation data (DSS),
 * document timestamps or metadata is tolerated with a warning; any other change makes the
 * signature invalid (`pdf.modified_after_signing`).
 */
export async function verifyPdfFile(input: {
  bytes: Uint8Array;
  context: VerifyContext;
}): Promise<FormatResult> {
  const { bytes, context } = input;
  const scan = scanPdf(bytes);
  const signatures = scan.signatures.filter(isFilled);
  if (signatures.length === 0) {
    const emptyField = scan.hasSignatureField || scan.signatures.length > 0;
    return {
      detectedFormat: 'unsigned',
      signatures: [],
      errors: [
        emptyField
          ? note('pdf.empty_signature_field', 'The PDF has a signature field that was never signed.')
          : note('pdf.no_signature', 'The PDF holds no signature.'),
      ],
    };
  }
  const spoofed = sharedByteRanges(signatures);
  const fullDocument = lazyFullDocument(bytes);
  const documentTimestamps: { range: ByteRange; verified: boolean }[] = [];
  const pending: { findings: SignatureFindings; range: ByteRange | null }[] = [];
  for (const dictionary of signatures) {
    const findings =
      dictionary.subFilter === 'ETSI.RFC3161'
        ? await documentTimestampFindings({ bytes, dictionary, context })
        : await signatureFindings({ bytes, dictionary, context, hasDss: scan.hasDss });
    if (spoofed.has(dictionary)) {
      findings.structurallyInvalid = true;
      findings.errors.push(
        note(
          'pdf.signature_dictionary_spoofed',
          'Another signature dictionary uses the same ByteRange or /Contents: the signature dictionary is spoofed.',
        ),
      );
    }
    const range = dictionary.byteRange;
    if (range && findings.coversWholeDocument === false) {
      await checkLaterRevisions({ bytes, range, findings, fullDocument });
    }
    if (dictionary.subFilter === 'ETSI.RFC3161' && range)
      documentTimestamps.push({ range, verified: findings.integrity === 'intact' });
    pending.push({ findings, range });
  }
  const reports: SignatureReport[] = [];
  for (const { findings, range } of pending) {
    findings.hasArchiveTimestamp =
      range !== null &&
      documentTimestamps.some((t) => t.verified && t.range[2] + t.range[3] > range[2] + range[3]);
    reports.push(await completeReport(findings, context));
  }
  const formats = new Set(reports.map((r) => r.format));
  const detectedFormat: SignatureFormat = formats.has('PAdES') || !formats.has('PKCS7') ? 'PAdES' : 'PKCS7';
  const errors = scan.tooMany
    ? [
        note(
          'pdf.too_many_signatures',
          `The PDF has more than ${MAX_PDF_SIGNATURES} signature dictionaries; only the first ones were verified.`,
        ),
      ]
    : [];
  return { detectedFormat, signatures: reports, errors };
}

/** A dictionary with a /Contents that is not just the zero padding of an unsigned field. */
function isFilled(dictionary: PdfSignatureDictionary): boolean {
  return dictionary.contents !== null && dictionary.contents.some((b) => b !== 0);
}

function sharedByteRanges(signatures: PdfSignatureDictionary[]): Set<PdfSignatureDictionary> {
  const shared = new Set<PdfSignatureDictionary>();
  signatures.forEach((a, i) =>
    signatures.slice(i + 1).forEach((b) => {
      const sameRange =
        a.byteRange !== null && b.byteRange !== null && a.byteRange.join() === b.byteRange.join();
      const sameContents = a.contentsStart !== null && a.contentsStart === b.contentsStart;
      if (sameRange || sameContents) {
        shared.add(a);
        shared.add(b);
      }
    }),
  );
  return shared;
}

function lazyFullDocument(bytes: Uint8Array): () => Promise<PDFDocument | null> {
  let loading: Promise<PDFDocument | null> | null = null;
  return () => (loading ??= loadPdf(bytes));
}

/** Why a ByteRange cannot be trusted, or null when it is sound. */
function byteRangeProblem(dictionary: PdfSignatureDictionary, length: number): string | null {
  const range = dictionary.byteRange;
  if (!range) return 'the ByteRange is not four non-negative integers';
  const [a, b, c, d] = range;
  if (a !== 0) return 'the ByteRange does not start at the beginning of the file';
  if (c + d > length || b > length) return 'the ByteRange points outside the file';
  if (c < b) return 'the ByteRange parts overlap';
  if (dictionary.contentsStart !== b || dictionary.contentsEnd !== c) {
    return "the gap in the ByteRange is not this signature dictionary's /Contents";
  }
  return null;
}

/** The signed revision covers the file, trailing whitespace aside. */
function coversWholeFile(bytes: Uint8Array, range: ByteRange): boolean {
  const end = range[2] + range[3];
  for (let i = end; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x0a && b !== 0x0d && b !== 0x20 && b !== 0x00 && b !== 0x09) return false;
  }
  return true;
}

async function signatureFindings(input: {
  bytes: Uint8Array;
  dictionary: PdfSignatureDictionary;
  context: VerifyContext;
  hasDss: boolean;
}): Promise<SignatureFindings> {
  const { bytes, dictionary, context } = input;
  const format: SignatureFormat = dictionary.subFilter === 'ETSI.CAdES.detached' ? 'PAdES' : 'PKCS7';
  const problem = byteRangeProblem(dictionary, bytes.length);
  const range = dictionary.byteRange;
  const cms = dictionary.contents ? await parseSignedData(dictionary.contents) : null;
  const signerInfo = cms?.signedData.signerInfos[0];
  if (!cms || !signerInfo || !range || (problem && problem.includes('outside'))) {
    const errors: ReportMessage[] = [];
    if (problem) errors.push(note('pdf.byte_range_invalid', `The signature is not sound: ${problem}.`));
    if (!cms || !signerInfo)
      errors.push(
        note('pdf.signature_unreadable', 'The signature value (/Contents) is not a readable CMS signature.'),
      );
    return brokenFindings({ format, errors, claimedSigningTime: dictionary.signingTime });
  }
  const covered = signedBytes(bytes, range);
  const errors: ReportMessage[] = [];
  let content: Uint8Array | null = covered;
  if (dictionary.subFilter === 'adbe.pkcs7.sha1') {
    // The CMS signs the SHA-1 of the covered bytes, carried as its content.
    content = cms.eContent;
    if (!content || !sameBytes(content, digest('sha1', covered))) {
      errors.push(
        note(
          'signature.content_digest_mismatch',
          'The signed SHA-1 digest does not match the document: it was changed after signing.',
        ),
      );
    }
  } else if (cms.eContent) {
    errors.push(
      note(
        'pdf.signature_not_detached',
        'The PDF signature carries its own content instead of signing the document bytes.',
      ),
    );
  }
  const findings = await cmsSignatureFindings({
    cms,
    signerInfo,
    content,
    packaging: 'embedded',
    context,
    format,
  });
  findings.errors.unshift(...errors);
  if (errors.length > 0) findings.integrity = 'broken';
  if (problem) {
    findings.structurallyInvalid = true;
    findings.errors.unshift(note('pdf.byte_range_invalid', `The signature is not sound: ${problem}.`));
  }
  findings.claimedSigningTime ??= dictionary.signingTime;
  findings.hasValidationData ||= input.hasDss;
  findings.coversWholeDocument = coversWholeFile(bytes, range);
  return findings;
}

function brokenFindings(input: {
  format: SignatureFormat;
  errors: ReportMessage[];
  claimedSigningTime: Date | null;
}): SignatureFindings {
  return {
    format: input.format,
    packaging: 'embedded',
    integrity: 'broken',
    structurallyInvalid: true,
    signer: null,
    certificates: [],
    crls: [],
    claimedSigningTime: input.claimedSigningTime,
    timestamp: null,
    hasValidationData: false,
    hasArchiveTimestamp: false,
    baselineLevels: true,
    coversWholeDocument: null,
    errors: input.errors,
    warnings: [],
  };
}

/** A PAdES document timestamp: an RFC 3161 token over the covered bytes. */
async function documentTimestampFindings(input: {
  bytes: Uint8Array;
  dictionary: PdfSignatureDictionary;
  context: VerifyContext;
}): Promise<SignatureFindings> {
  const { bytes, dictionary, context } = input;
  const problem = byteRangeProblem(dictionary, bytes.length);
  const range = dictionary.byteRange;
  const cms = dictionary.contents ? await parseSignedData(dictionary.contents) : null;
  const signerInfo = cms?.signedData.signerInfos[0];
  if (
    !cms ||
    !signerInfo ||
    !range ||
    cms.eContentType !== OID.tstInfo ||
    (problem && problem.includes('outside'))
  ) {
    const errors = [note('pdf.timestamp_unreadable', 'The document timestamp is not sound or not readable.')];
    return brokenFindings({ format: 'PAdES', errors, claimedSigningTime: null });
  }
  const findings = await cmsSignatureFindings({
    cms,
    signerInfo,
    content: cms.eContent,
    packaging: 'embedded',
    context,
    format: 'PAdES',
  });
  const covered = signedBytes(bytes, range);
  const outcome = await verifyTimestampToken({
    token: dictionary.contents ?? new Uint8Array(),
    imprintOf: covered,
    context,
  });
  if (outcome.ok) {
    findings.timestamp = outcome.timestamp;
    findings.claimedSigningTime = outcome.timestamp.time;
  } else {
    findings.integrity = 'broken';
    findings.errors.push(outcome.problem);
  }
  if (problem) {
    findings.structurallyInvalid = true;
    findings.errors.unshift(
      note('pdf.byte_range_invalid', `The document timestamp is not sound: ${problem}.`),
    );
  }
  findings.warnings.push(
    note(
      'pdf.document_timestamp',
      'A document timestamp (RFC 3161) by a timestamp authority, not a signature by a person.',
    ),
  );
  findings.coversWholeDocument = coversWholeFile(bytes, range);
  return findings;
}

async function checkLaterRevisions(input: {
  bytes: Uint8Array;
  range: ByteRange;
  findings: SignatureFindings;
  fullDocument: () => Promise<PDFDocument | null>;
}): Promise<void> {
  const end = input.range[2] + input.range[3];
  const full = await input.fullDocument();
  const changes = full
    ? await findChangesAfterSigning({ signedRevision: input.bytes.subarray(0, end), fullDocument: full })
    : null;
  if (changes === null) {
    input.findings.structurallyInvalid = true;
    input.findings.errors.push(
      note(
        'pdf.modified_after_signing',
        'Content was appended after signing and could not be analysed; the document may have been changed after signing.',
      ),
    );
  } else if (changes.length > 0) {
    input.findings.structurallyInvalid = true;
    input.findings.errors.push(
      note(
        'pdf.modified_after_signing',
        `The document was changed after signing: ${changes.slice(0, 5).join('; ')}.`,
      ),
    );
  } else {
    input.findings.warnings.push(
      note(
        'pdf.later_revisions',
        'The signature does not cover the whole file: later revisions add only signatures, validation data or metadata; the signed revision is unchanged.',
      ),
    );
  }
}
