import type {
  CaseStatus,
  ShareAccess,
  DeadlineKind,
  CaseEnding,
  CASE_DOCUMENT_KINDS as CONTRACT_DOCUMENT_KINDS,
  LINK_KINDS as CONTRACT_LINK_KINDS,
  NOT_COUNTED_KINDS as CONTRACT_NOT_COUNTED_KINDS,
} from '@obieg/contracts/cases';

// The contract's enumerations, spelled here for the tables (drizzle-kit loads no contracts).

export const CASE_STATUSES = ['open', 'suspended', 'closed'] as const satisfies readonly CaseStatus[];
export const DEADLINE_KINDS = [
  'without_delay',
  '1_month',
  '2_months',
  'days',
  'date',
  'none',
] as const satisfies readonly DeadlineKind[];
export const SETTLEMENTS = [
  'decision',
  'letter',
  'oral_memo',
  'no_action',
  'transferred',
] as const satisfies readonly CaseEnding[];
export const CASE_DOCUMENT_KINDS = [
  'incoming',
  'note',
  'file',
  'opinion',
  'draft',
] as const satisfies typeof CONTRACT_DOCUMENT_KINDS;
export const LINK_KINDS = [
  'related',
  'continuation',
  'taken_over',
] as const satisfies typeof CONTRACT_LINK_KINDS;
export const NOT_COUNTED_KINDS = [
  'suspension',
  'mediation',
  'statutory_action_term',
  'party_delay',
  'beyond_organ_control',
] as const satisfies typeof CONTRACT_NOT_COUNTED_KINDS;

export const SHARE_ACCESS = ['read', 'contribute'] as const satisfies readonly ShareAccess[];

/** The document kind of a case-file note (notatka służbowa), metadata C3. */
export const NOTE_DOCUMENT_KIND = 'notatka służbowa';
/** The document kind of an opinion from another unit. */
export const OPINION_DOCUMENT_KIND = 'opinia';
