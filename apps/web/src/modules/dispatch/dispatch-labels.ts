import type {
  DispatchChannel,
  DispatchOptions,
  RegisterRow,
  DispatchItemStatus,
  POSTAL_SPECIAL_RULES,
  REGISTER_FIELDS,
  RETURN_REASONS,
} from '@obieg/contracts/dispatch';
import type { MessageKey, Translate } from '../../locales/i18n';

export const CHANNEL_LABELS: Record<DispatchChannel, MessageKey> = {
  post: 'dispatch.channel.post',
  edelivery: 'dispatch.channel.edelivery',
  edelivery_hybrid: 'dispatch.channel.edelivery_hybrid',
  epuap: 'dispatch.channel.epuap',
  email: 'dispatch.channel.email',
  in_person: 'dispatch.channel.in_person',
};

export const STATUS_LABELS: Record<DispatchItemStatus, MessageKey> = {
  queued: 'dispatch.status.queued',
  waiting: 'dispatch.status.waiting',
  sent: 'dispatch.status.sent',
  delivered: 'dispatch.status.delivered',
  undelivered: 'dispatch.status.undelivered',
  failed: 'dispatch.status.failed',
  cancelled: 'dispatch.status.cancelled',
};

/** Badge colours; the badge always says the state in words (colour is never the only sign). */
export const STATUS_COLORS: Record<DispatchItemStatus, { color: string; text: string }> = {
  queued: { color: 'gray', text: '#343a40' },
  waiting: { color: 'blue', text: '#0b3d91' },
  sent: { color: 'indigo', text: '#2b2f86' },
  delivered: { color: 'green', text: '#1b5e20' },
  undelivered: { color: 'orange', text: '#7a3300' },
  failed: { color: 'red', text: '#8a1c1c' },
  cancelled: { color: 'gray', text: '#495057' },
};

/** Why a letter may not be sent yet (a new reason without a message fails to compile). */
export const NOT_DISPATCHABLE_REASON_LABELS: Record<NonNullable<DispatchOptions['reason']>, MessageKey> = {
  not_approved: 'dispatch.reason.not_approved',
  not_handler: 'dispatch.reason.not_handler',
};

export const RETURN_REASON_LABELS: Record<(typeof RETURN_REASONS)[number], MessageKey> = {
  not_collected: 'dispatch.return_reason.not_collected',
  refused: 'dispatch.return_reason.refused',
  addressee_unknown: 'dispatch.return_reason.addressee_unknown',
  moved: 'dispatch.return_reason.moved',
  deceased: 'dispatch.return_reason.deceased',
  other: 'dispatch.return_reason.other',
};

export const SPECIAL_RULES_LABELS: Record<(typeof POSTAL_SPECIAL_RULES)[number], MessageKey> = {
  ADMINISTRACYJNA: 'dispatch.special_rules.ADMINISTRACYJNA',
  PODATKOWA: 'dispatch.special_rules.PODATKOWA',
  SADOWA_CYWILNA: 'dispatch.special_rules.SADOWA_CYWILNA',
  SADOWA_KARNA: 'dispatch.special_rules.SADOWA_KARNA',
};

export const REGISTER_FIELD_LABELS: Record<(typeof REGISTER_FIELDS)[number], MessageKey> = {
  number: 'dispatch.field.number',
  postedOn: 'dispatch.field.posted_on',
  addressee: 'dispatch.field.addressee',
  address: 'dispatch.field.address',
  caseSign: 'dispatch.field.case_sign',
  document: 'dispatch.field.document',
  channel: 'dispatch.field.channel',
  trackingNumber: 'dispatch.field.tracking_number',
  status: 'dispatch.field.status',
  deliveredOn: 'dispatch.field.delivered_on',
};

const EVIDENCE_LABELS: Record<string, MessageKey> = {
  'A.1': 'dispatch.evidence.A1',
  'A.2': 'dispatch.evidence.A2',
  'D.1': 'dispatch.evidence.D1',
  'E.1': 'dispatch.evidence.E1',
  'E.2': 'dispatch.evidence.E2',
  'BP.WX': 'dispatch.evidence.sent',
  'BP.WP': 'dispatch.evidence.sent',
  'BP.OX': 'dispatch.evidence.received',
  'BP.OP': 'dispatch.evidence.received',
  'H.PN': 'dispatch.evidence.hybrid_posted',
  'H.EPO': 'dispatch.evidence.hybrid_epo',
  UPP: 'dispatch.evidence.UPP',
  UPD: 'dispatch.evidence.UPD',
  ZPO: 'dispatch.evidence.ZPO',
  EML: 'dispatch.evidence.EML',
  PDF: 'dispatch.evidence.PDF',
};

/**
 * The evidence kind in words: e-Doręczenia codes come dotted (`BP.WX`) or not (`BPWX`, spec enum);
 * an unknown kind is shown as its code.
 */
export function evidenceLabel(t: Translate, kind: string): string {
  const normalised = kind.trim().toUpperCase();
  const key =
    EVIDENCE_LABELS[normalised] ??
    Object.entries(EVIDENCE_LABELS).find(([code]) => code.replace('.', '') === normalised)?.[1];
  return key ? t(key) : kind;
}

/** "polecony, ZPO, priorytetowy" of a postal item; empty for other channels. */
export function postalSummary(
  t: Translate,
  postal: { kind: 'ordinary' | 'registered'; returnReceipt: boolean; priority: boolean } | null,
): string {
  if (!postal) return '';
  return [
    t(postal.kind === 'registered' ? 'dispatch.postal.registered' : 'dispatch.postal.ordinary'),
    postal.returnReceipt ? t('dispatch.postal.zpo_short') : null,
    postal.priority ? t('dispatch.postal.priority_short') : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Channel and postal kind in one phrase: "Poczta tradycyjna (polecony, ZPO)". */
export function channelText(
  t: Translate,
  channel: DispatchChannel,
  postal: Parameters<typeof postalSummary>[1],
): string {
  const details = postalSummary(t, postal);
  return details ? `${t(CHANNEL_LABELS[channel])} (${details})` : t(CHANNEL_LABELS[channel]);
}

/** The postal options of a register row, as `postalSummary` reads them. */
export const rowPostal = (row: RegisterRow) =>
  row.postalKind ? { kind: row.postalKind, returnReceipt: row.returnReceipt, priority: row.priority } : null;
