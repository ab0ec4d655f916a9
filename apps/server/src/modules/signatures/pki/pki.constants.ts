/** Object identifiers used by the tenant CA, the TSA and the CMS/PAdES signer. */
export const OID = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  country: '2.5.4.6',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  title: '2.5.4.12',
  givenName: '2.5.4.42',

  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  crlDistributionPoints: '2.5.29.31',
  subjectAltName: '2.5.29.17',
  crlNumber: '2.5.29.20',
  crlReason: '2.5.29.21',

  kpClientAuth: '1.3.6.1.5.5.7.3.2',
  kpEmailProtection: '1.3.6.1.5.5.7.3.4',
  kpTimeStamping: '1.3.6.1.5.5.7.3.8',
  /** id-kp-documentSigning (RFC 9336). */
  kpDocumentSigning: '1.3.6.1.5.5.7.3.36',
  /** Microsoft "Document Signing", which Adobe Acrobat and Windows recognise. */
  msDocumentSigning: '1.3.6.1.4.1.311.10.3.12',

  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',

  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
} as const;

/**
 * The TSA policy of Obieg's tenant time-stamp authorities: a UUID-derived OID (ITU-T X.667,
 * `2.25.<uuid as an integer>`), which needs no registration. UUID 6c2f1b0e-5a7d-4f3e-9b1c-0d8e4a2f7c51.
 */
export const OBIEG_TSA_POLICY_OID = `2.25.${BigInt('0x6c2f1b0e5a7d4f3e9b1c0d8e4a2f7c51').toString()}`;

/** RSA with SHA-256 (PKCS #1 v1.5) is what every verifier in Poland reads. */
export const RSA_SIGNING_ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
