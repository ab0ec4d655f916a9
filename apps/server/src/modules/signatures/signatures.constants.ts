/** The background job that verifies files that may carry a signature when they enter the system. */
export const SIGNATURE_VERIFY_JOB = 'signatures.verify';

/** Types of file checked for signatures on intake (PDF, XML, CMS, ASiC/zip containers). */
export const SIGNATURE_INTAKE_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'application/xml',
  'text/xml',
  'application/pkcs7-signature',
  'application/pkcs7-mime',
  'application/vnd.etsi.asic-e+zip',
  'application/vnd.etsi.asic-s+zip',
  'application/zip',
]);

/** Files above this size are not verified (the engine refuses them with `file.too_large`). */
export const VERIFY_MAX_BYTES = 50 * 1024 * 1024;

/** Signing reads at most this much of the file to sign. */
export const SIGN_MAX_BYTES = 50 * 1024 * 1024;
