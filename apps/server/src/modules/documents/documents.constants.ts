import type {
  APPROVAL_PATH_STATUSES as CONTRACT_PATH_STATUSES,
  APPROVAL_STEP_STATUSES as CONTRACT_STEP_STATUSES,
  DOCUMENT_STATUSES as CONTRACT_DOCUMENT_STATUSES,
  VERSION_SOURCES as CONTRACT_VERSION_SOURCES,
} from '@obieg/contracts/documents';

// Plain copies (the table files are read by drizzle-kit, which loads no workspace packages).
export const DOCUMENT_STATUSES = [
  'draft',
  'in_approval',
  'approved',
  'signed',
] as const satisfies typeof CONTRACT_DOCUMENT_STATUSES;
export const VERSION_SOURCES = [
  'template',
  'upload',
  'editor',
  'signed',
  'external_signed',
] as const satisfies typeof CONTRACT_VERSION_SOURCES;
export const APPROVAL_PATH_STATUSES = [
  'in_progress',
  'approved',
  'rejected',
  'cancelled',
] as const satisfies typeof CONTRACT_PATH_STATUSES;
export const APPROVAL_STEP_STATUSES = [
  'waiting',
  'pending',
  'approved',
  'rejected',
  'skipped',
] as const satisfies typeof CONTRACT_STEP_STATUSES;

/** Case-file kind of a draft document (`case_documents.kind`). */
export const DRAFT_CASE_DOCUMENT_KIND = 'draft';
/** Letter text above this many characters is refused by the renderer. */
export const MAX_LETTER_CHARS = 200_000;
