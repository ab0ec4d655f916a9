import type {
  REVOCATION_REASONS,
  SignatureReport,
  SignatureVerdict,
  TrustAnchor,
  ValidationReportDto,
} from '@obieg/contracts/signatures';
import { isMessageKey, type MessageKey, type Translate } from '../../locales/i18n';
import type { CertificateStatus } from './signatures.api';

export const VERDICT_LABELS: Record<SignatureVerdict, MessageKey> = {
  valid: 'signatures.verdict.valid',
  valid_with_warnings: 'signatures.verdict.valid_with_warnings',
  invalid: 'signatures.verdict.invalid',
  indeterminate: 'signatures.verdict.indeterminate',
};

/** A mark beside the words (never colour alone); hidden from screen readers, which read the words. */
export const VERDICT_MARKS: Record<SignatureVerdict, string> = {
  valid: '✓',
  valid_with_warnings: '!',
  invalid: '✗',
  indeterminate: '?',
};

export const VERDICT_COLORS: Record<SignatureVerdict, string> = {
  valid: 'green',
  valid_with_warnings: 'yellow',
  invalid: 'red',
  indeterminate: 'gray',
};

/** Dark text on Mantine's light badge backgrounds, at least 4.5:1 (WCAG 1.4.3). */
export const VERDICT_TEXT: Record<SignatureVerdict, string> = {
  valid: '#1b5e20',
  valid_with_warnings: '#8a3c00',
  invalid: '#a51111',
  indeterminate: '#343a40',
};

export const INTEGRITY_LABELS: Record<SignatureReport['integrity'], MessageKey> = {
  intact: 'signatures.integrity.intact',
  broken: 'signatures.integrity.broken',
  unknown: 'signatures.integrity.unknown',
};

export const TRUST_LABELS: Record<SignatureReport['trust'], MessageKey> = {
  trusted: 'signatures.trust.trusted',
  untrusted: 'signatures.trust.untrusted',
  unknown: 'signatures.trust.unknown',
};

export const SIGNER_CERTIFICATE_LABELS: Record<SignatureReport['certificateStatus'], MessageKey> = {
  valid: 'signatures.certificate.valid',
  expired: 'signatures.certificate.expired',
  not_yet_valid: 'signatures.certificate.not_yet_valid',
  revoked: 'signatures.certificate.revoked',
  unknown: 'signatures.certificate.unknown',
};

export const PACKAGING_LABELS: Record<SignatureReport['packaging'], MessageKey> = {
  embedded: 'signatures.packaging.embedded',
  enveloped: 'signatures.packaging.enveloped',
  enveloping: 'signatures.packaging.enveloping',
  detached: 'signatures.packaging.detached',
};

export const DETECTED_FORMAT_LABELS: Partial<Record<ValidationReportDto['detectedFormat'], MessageKey>> = {
  unsigned: 'signatures.format.unsigned',
  unreadable: 'signatures.format.unreadable',
};

export const TRIGGER_LABELS: Record<ValidationReportDto['trigger'], MessageKey> = {
  intake: 'signatures.trigger.intake',
  on_demand: 'signatures.trigger.on_demand',
  signing: 'signatures.trigger.signing',
};

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, MessageKey> = {
  active: 'signatures.pki.status.active',
  revoked: 'signatures.pki.status.revoked',
  expired: 'signatures.pki.status.expired',
};

export const CERTIFICATE_STATUS_COLORS: Record<CertificateStatus, string> = {
  active: 'green',
  revoked: 'red',
  expired: 'gray',
};

export const CERTIFICATE_STATUS_TEXT: Record<CertificateStatus, string> = {
  active: '#1b5e20',
  revoked: '#a51111',
  expired: '#343a40',
};

export const REVOCATION_REASON_LABELS: Record<(typeof REVOCATION_REASONS)[number], MessageKey> = {
  unspecified: 'signatures.pki.reason.unspecified',
  keyCompromise: 'signatures.pki.reason.keyCompromise',
  affiliationChanged: 'signatures.pki.reason.affiliationChanged',
  superseded: 'signatures.pki.reason.superseded',
  cessationOfOperation: 'signatures.pki.reason.cessationOfOperation',
};

export const ANCHOR_SOURCE_LABELS: Record<TrustAnchor['source'], MessageKey> = {
  office_ca: 'signatures.anchors.source.office_ca',
  manual: 'signatures.anchors.source.manual',
  tsl: 'signatures.anchors.source.tsl',
};

/**
 * A warning or error of a report in the user's language when its code is known
 * (`signatures.message.<code>`); an unknown code shows the engine's English sentence.
 */
export function reportMessageText(t: Translate, message: { code: string; message: string }): string {
  const key = `signatures.message.${message.code}`;
  return isMessageKey(key) ? t(key) : message.message;
}

/** A revocation reason as the API stores it (a known code translated, anything else as is). */
export function revocationReasonText(t: Translate, reason: string | null): string {
  if (!reason) return t('common.none');
  const key = `signatures.pki.reason.${reason}`;
  return isMessageKey(key) ? t(key) : reason;
}
