import type { IncomingItem } from '@obieg/contracts/correspondence';
import type { MessageKey } from '../../locales/i18n';
import { blankToNull } from '../../shared/forms/validation';
import { normalizePartialDate } from './registration-form.models';

export type CorrectionValues = {
  title: string;
  deliveryMethod: string;
  receivedAt: string;
  letterDate: string;
  postingDate: string;
  senderReference: string;
  documentKind: string;
  organId: string;
  attachmentsCount: string;
  access: IncomingItem['access'];
  remarks: string;
  dcmiType: IncomingItem['dcmiType'];
  paperStore: string;
  paperBox: string;
  fullScan: boolean;
  noFullScanReason: string;
  notOpened: boolean;
  reason: string;
};

export function toCorrectionValues(item: IncomingItem): CorrectionValues {
  return {
    title: item.title,
    deliveryMethod: item.deliveryMethod,
    receivedAt: item.receivedAt,
    letterDate: item.letterDate ?? '',
    postingDate: item.postingDate ?? '',
    senderReference: item.senderReference ?? '',
    documentKind: item.documentKind ?? '',
    organId: item.organId ?? '',
    attachmentsCount: item.attachmentsCount === null ? '' : String(item.attachmentsCount),
    access: item.access,
    remarks: item.remarks ?? '',
    dcmiType: item.dcmiType,
    paperStore: item.paperOriginal?.store ?? '',
    paperBox: item.paperOriginal?.box ?? '',
    fullScan: item.fullScan,
    noFullScanReason: item.noFullScanReason ?? '',
    notOpened: item.notOpened,
    reason: '',
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only the fields that differ from `base` are sent, with the reason and the version read. */
export function toCorrectionInput(values: CorrectionValues, base: IncomingItem) {
  const count = values.attachmentsCount.trim();
  const store = blankToNull(values.paperStore);
  const box = blankToNull(values.paperBox);
  const next = {
    title: values.title.trim(),
    deliveryMethod: values.deliveryMethod,
    receivedAt: values.receivedAt,
    letterDate: blankToNull(normalizePartialDate(values.letterDate)),
    postingDate: blankToNull(normalizePartialDate(values.postingDate)),
    senderReference: blankToNull(values.senderReference),
    documentKind: blankToNull(values.documentKind),
    organId: blankToNull(values.organId),
    attachmentsCount: count === '' ? null : Number(count),
    access: values.access,
    remarks: blankToNull(values.remarks),
    dcmiType: values.dcmiType,
    paperOriginal: store || box ? { store: store ?? '', box: box ?? undefined } : null,
    fullScan: values.fullScan,
    noFullScanReason: blankToNull(values.noFullScanReason),
    notOpened: values.notOpened,
  };
  const current: Record<keyof typeof next, unknown> = {
    ...base,
    paperOriginal: base.paperOriginal
      ? { store: base.paperOriginal.store, box: base.paperOriginal.box ?? undefined }
      : null,
  };
  const changed = Object.fromEntries(
    Object.entries(next).filter(([key, value]) => !same(value, current[key as keyof typeof next])),
  );
  return { reason: values.reason, version: base.version, ...changed };
}

/** Names of the fields a correction may change, as the history lists them (server column names). */
export const CORRECTION_FIELD_LABELS: Record<string, MessageKey> = {
  title: 'correspondence.field.title',
  deliveryMethod: 'correspondence.field.delivery_method',
  receivedAt: 'correspondence.field.received_at',
  letterDate: 'correspondence.field.letter_date',
  postingDate: 'correspondence.field.posting_date',
  senderReference: 'correspondence.field.sender_reference',
  documentKind: 'correspondence.field.document_kind',
  organId: 'correspondence.field.organ',
  attachmentsCount: 'correspondence.field.attachments_count',
  access: 'correspondence.field.access',
  remarks: 'correspondence.field.remarks',
  dcmiType: 'correspondence.field.dcmi_type',
  paperStore: 'correspondence.field.paper_store',
  paperBox: 'correspondence.field.paper_box',
  fullScan: 'correspondence.field.full_scan',
  noFullScanReason: 'correspondence.field.no_full_scan_reason',
  notOpened: 'correspondence.field.not_opened',
};

/**
 * After someone else's correction: the fields this clerk left alone take the new values, the ones
 * they changed keep what they typed (so saving again does not undo the other correction).
 */
export function rebaseCorrection(values: CorrectionValues, before: IncomingItem, fresh: IncomingItem) {
  const old = toCorrectionValues(before);
  const next = toCorrectionValues(fresh);
  const merged = { ...values };
  for (const key of Object.keys(next) as (keyof CorrectionValues)[]) {
    if (key !== 'reason' && same(values[key], old[key])) Object.assign(merged, { [key]: next[key] });
  }
  return merged;
}
