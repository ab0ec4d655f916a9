import type {
  APPROVAL_PATH_STATUSES,
  ApprovalStepStatus,
  DocumentStatus,
  TemplateField,
  VersionSource,
} from '@obieg/contracts/documents';
import type { MessageKey } from '../../locales/i18n';

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, MessageKey> = {
  draft: 'documents.status.draft',
  in_approval: 'documents.status.in_approval',
  approved: 'documents.status.approved',
  signed: 'documents.status.signed',
};

export const DOCUMENT_STATUS_COLORS: Record<DocumentStatus, string> = {
  draft: 'gray',
  in_approval: 'blue',
  approved: 'green',
  signed: 'teal',
};

/** Dark text on the light badges (WCAG 1.4.3: Mantine's light variant alone falls below 4.5:1). */
export const DOCUMENT_STATUS_TEXT: Record<DocumentStatus, string> = {
  draft: '#343a40',
  in_approval: '#0b3d91',
  approved: '#1b5e20',
  signed: '#064e3b',
};

export const VERSION_SOURCE_LABELS: Record<VersionSource, MessageKey> = {
  template: 'documents.version.source.template',
  upload: 'documents.version.source.upload',
  editor: 'documents.version.source.editor',
  signed: 'documents.version.source.signed',
  external_signed: 'documents.version.source.external_signed',
};

export const STEP_STATUS_LABELS: Record<ApprovalStepStatus, MessageKey> = {
  waiting: 'documents.step.status.waiting',
  pending: 'documents.step.status.pending',
  approved: 'documents.step.status.approved',
  rejected: 'documents.step.status.rejected',
  skipped: 'documents.step.status.skipped',
};

export const STEP_STATUS_COLORS: Record<ApprovalStepStatus, string> = {
  waiting: 'gray',
  pending: 'blue',
  approved: 'green',
  rejected: 'red',
  skipped: 'gray',
};

export const STEP_STATUS_TEXT: Record<ApprovalStepStatus, string> = {
  waiting: '#343a40',
  pending: '#0b3d91',
  approved: '#1b5e20',
  rejected: '#a51111',
  skipped: '#343a40',
};

export const PATH_STATUS_LABELS: Record<(typeof APPROVAL_PATH_STATUSES)[number], MessageKey> = {
  in_progress: 'documents.path.status.in_progress',
  approved: 'documents.path.status.approved',
  rejected: 'documents.path.status.rejected',
  cancelled: 'documents.path.status.cancelled',
};

/** What each `{{field}}` of a template is filled with, for the help beside the editor. */
export const TEMPLATE_FIELD_DESCRIPTIONS: Record<TemplateField, MessageKey> = {
  urzad: 'documents.field.urzad',
  miejscowosc: 'documents.field.miejscowosc',
  data: 'documents.field.data',
  znak_sprawy: 'documents.field.znak_sprawy',
  tytul_sprawy: 'documents.field.tytul_sprawy',
  data_wszczecia: 'documents.field.data_wszczecia',
  adresat_nazwa: 'documents.field.adresat_nazwa',
  adresat_adres: 'documents.field.adresat_adres',
  prowadzacy: 'documents.field.prowadzacy',
  prowadzacy_stanowisko: 'documents.field.prowadzacy_stanowisko',
  podpisujacy: 'documents.field.podpisujacy',
  podpisujacy_stanowisko: 'documents.field.podpisujacy_stanowisko',
  komorka: 'documents.field.komorka',
};
