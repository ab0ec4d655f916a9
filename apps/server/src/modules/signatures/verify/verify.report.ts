import type {
  CertificateStatus,
  ReportMessage,
  SignatureIntegrity,
  SignatureTrust,
  SignatureVerdict,
  ValidationReport,
} from '../signatures.types.js';

export function note(code: string, message: string): ReportMessage {
  return { code, message };
}

const verdictRank: Record<SignatureVerdict, number> = {
  valid: 0,
  valid_with_warnings: 1,
  indeterminate: 2,
  invalid: 3,
};

/** The worst of the verdicts; `indeterminate` when there is none (nothing was verified). */
export function worstVerdict(verdicts: SignatureVerdict[]): SignatureVerdict {
  if (verdicts.length === 0) return 'indeterminate';
  return verdicts.reduce((worst, v) => (verdictRank[v] > verdictRank[worst] ? v : worst));
}

/**
 * The verdict rules of `SignatureVerdict`: a broken signature, a revoked certificate or a
 * structural failure (signed data not found, document changed after signing) is invalid; intact
 * but not provably trusted and current is indeterminate; otherwise valid, with warnings if any.
 */
export function decideVerdict(input: {
  integrity: SignatureIntegrity;
  trust: SignatureTrust;
  certificateStatus: CertificateStatus;
  structurallyInvalid: boolean;
  warnings: ReportMessage[];
}): SignatureVerdict {
  if (input.integrity === 'broken' || input.certificateStatus === 'revoked' || input.structurallyInvalid) {
    return 'invalid';
  }
  if (input.integrity !== 'intact' || input.trust !== 'trusted' || input.certificateStatus !== 'valid') {
    return 'indeterminate';
  }
  return input.warnings.length > 0 ? 'valid_with_warnings' : 'valid';
}

/** A report for a file in which nothing could be verified. */
export function fileReport(input: {
  verifiedAt: string;
  fileSha256: string;
  detectedFormat: ValidationReport['detectedFormat'];
  errors: ReportMessage[];
}): ValidationReport {
  return { ...input, verdict: 'indeterminate', signatures: [] };
}
