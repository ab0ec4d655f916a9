import type {
  DetachedContent,
  ReportMessage,
  SignatureFormat,
  SignatureReport,
} from '../signatures.types.js';
import { verifyCmsFile, type FormatResult } from './cades-verify.js';
import { checkAsicManifest } from './asic-manifest.js';
import { MAX_UNZIPPED_BYTES } from './verify.constants.js';
import type { VerifyContext } from './verify.context.js';
import { loadUnzip } from './verify.libs.js';
import { note } from './verify.report.js';
import { verifyXmlFile } from './xades-verify.js';

const ASIC_TYPES = ['application/vnd.etsi.asic-s+zip', 'application/vnd.etsi.asic-e+zip'];

/**
 * A zip holding signatures next to the files they sign: an ASiC-S/ASiC-E container (`mimetype`
 * entry, signatures in META-INF/), or a signed package such as an eADM bundle (a `*.xades` or
 * `*.p7s` beside the signed file). Each signature is verified with the other entries as its
 * detached content.
 */
export async function verifyZipFile(input: {
  bytes: Uint8Array;
  context: VerifyContext;
}): Promise<FormatResult> {
  const entries = await unzipBounded(input.bytes);
  if (!entries) {
    return {
      detectedFormat: 'unreadable',
      signatures: [],
      errors: [
        note(
          'zip.unreadable',
          `The zip cannot be read or unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB.`,
        ),
      ],
    };
  }
  const mimetype = entries.get('mimetype');
  const asic = mimetype !== undefined && ASIC_TYPES.includes(Buffer.from(mimetype).toString('latin1').trim());
  const names = [...entries.keys()].filter((name) => !name.endsWith('/'));
  const signatureNames = names.filter((name) => isSignatureEntry(name, asic));
  const data: DetachedContent[] = names
    .filter(
      (name) =>
        !signatureNames.includes(name) && name !== 'mimetype' && !(asic && name.startsWith('META-INF/')),
    )
    .map((name) => ({ name, bytes: entries.get(name) as Uint8Array }));
  if (signatureNames.length === 0) {
    return {
      detectedFormat: 'unsigned',
      signatures: [],
      errors: [note(asic ? 'asic.no_signature' : 'zip.no_signature', 'The zip holds no signature file.')],
    };
  }
  const signatures: SignatureReport[] = [];
  const errors: ReportMessage[] = [];
  for (const name of signatureNames) {
    const bytes = entries.get(name) as Uint8Array;
    const result = await verifySignatureEntry({ name, bytes, data, entries, context: input.context });
    signatures.push(...result.signatures);
    errors.push(...result.errors.map((e) => note(e.code, `${name}: ${e.message}`)));
  }
  const formats = new Set(signatures.map((s) => s.format));
  const detectedFormat: SignatureFormat | 'unsigned' | 'unreadable' = asic
    ? 'ASiC'
    : ((['XAdES', 'CAdES', 'XMLDSig', 'PKCS7'] as const).find((f) => formats.has(f)) ?? 'unreadable');
  return { detectedFormat, signatures, errors };
}

function isSignatureEntry(name: string, asic: boolean): boolean {
  const lower = name.toLowerCase();
  if (asic) return lower.startsWith('meta-inf/') && /signature[^/]*\.(xml|p7s)$/.test(lower);
  return !name.includes('/') && /\.(xades|p7s)$/.test(lower);
}

async function verifySignatureEntry(input: {
  name: string;
  bytes: Uint8Array;
  data: DetachedContent[];
  entries: Map<string, Uint8Array>;
  context: VerifyContext;
}): Promise<FormatResult> {
  const { name, data, context } = input;
  if (!name.toLowerCase().endsWith('.p7s')) {
    return verifyXmlFile({ bytes: input.bytes, context: { ...context, detachedContent: data } });
  }
  // ASiC-E with CAdES: the CMS signs an ASiCManifest that lists the data files' digests.
  const manifest = await checkAsicManifest({ signatureName: name, entries: input.entries });
  const content = manifest ? [{ name: manifest.name, bytes: manifest.bytes }] : data;
  const result = await verifyCmsFile({ der: input.bytes, context: { ...context, detachedContent: content } });
  if (manifest && manifest.problems.length > 0) {
    for (const signature of result.signatures) {
      signature.integrity = 'broken';
      signature.verdict = 'invalid';
      signature.errors.push(...manifest.problems);
    }
  }
  return result;
}

async function unzipBounded(bytes: Uint8Array): Promise<Map<string, Uint8Array> | null> {
  const unzipSync = await loadUnzip();
  let total = 0;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new Error('zip too large');
        return true;
      },
    });
    return new Map(Object.entries(files));
  } catch {
    return null;
  }
}
