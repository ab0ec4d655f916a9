import type { SignatureVerdict, ValidationReportDto, ValidationSummary } from '@obieg/contracts/signatures';

const SIGNABLE_MEDIA_TYPES = new Set([
  'application/pdf',
  'application/xml',
  'text/xml',
  'application/pkcs7-signature',
  'application/x-pkcs7-signature',
  'application/pkcs7-mime',
  'application/x-pkcs7-mime',
  'application/vnd.etsi.asic-e+zip',
  'application/vnd.etsi.asic-s+zip',
]);
const SIGNABLE_EXTENSIONS = /\.(pdf|xml|xades|p7s|p7m|asice|asics|sce|scs)$/i;

/**
 * Whether a file may carry a signature (PDF, XML, XAdES, PKCS#7, ASiC): only those rows of a list
 * ask for their verification report, so an ordinary scan costs no request.
 */
export function mayCarrySignature(file: { name: string; mediaType: string }): boolean {
  return SIGNABLE_MEDIA_TYPES.has(file.mediaType.toLowerCase()) || SIGNABLE_EXTENSIONS.test(file.name);
}

/** A verdict worth showing beside a file: a file found unsigned gets no badge at all. */
export function shownVerdict(
  report: Pick<ValidationReportDto | ValidationSummary, 'verdict' | 'detectedFormat'> | null | undefined,
): SignatureVerdict | null {
  if (!report || report.detectedFormat === 'unsigned') return null;
  return report.verdict;
}

/** "CN=Jan Kowalski, O=Urząd" → "Jan Kowalski": the common name of a distinguished name, if any. */
export function commonName(distinguishedName: string): string {
  const match = /(?:^|[,/]\s*)CN=((?:\\.|[^,/])+)/.exec(distinguishedName);
  return match?.[1]?.replace(/\\(.)/g, '$1').trim() ?? distinguishedName;
}
