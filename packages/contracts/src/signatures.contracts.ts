import { z } from 'zod';
import { isoDateTimeSchema } from './common.contracts.js';

// Electronic signatures: the office's own certification authority (non-qualified signatures),
// signing drafts, verifying every signed file that enters the system, trust anchors (DOMAIN.md §9).

export const SIGNATURE_VERDICTS = ['valid', 'valid_with_warnings', 'invalid', 'indeterminate'] as const;
export const signatureVerdictSchema = z.enum(SIGNATURE_VERDICTS);
export type SignatureVerdict = z.infer<typeof signatureVerdictSchema>;

const messageSchema = z.object({ code: z.string(), message: z.string() });

export const certificateInfoSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  sha256: z.string(),
  qualified: z.boolean(),
});
export type CertificateInfo = z.infer<typeof certificateInfoSchema>;

export const signatureReportSchema = z.object({
  format: z.enum(['PAdES', 'PKCS7', 'XAdES', 'XMLDSig', 'CAdES', 'ASiC']),
  packaging: z.enum(['embedded', 'enveloped', 'enveloping', 'detached']),
  level: z.enum(['B', 'T', 'LT', 'LTA']).nullable(),
  verdict: signatureVerdictSchema,
  integrity: z.enum(['intact', 'broken', 'unknown']),
  trust: z.enum(['trusted', 'untrusted', 'unknown']),
  certificateStatus: z.enum(['valid', 'expired', 'not_yet_valid', 'revoked', 'unknown']),
  signer: certificateInfoSchema.nullable(),
  signerName: z.string().nullable(),
  claimedSigningTime: z.string().nullable(),
  timestampTime: z.string().nullable(),
  chain: z.array(certificateInfoSchema),
  coversWholeDocument: z.boolean().nullable(),
  warnings: z.array(messageSchema),
  errors: z.array(messageSchema),
});
export type SignatureReport = z.infer<typeof signatureReportSchema>;

export const validationReportSchema = z.object({
  id: z.uuid(),
  fileId: z.uuid(),
  verifiedAt: isoDateTimeSchema,
  fileSha256: z.string(),
  detectedFormat: z.enum(['PAdES', 'PKCS7', 'XAdES', 'XMLDSig', 'CAdES', 'ASiC', 'unsigned', 'unreadable']),
  verdict: signatureVerdictSchema,
  signatures: z.array(signatureReportSchema),
  errors: z.array(messageSchema),
  /** `intake` when the file entered the system, `on_demand` when someone asked again. */
  trigger: z.enum(['intake', 'on_demand', 'signing']),
});
export type ValidationReportDto = z.infer<typeof validationReportSchema>;

/** What lists show next to a file: the verdict, who signed and when. */
export const validationSummarySchema = z.object({
  verdict: signatureVerdictSchema,
  detectedFormat: z.string(),
  signerName: z.string().nullable(),
  signingTime: z.string().nullable(),
  verifiedAt: isoDateTimeSchema,
});
export type ValidationSummary = z.infer<typeof validationSummarySchema>;

export const verifyFileSchema = z
  .strictObject({
    /** For a detached signature (`.xades`, `.p7s`): the signed file. */
    detachedFileIds: z.array(z.uuid()).max(20).optional(),
  })
  .optional();

// ---------------------------------------------------------------------------------------------
// Signing

export const signDocumentSchema = z.strictObject({
  /** The signer's login password confirms the signature. */
  password: z.string().min(1).max(500),
  /** Draw a visible signature block on the last page of a PDF. */
  visible: z.boolean().default(true),
  /** Ask the office's timestamp service for an RFC 3161 timestamp. */
  timestamp: z.boolean().default(false),
});
export type SignDocumentInput = z.input<typeof signDocumentSchema>;

export const signedDocumentSchema = z.object({
  signatureId: z.uuid(),
  format: z.enum(['PAdES', 'XAdES']),
  versionId: z.uuid(),
  fileId: z.uuid(),
});

export const uploadSignedVersionSchema = z.strictObject({ fileId: z.uuid() });

// ---------------------------------------------------------------------------------------------
// PKI

export const CERTIFICATE_STATUSES = ['active', 'revoked', 'expired'] as const;

export const pkiCertificateSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  userDisplayName: z.string(),
  subject: z.string(),
  serialNumber: z.string(),
  notBefore: isoDateTimeSchema,
  notAfter: isoDateTimeSchema,
  status: z.enum(CERTIFICATE_STATUSES),
  revokedAt: isoDateTimeSchema.nullable(),
  revocationReason: z.string().nullable(),
  sha256: z.string(),
});
export type PkiCertificate = z.infer<typeof pkiCertificateSchema>;

export const pkiCertificateQuerySchema = z.object({
  userId: z.uuid().optional(),
  status: z.enum(CERTIFICATE_STATUSES).optional(),
});

/** Issues (or renews: the previous active certificate of the user is superseded) a certificate. */
export const issueCertificateSchema = z.strictObject({
  userId: z.uuid(),
  validDays: z.number().int().min(1).max(1095).default(730),
});
export type IssueCertificateInput = z.input<typeof issueCertificateSchema>;

export const REVOCATION_REASONS = [
  'unspecified',
  'keyCompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
] as const;
export const revokeCertificateSchema = z.strictObject({
  reason: z.enum(REVOCATION_REASONS).default('unspecified'),
});

export const certificationAuthoritySchema = z.object({
  subject: z.string(),
  serialNumber: z.string(),
  notBefore: isoDateTimeSchema,
  notAfter: isoDateTimeSchema,
  sha256: z.string(),
  crlNumber: z.number().int(),
});

export const trustAnchorSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  subject: z.string(),
  notAfter: isoDateTimeSchema,
  sha256: z.string(),
  source: z.enum(['office_ca', 'manual', 'tsl']),
  /** For anchors from a trusted list: the service's country and type. */
  tslCountry: z.string().nullable(),
  addedAt: isoDateTimeSchema,
});
export type TrustAnchor = z.infer<typeof trustAnchorSchema>;

/** A trust anchor from an uploaded file: one certificate (DER/PEM) or an EU trusted list (TSL XML). */
export const addTrustAnchorSchema = z.strictObject({
  fileId: z.uuid(),
  name: z.string().trim().max(300).optional(),
});
export const addedTrustAnchorsSchema = z.object({
  added: z.number().int(),
  skipped: z.number().int().describe('Already present or not a CA/TSA service certificate.'),
  items: z.array(trustAnchorSchema),
});
