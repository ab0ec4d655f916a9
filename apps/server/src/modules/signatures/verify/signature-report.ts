import type {
  CertificateStatus,
  ReportMessage,
  SignatureFormat,
  SignatureIntegrity,
  SignaturePackaging,
  SignatureReport,
  SignatureTrust,
} from '../signatures.types.js';
import { buildChain, displayName, type ParsedCertificate } from './certificates.js';
import { checkRevocation } from './revocation.js';
import type { VerifiedTimestamp } from './timestamp-verify.js';
import type { VerifyContext } from './verify.context.js';
import { decideVerdict, note } from './verify.report.js';

/** What a format-specific verifier found out about one signature. */
export interface SignatureFindings {
  format: SignatureFormat;
  packaging: SignaturePackaging;
  integrity: SignatureIntegrity;
  /** Signed data not found (wrapping), document changed after signing, spoofed dictionary… */
  structurallyInvalid: boolean;
  signer: ParsedCertificate | null;
  /** Certificates the signature carries (for the chain). */
  certificates: ParsedCertificate[];
  /** CRLs the signature carries (used like the office's own). */
  crls: Uint8Array[];
  claimedSigningTime: Date | null;
  timestamp: VerifiedTimestamp | null;
  /** Long-term validation data (certificate and revocation values, a PDF DSS) is present. */
  hasValidationData: boolean;
  hasArchiveTimestamp: boolean;
  /** Baseline levels make no sense for plain XML-DSig. */
  baselineLevels: boolean;
  coversWholeDocument: boolean | null;
  /** When there is no certificate (e.g. a bare KeyValue), what to display. */
  signerNameFallback?: string | null;
  errors: ReportMessage[];
  warnings: ReportMessage[];
}

/** Adds the certificate chain, revocation, validity at `at`, the level and the verdict. */
export async function completeReport(
  findings: SignatureFindings,
  context: VerifyContext,
): Promise<SignatureReport> {
  const errors = [...findings.errors];
  const warnings = [...findings.warnings];
  let trust: SignatureTrust = 'unknown';
  let certificateStatus: CertificateStatus = 'unknown';
  let chain: ParsedCertificate[] = [];
  const signer = findings.signer;
  if (signer) {
    const built = buildChain({ leaf: signer, candidates: findings.certificates, anchors: context.anchors });
    chain = built.chain;
    trust = built.trust;
    errors.push(...built.errors);
    certificateStatus = await signerStatus({
      signer,
      issuer: chain[1] ?? null,
      findings,
      context,
      errors,
      warnings,
      trusted: trust === 'trusted',
    });
  } else if (
    findings.integrity !== 'broken' &&
    !errors.some((e) => e.code === 'signature.signer_certificate_missing')
  ) {
    // (When the signature is already broken the missing signer adds nothing.)
    errors.push(
      note(
        'signature.signer_certificate_missing',
        "The signature carries no signer's certificate, so the signer cannot be identified.",
      ),
    );
  }
  if (findings.timestamp && !findings.timestamp.trusted) {
    warnings.push(
      note(
        'timestamp.untrusted',
        'The signature timestamp verifies, but its authority is not a trust anchor; the time it states is not proven.',
      ),
    );
  }
  const level = baselineLevel(findings);
  const verdict = decideVerdict({
    integrity: findings.integrity,
    trust,
    certificateStatus,
    structurallyInvalid: findings.structurallyInvalid,
    warnings,
  });
  return {
    format: findings.format,
    packaging: findings.packaging,
    level,
    verdict,
    integrity: findings.integrity,
    trust,
    certificateStatus,
    signer: signer?.info ?? null,
    signerName: signer ? displayName(signer) : (findings.signerNameFallback ?? null),
    claimedSigningTime: findings.claimedSigningTime?.toISOString() ?? null,
    timestampTime: findings.timestamp?.time.toISOString() ?? null,
    chain: chain.map((c) => c.info),
    coversWholeDocument: findings.coversWholeDocument,
    warnings: dedupe(warnings),
    errors: dedupe(errors),
  };
}

async function signerStatus(input: {
  signer: ParsedCertificate;
  issuer: ParsedCertificate | null;
  findings: SignatureFindings;
  context: VerifyContext;
  errors: ReportMessage[];
  warnings: ReportMessage[];
  trusted: boolean;
}): Promise<CertificateStatus> {
  const { signer, issuer, context, errors, warnings } = input;
  if (issuer) {
    const revocation = await checkRevocation({
      cert: signer,
      issuer,
      crls: [...context.crls, ...input.findings.crls],
    });
    if (revocation.status === 'revoked') {
      errors.push(
        note(
          'certificate.revoked',
          `The signer's certificate was revoked on ${revocation.revokedAt.toISOString()}.`,
        ),
      );
      return 'revoked';
    }
    if (revocation.status === 'unknown' && input.trusted) {
      warnings.push(
        note(
          'revocation.not_checked',
          "No CRL from the certificate's issuer was available; revocation was not checked.",
        ),
      );
    }
  }
  const notBefore = signer.pki.notBefore.value;
  const notAfter = signer.pki.notAfter.value;
  if (context.at < notBefore) {
    errors.push(
      note(
        'certificate.not_yet_valid',
        `The signer's certificate is valid only from ${notBefore.toISOString()}.`,
      ),
    );
    return 'not_yet_valid';
  }
  if (context.at <= notAfter) return 'valid';
  const timestamp = input.findings.timestamp;
  if (timestamp?.trusted && timestamp.time >= notBefore && timestamp.time <= notAfter) {
    warnings.push(
      note(
        'certificate.expired_after_timestamp',
        `The signer's certificate expired on ${notAfter.toISOString()}; a trusted timestamp proves the signature existed on ${timestamp.time.toISOString()}, while it was valid.`,
      ),
    );
    return 'valid';
  }
  errors.push(
    note(
      'certificate.expired',
      `The signer's certificate expired on ${notAfter.toISOString()}: it had expired at validation time and no trusted timestamp proves the signature was made while it was valid.`,
    ),
  );
  return 'expired';
}

function baselineLevel(findings: SignatureFindings): SignatureReport['level'] {
  if (!findings.baselineLevels) return null;
  if (!findings.timestamp) return 'B';
  if (!findings.hasValidationData) return 'T';
  return findings.hasArchiveTimestamp ? 'LTA' : 'LT';
}

function dedupe(messages: ReportMessage[]): ReportMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.code}\u0000${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
