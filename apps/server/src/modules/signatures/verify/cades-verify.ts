import type * as Pkijs from 'pkijs';
import type {
  ReportMessage,
  SignatureFormat,
  SignaturePackaging,
  SignatureReport,
} from '../signatures.types.js';
import {
  checkSigner,
  parseSignedData,
  unsignedAttributeValues,
  type ParsedCms,
  type SignerCheck,
} from './cms-verify.js';
import { completeReport, type SignatureFindings } from './signature-report.js';
import { verifyTimestampToken, type VerifiedTimestamp } from './timestamp-verify.js';
import { MAX_COUNTER_SIGNATURE_DEPTH, OID } from './verify.constants.js';
import type { VerifyContext } from './verify.context.js';
import { loadAsn1 } from './verify.libs.js';
import { note } from './verify.report.js';

export interface FormatResult {
  detectedFormat: SignatureFormat | 'unsigned' | 'unreadable';
  signatures: SignatureReport[];
  errors: ReportMessage[];
}

/** A CMS/PKCS#7 file (`.p7s`, `.p7m`, DER or PEM): enveloping when it holds the content. */
export async function verifyCmsFile(input: {
  der: Uint8Array;
  context: VerifyContext;
}): Promise<FormatResult> {
  const cms = await parseSignedData(input.der);
  if (!cms || cms.signedData.signerInfos.length === 0) {
    return {
      detectedFormat: 'unreadable',
      signatures: [],
      errors: [note('cms.unreadable', 'The file is not a readable CMS SignedData structure.')],
    };
  }
  const packaging: SignaturePackaging = cms.eContent ? 'enveloping' : 'detached';
  const signatures: SignatureReport[] = [];
  for (const signerInfo of cms.signedData.signerInfos) {
    const content = cms.eContent ?? (await pickDetachedContent({ cms, signerInfo, context: input.context }));
    const findings = await cmsSignatureFindings({
      cms,
      signerInfo,
      content,
      packaging,
      context: input.context,
    });
    signatures.push(await completeReport(findings, input.context));
    signatures.push(
      ...(await counterSignatureReports({
        cms,
        signerInfo,
        packaging,
        context: input.context,
        parent: signatures.length,
        depth: 0,
      })),
    );
  }
  const detectedFormat = signatures.some((s) => s.format === 'CAdES') ? 'CAdES' : 'PKCS7';
  return { detectedFormat, signatures, errors: [] };
}

/** A detached `.p7s`: the supplied content whose digest matches, else the first one supplied. */
async function pickDetachedContent(input: {
  cms: ParsedCms;
  signerInfo: Pkijs.SignerInfo;
  context: VerifyContext;
}): Promise<Uint8Array | null> {
  const candidates = input.context.detachedContent;
  if (candidates.length <= 1) return candidates[0]?.bytes ?? null;
  for (const candidate of candidates) {
    const check = await checkSigner({
      signerInfo: input.signerInfo,
      certificates: input.cms.certificates,
      content: candidate.bytes,
      expectedContentType: input.cms.eContentType,
    });
    if (check.integrity === 'intact') return candidate.bytes;
  }
  return candidates[0]?.bytes ?? null;
}

/**
 * Everything the CMS itself tells about one SignerInfo (shared by CAdES and PAdES): integrity,
 * signer, claimed time, verified signature timestamps, long-term data.
 */
export async function cmsSignatureFindings(input: {
  cms: ParsedCms;
  signerInfo: Pkijs.SignerInfo;
  content: Uint8Array | null;
  packaging: SignaturePackaging;
  context: VerifyContext;
  /** PAdES/PKCS7 from the PDF SubFilter; otherwise CAdES when ESS signing-certificate is present. */
  format?: SignatureFormat;
}): Promise<SignatureFindings> {
  const check = await checkSigner({
    signerInfo: input.signerInfo,
    certificates: input.cms.certificates,
    content: input.content,
    expectedContentType: input.cms.eContentType,
  });
  return findingsFromCheck({ ...input, check });
}

