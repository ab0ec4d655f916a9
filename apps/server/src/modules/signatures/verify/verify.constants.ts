/** Files above this size are refused before any parsing (`file.too_large`). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** ASiC / signed-package zips: refuse when the entries would unpack to more than this. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/** Deepest XML element nesting accepted (the canonicaliser recurses). */
export const MAX_XML_DEPTH = 256;

/** Longest certificate chain followed while building a path to a trust anchor. */
export const MAX_CHAIN_LENGTH = 10;

/** Counter-signatures of counter-signatures are followed this deep. */
export const MAX_COUNTER_SIGNATURE_DEPTH = 4;

/** Signature dictionaries read from one PDF (each costs a bounded scan). */
export const MAX_PDF_SIGNATURES = 50;

/** Largest signature dictionary object looked at (its /Contents included). */
export const MAX_SIGNATURE_OBJECT_BYTES = 16 * 1024 * 1024;

/** Upper bound of PDF objects compared when checking what a later revision changed. */
export const MAX_PDF_COMPARED_OBJECTS = 200_000;

export const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  counterSignature: '1.2.840.113549.1.9.6',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStamp: '1.2.840.113549.1.9.16.2.14',
  certValues: '1.2.840.113549.1.9.16.2.23',
  revocationValues: '1.2.840.113549.1.9.16.2.24',
  archiveTimeStampV2: '1.2.840.113549.1.9.16.2.48',
  archiveTimeStampV3: '0.4.0.1733.2.4',
  qcStatements: '1.3.6.1.5.5.7.1.3',
  qcCompliance: '0.4.0.1862.1.1',
  subjectKeyIdentifier: '2.5.29.14',
} as const;
