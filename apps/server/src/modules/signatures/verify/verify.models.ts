import { createHash } from 'node:crypto';
import type { ValidationReport, VerifyInput } from '../signatures.types.js';
import { verifyZipFile } from './asic-verify.js';
import { verifyCmsFile, type FormatResult } from './cades-verify.js';
import { parseCertificates } from './certificates.js';
import { verifyPdfFile } from './pades-verify.js';
import { MAX_INPUT_BYTES } from './verify.constants.js';
import type { VerifyContext } from './verify.context.js';
import { fileReport, note, worstVerdict } from './verify.report.js';
import { verifyXmlFile } from './xades-verify.js';

/**
 * Verifies every signature in a file (PAdES/PKCS#7 PDF, XAdES/XML-DSig, CAdES/PKCS#7, ASiC or a
 * zip holding detached signatures) and returns the report. Pure: no database, network or clock
 * (`input.at` is the validation time). Never throws: a file that cannot be read becomes an
 * `unreadable` report.
 */
export async function verifySignedFile(input: VerifyInput): Promise<ValidationReport> {
  const validTime = input.at instanceof Date && !Number.isNaN(input.at.getTime());
  const verifiedAt = validTime ? input.at.toISOString() : '';
  const fileSha256 = createHash('sha256').update(input.bytes).digest('hex');
  const base = { verifiedAt, fileSha256 };
  if (!validTime) {
    return fileReport({
      ...base,
      detectedFormat: 'unreadable',
      errors: [note('file.invalid_validation_time', 'No valid validation time was given.')],
    });
  }
  if (input.bytes.length > MAX_INPUT_BYTES) {
    return fileReport({
      ...base,
      detectedFormat: 'unreadable',
      errors: [
        note(
          'file.too_large',
          `The file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB and was not verified.`,
        ),
      ],
    });
  }
  try {
    const context: VerifyContext = {
      at: input.at,
      anchors: await parseCertificates(input.trustAnchors),
      crls: input.crls,
      detachedContent: input.detachedContent ?? [],
    };
    const result = await verifyByContent(input.bytes, context);
    // A problem with the file itself (a signature entry that could not be read, signatures left
    // unverified) keeps the file from being called valid, whatever the signatures say.
    const verdicts = result.signatures.map((s) => s.verdict);
    if (result.errors.length > 0) verdicts.push('indeterminate');
    const verdict = worstVerdict(verdicts);
    return {
      ...base,
      detectedFormat: result.detectedFormat,
      verdict,
      signatures: result.signatures,
      errors: result.errors,
    };
  } catch {
    return fileReport({
      ...base,
      detectedFormat: 'unreadable',
      errors: [note('file.unreadable', 'The file could not be read as a signed document.')],
    });
  }
}

async function verifyByContent(bytes: Uint8Array, context: VerifyContext): Promise<FormatResult> {
  const container = detectContainer(bytes);
  switch (container.kind) {
    case 'pdf':
      return verifyPdfFile({ bytes, context });
    case 'zip':
      return verifyZipFile({ bytes, context });
    case 'xml':
      return verifyXmlFile({ bytes, context });
    case 'cms':
      return verifyCmsFile({ der: container.der, context });
    case 'unknown':
      return {
        detectedFormat: 'unreadable',
        signatures: [],
        errors: [
          note(
            'file.unknown_format',
            'The file is neither a PDF, an XML document, a CMS signature nor a zip container.',
          ),
        ],
      };
  }
}

type Container = { kind: 'pdf' | 'zip' | 'xml' } | { kind: 'cms'; der: Uint8Array } | { kind: 'unknown' };

/** Decides the format by the content, never by the file name. */
export function detectContainer(bytes: Uint8Array): Container {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  if (head.startsWith('%PDF-')) return { kind: 'pdf' };
  // A DER SEQUENCE before a PDF found further on: an enveloping CMS may hold a PDF near its start.
  if (bytes[0] === 0x30) return { kind: 'cms', der: bytes };
  if (head.includes('%PDF-')) return { kind: 'pdf' };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return { kind: 'zip' };
  if (looksLikeXml(bytes, head)) return { kind: 'xml' };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const pem = /-----BEGIN (?:PKCS7|CMS|PKCS #7 SIGNED DATA)-----([A-Za-z0-9+/=\s]+)-----END /.exec(text);
  const base64 = pem?.[1] ?? (/^[A-Za-z0-9+/=\s]+$/.test(text) ? text : null);
  if (base64) {
    const der = new Uint8Array(Buffer.from(base64.replace(/\s+/g, ''), 'base64'));
    if (der[0] === 0x30) return { kind: 'cms', der };
  }
  // A PDF whose header was damaged still carries its signature dictionaries: verify them (and
  // fail them) rather than call the file unknown.
  if (/\/ByteRange\s*\[/.test(text) && /(?<!\d)\d{1,10}\s+\d{1,5}\s+obj\b/.test(text)) return { kind: 'pdf' };
  return { kind: 'unknown' };
}

function looksLikeXml(bytes: Uint8Array, head: string): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return true;
  return head
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .startsWith('<');
}
