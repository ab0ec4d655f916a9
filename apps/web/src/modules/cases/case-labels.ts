import type {
  CaseEnding,
  CaseStatus,
  LINK_KINDS,
  DeadlineKind,
  NOT_COUNTED_KINDS,
  CASE_DOCUMENT_KINDS,
} from '@obieg/contracts/cases';
import type { MessageKey } from '../../locales/i18n';

type DeadlineState = 'ok' | 'due_soon' | 'overdue' | 'suspended' | 'none';

export const CASE_STATUS_LABELS: Record<CaseStatus, MessageKey> = {
  open: 'cases.status.open',
  suspended: 'cases.status.suspended',
  closed: 'cases.status.closed',
};

export const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  open: 'blue',
  suspended: 'grape',
  closed: 'gray',
};

export const DEADLINE_STATE_LABELS: Record<DeadlineState, MessageKey> = {
  ok: 'cases.deadline.state.ok',
  due_soon: 'cases.deadline.state.due_soon',
  overdue: 'cases.deadline.state.overdue',
  suspended: 'cases.deadline.state.suspended',
  none: 'cases.deadline.state.none',
};

export const DEADLINE_STATE_COLORS: Record<DeadlineState, string> = {
  ok: 'green',
  due_soon: 'orange',
  overdue: 'red',
  suspended: 'gray',
  none: 'gray',
};

/**
 * The text of a term's badge: darker than Mantine's light variant gives (green and orange on their
 * light backgrounds fall below 4.5:1), so the state stays readable (WCAG 1.4.3).
 */
export const DEADLINE_STATE_TEXT: Record<DeadlineState, string> = {
  ok: '#1b5e20',
  due_soon: '#8a3c00',
  overdue: 'red.9',
  suspended: 'gray.8',
  none: 'gray.8',
};

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, MessageKey> = {
  none: 'cases.deadline.kind.none',
  without_delay: 'cases.deadline.kind.without_delay',
  '1_month': 'cases.deadline.kind.1_month',
  '2_months': 'cases.deadline.kind.2_months',
  days: 'cases.deadline.kind.days',
  date: 'cases.deadline.kind.date',
};

export const DOCUMENT_KIND_LABELS: Record<(typeof CASE_DOCUMENT_KINDS)[number], MessageKey> = {
  incoming: 'cases.document.kind.incoming',
  note: 'cases.document.kind.note',
  file: 'cases.document.kind.file',
  opinion: 'cases.document.kind.opinion',
  draft: 'cases.document.kind.draft',
};

/** How a closed case ended: the settlements chosen when closing, and a transfer after a reorganisation. */
export const SETTLEMENT_LABELS: Record<CaseEnding, MessageKey> = {
  decision: 'cases.settlement.decision',
  letter: 'cases.settlement.letter',
  oral_memo: 'cases.settlement.oral_memo',
  no_action: 'cases.settlement.no_action',
  transferred: 'cases.settlement.transferred',
};

export const NOT_COUNTED_LABELS: Record<(typeof NOT_COUNTED_KINDS)[number], MessageKey> = {
  suspension: 'cases.not_counted.suspension',
  mediation: 'cases.not_counted.mediation',
  statutory_action_term: 'cases.not_counted.statutory_action_term',
  party_delay: 'cases.not_counted.party_delay',
  beyond_organ_control: 'cases.not_counted.beyond_organ_control',
};

type LinkKind = (typeof LINK_KINDS)[number];

/** The kinds of link offered when linking cases, as choices. */
export const LINK_KIND_LABELS: Record<LinkKind, MessageKey> = {
  related: 'cases.links.kind.related',
  continuation: 'cases.links.kind.continuation',
  taken_over: 'cases.links.kind.taken_over',
};

export const LINK_KIND_DESCRIPTIONS: Record<LinkKind, MessageKey> = {
  related: 'cases.links.kind.related.description',
  continuation: 'cases.links.kind.continuation.description',
  taken_over: 'cases.links.kind.taken_over.description',
};

/**
 * A link as it reads from this case: `to` — this case was linked to the other ("continues the
 * case", "took over the case"); `from` — the other case was linked to this one.
 */
export const LINK_RELATION_LABELS: Record<LinkKind, Record<'from' | 'to', MessageKey>> = {
  related: { to: 'cases.links.relation.related', from: 'cases.links.relation.related' },
  continuation: {
    to: 'cases.links.relation.continuation.to',
    from: 'cases.links.relation.continuation.from',
  },
  taken_over: { to: 'cases.links.relation.taken_over.to', from: 'cases.links.relation.taken_over.from' },
};