async function findingsFromCheck(input: {
  cms: ParsedCms;
  check: SignerCheck;
  packaging: SignaturePackaging;
  context: VerifyContext;
  format?: SignatureFormat;
}): Promise<SignatureFindings> {
  const { check, cms } = input;
  const warnings = [...check.warnings];
  const timestamp = await signatureTimestamp({ check, context: input.context, warnings });
  if (input.format === 'PAdES' && check.signer && !check.hasSigningCertificateAttribute) {
    warnings.push(
      note(
        'pades.signing_certificate_missing',
        'The signature does not bind its certificate (no ESS signing-certificate attribute), as PAdES requires.',
      ),
    );
  }
  const unsigned = (type: string) => unsignedAttributeValues(check.signerInfo, type).length > 0;
  return {
    format: input.format ?? (check.hasSigningCertificateAttribute ? 'CAdES' : 'PKCS7'),
    packaging: input.packaging,
    integrity: check.integrity,
    structurallyInvalid: false,
    signer: check.signer,
    certificates: cms.certificates,
    crls: cms.crls,
    claimedSigningTime: check.claimedSigningTime,
    timestamp,
    hasValidationData: unsigned(OID.certValues) || unsigned(OID.revocationValues),
    hasArchiveTimestamp: unsigned(OID.archiveTimeStampV2) || unsigned(OID.archiveTimeStampV3),
    baselineLevels: true,
    coversWholeDocument: null,
    errors: [...check.errors],
    warnings,
  };
}

/** The earliest verified signature-time-stamp (trusted ones first); failures become warnings. */
async function signatureTimestamp(input: {
  check: SignerCheck;
  context: VerifyContext;
  warnings: ReportMessage[];
}): Promise<VerifiedTimestamp | null> {
  const verified: VerifiedTimestamp[] = [];
  for (const value of unsignedAttributeValues(input.check.signerInfo, OID.signatureTimeStamp)) {
    const token = originalBytes(value);
    if (!token) continue;
    const outcome = await verifyTimestampToken({
      token,
      imprintOf: input.check.signatureValue,
      context: input.context,
    });
    if (outcome.ok) verified.push(outcome.timestamp);
    else input.warnings.push(outcome.problem);
  }
  return earliestTimestamp(verified);
}

export function earliestTimestamp(timestamps: VerifiedTimestamp[]): VerifiedTimestamp | null {
  const sorted = [...timestamps].sort(
    (a, b) => Number(b.trusted) - Number(a.trusted) || a.time.getTime() - b.time.getTime(),
  );
  return sorted[0] ?? null;
}

/** The bytes an ASN.1 value was decoded from (never re-encoded: signatures cover them). */
export function originalBytes(value: unknown): Uint8Array | null {
  const view = (value as { valueBeforeDecodeView?: Uint8Array } | null)?.valueBeforeDecodeView;
  return view && view.length > 0 ? new Uint8Array(view) : null;
}

/**
 * Counter-signatures (unsigned attribute) sign the parent's signature value; they may be
 * counter-signed in turn. Reported after their parent, numbered by position in the report.
 */
async function counterSignatureReports(input: {
  cms: ParsedCms;
  signerInfo: Pkijs.SignerInfo;
  packaging: SignaturePackaging;
  context: VerifyContext;
  parent: number;
  depth: number;
}): Promise<SignatureReport[]> {
  const { pkijs } = await loadAsn1();
  const reports: SignatureReport[] = [];
  if (input.depth >= MAX_COUNTER_SIGNATURE_DEPTH) return reports;
  for (const value of unsignedAttributeValues(input.signerInfo, OID.counterSignature)) {
    let counter: Pkijs.SignerInfo;
    try {
      counter = new pkijs.SignerInfo({ schema: value });
    } catch {
      continue;
    }
    const check = await checkSigner({
      signerInfo: counter,
      certificates: input.cms.certificates,
      content: input.signerInfo.signature.valueBlock.valueHexView,
      expectedContentType: null,
    });
    const findings = await findingsFromCheck({ ...input, check });
    findings.warnings.push(
      note(
        'cms.counter_signature',
        `A counter-signature over signature no. ${input.parent}, not over the content.`,
      ),
    );
    reports.push(await completeReport(findings, input.context));
    const position = input.parent + reports.length;
    reports.push(
      ...(await counterSignatureReports({
        ...input,
        signerInfo: counter,
        parent: position,
        depth: input.depth + 1,
      })),
    );
  }
  return reports;
}
