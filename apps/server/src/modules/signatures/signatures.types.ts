/**
 * The shapes shared by the signature engines (verification, signing, the tenant PKI) and the
 * use cases that store their results. The engines are pure: bytes in, reports or bytes out; they
 * never touch the database, the clock (they take `at`/`signingTime`) or the network (except the
 * RFC 3161 client, which takes a URL).
 */
import type { webcrypto } from 'node:crypto';

/** What a signed file is. `unsigned` when no signature was found at all. */
export type SignatureFormat = 'PAdES' | 'PKCS7' | 'XAdES' | 'XMLDSig' | 'CAdES' | 'ASiC';

/** Where the signature sits relative to the signed data. */
export type SignaturePackaging = 'embedded' | 'enveloped' | 'enveloping' | 'detached';

/** Do the digests and the signature value match the bytes we hold? */
export type SignatureIntegrity = 'intact' | 'broken' | 'unknown';

/** Does the signer's certificate chain end at a trust anchor the office configured? */
export type SignatureTrust = 'trusted' | 'untrusted' | 'unknown';

/** The signer certificate's state at validation time (and whether it was valid when signing). */
export type CertificateStatus = 'valid' | 'expired' | 'not_yet_valid' | 'revoked' | 'unknown';

/**
 * The verdict shown to people (DOMAIN.md §9.2: ważny / nieważny / brak możliwości weryfikacji):
 * - `valid`: intact, trusted, certificate valid;
 * - `valid_with_warnings`: intact and trusted, with something a person should read (a
 *   non-standard but tolerated encoding, content appended after signing that does not touch the
 *   signed revision is NOT this — see `invalid`);
 * - `invalid`: integrity broken, the signed data not found (wrapping attacks), revoked
 *   certificate, the document changed after signing;
 * - `indeterminate`: intact but the trust or the certificate state cannot be established
 *   (unknown CA, expired certificate without a timestamp, missing detached content).
 */
export type SignatureVerdict = 'valid' | 'valid_with_warnings' | 'invalid' | 'indeterminate';

export interface CertificateInfo {
  subject: string;
  issuer: string;
  /** Hex, lower case. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the DER, hex lower case. */
  sha256: string;
  /** The certificate claims qualified status (QcStatements: QcCompliance). */
  qualified: boolean;
}

/** A stable code and an English sentence; the UI translates by code. */
export interface ReportMessage {
  code: string;
  message: string;
}

export interface SignatureReport {
  format: SignatureFormat;
  packaging: SignaturePackaging;
  /** ETSI baseline level where it can be told (B, T, LT, LTA), otherwise null. */
  level: 'B' | 'T' | 'LT' | 'LTA' | null;
  verdict: SignatureVerdict;
  integrity: SignatureIntegrity;
  trust: SignatureTrust;
  certificateStatus: CertificateStatus;
  signer: CertificateInfo | null;
  /** Common name (or organisation) of the signer, for display. */
  signerName: string | null;
  /** The signing time the signer claims (signing-time attribute, SigningTime, /M). ISO 8601. */
  claimedSigningTime: string | null;
  /** Time from a verified RFC 3161 timestamp on the signature, ISO 8601. */
  timestampTime: string | null;
  /** Signer first, then issuers up to (and including) the anchor when one was found. */
  chain: CertificateInfo[];
  /** PAdES: the signed revision is the whole file (false when content was appended). */
  coversWholeDocument: boolean | null;
  warnings: ReportMessage[];
  errors: ReportMessage[];
}

export interface ValidationReport {
  verifiedAt: string;
  /** SHA-256 of the verified bytes, hex lower case. */
  fileSha256: string;
  /** `unsigned` when the file holds no signature (including an empty signature field). */
  detectedFormat: SignatureFormat | 'unsigned' | 'unreadable';
  /** The worst verdict of the signatures, or `indeterminate` for unsigned/unreadable files. */
  verdict: SignatureVerdict;
  signatures: SignatureReport[];
  /** Problems with the file itself (unparseable, DTD refused, too large…). */
  errors: ReportMessage[];
}

export interface DetachedContent {
  /** The name the signature refers to (XAdES `URI`), if known. */
  name: string;
  bytes: Uint8Array;
}

export interface VerifyInput {
  bytes: Uint8Array;
  fileName?: string;
  mediaType?: string;
  /** For detached signatures: the signed file(s). */
  detachedContent?: DetachedContent[];
  /** DER certificates the office trusts (its own CA, imported anchors, TSL services). */
  trustAnchors: Uint8Array[];
  /** DER CRLs known to the office (its own CA's CRL at least). */
  crls: Uint8Array[];
  /** Validation time. */
  at: Date;
}

/** A signer's key and certificate, as the signing engine needs them. */
export interface SignerCredentials {
  /** Node's WebCrypto key (the global `CryptoKey` type is not in this project's `lib`). */
  privateKey: webcrypto.CryptoKey;
  /** DER of the signer's certificate. */
  certificate: Uint8Array;
  /** DER of the issuing chain (without the signer), nearest issuer first. */
  chain: Uint8Array[];
}

/** Requests an RFC 3161 timestamp token (DER ContentInfo) over a SHA-256 digest. */
export type TimestampProvider = (sha256Digest: Uint8Array) => Promise<Uint8Array>;
