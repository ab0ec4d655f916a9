import type { Contact } from '@obieg/contracts/contacts';
import type { CorrectIncomingInput, IncomingItem, IncomingListItem } from '@obieg/contracts/correspondence';
import type { IncomingDistribution } from '@obieg/contracts/distribution';
import { foldDiacritics } from '../../shared/text/fold.js';
import type {
  IncomingCorrectionRow,
  IncomingItemFileRow,
  IncomingItemRow,
  IncomingSenderSnapshot,
} from './correspondence.types.js';

/** `RPW/{n}/{yyyy}` → `RPW/42/2026`. */
export function formatRegistryNumber({
  format,
  sequence,
  year,
}: {
  format: string;
  sequence: number;
  year: number;
}): string {
  return format.replaceAll('{n}', String(sequence)).replaceAll('{yyyy}', String(year));
}

// The system-wide document identifier (metadata A8), shared with case-file documents.
export { buildDocumentId, FORBIDDEN_IN_DOCUMENT_ID } from '../../shared/ids/document-id.js';

/** The sender as it stands at registration: names, the first address and e-mails (A1, A2). */
export function toSenderSnapshot(contact: Contact): IncomingSenderSnapshot {
  const address = contact.addresses[0];
  return {
    contactId: contact.id,
    kind: contact.kind,
    name: contact.name,
    surname: contact.surname,
    givenNames: contact.givenNames,
    address: address
      ? {
          street: address.street,
          building: address.building,
          flat: address.flat,
          postalCode: address.postalCode,
          city: address.city,
          poBox: address.poBox,
          country: address.country,
        }
      : null,
    emails: contact.emails,
  };
}

export const senderDisplayName = (s: IncomingSenderSnapshot) =>
  s.kind === 'person' ? `${s.surname ?? ''} ${s.givenNames ?? ''}`.trim() : (s.name ?? '');

export function buildIncomingSearchText(
  row: Pick<IncomingItemRow, 'title' | 'senders' | 'rpwNumber' | 'documentId' | 'senderReference'>,
): string {
  const parts = [
    row.rpwNumber,
    row.title,
    ...row.senders.map(senderDisplayName),
    row.senderReference,
    row.documentId,
  ];
  return foldDiacritics(parts.filter((p): p is string => Boolean(p)).join(' '));
}

const toSenderDto = (s: IncomingSenderSnapshot) => ({ ...s, displayName: senderDisplayName(s) });

export function toIncomingListItem(row: IncomingItemRow): IncomingListItem {
  return {
    id: row.id,
    rpwNumber: row.rpwNumber,
    rpwYear: row.rpwYear,
    rpwSequence: row.rpwSequence,
    documentId: row.documentId,
    title: row.title,
    senders: row.senders.map(toSenderDto),
    receivedAt: row.receivedAt,
    registeredAt: row.registeredAt.toISOString(),
    deliveryMethod: row.deliveryMethod,
    organId: row.organId,
    fullScan: row.fullScan,
    status: row.status,
  };
}

export function toIncomingItemDto({
  row,
  files,
  corrections,
  distribution = null,
}: {
  row: IncomingItemRow;
  files: IncomingItemFileRow[];
  corrections: IncomingCorrectionRow[];
  distribution?: IncomingDistribution | null;
}): IncomingItem {
  return {
    ...toIncomingListItem(row),
    registeredBy: row.registeredBy,
    letterDate: row.letterDate,
    postingDate: row.postingDate,
    documentKind: row.documentKind,
    access: row.access,
    attachmentsCount: row.attachmentsCount,
    remarks: row.remarks,
    dcmiType: row.dcmiType as IncomingItem['dcmiType'],
    senderReference: row.senderReference,
    paperOriginal: row.paperStore ? { store: row.paperStore, box: row.paperBox } : null,
    noFullScanReason: row.noFullScanReason,
    notOpened: row.notOpened,
    cancellation:
      row.status === 'cancelled' && row.cancelledAt
        ? { reason: row.cancellationReason ?? '', at: row.cancelledAt.toISOString(), by: row.cancelledBy }
        : null,
    version: row.version,
    files: files.map((f) => ({ fileId: f.fileId, position: f.position })),
    corrections: corrections.map((c) => ({
      id: c.id,
      at: c.at.toISOString(),
      by: c.by,
      reason: c.reason,
      changes: c.changes,
    })),
    distribution,
  };
}

/** The columns a correction sets (only the fields given), as stored. */
export function correctionPatch(input: CorrectIncomingInput): Partial<IncomingItemRow> {
  const { reason: _reason, version: _version, paperOriginal, ...fields } = input;
  const patch: Partial<IncomingItemRow> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) Object.assign(patch, { [key]: value });
  }
  if (paperOriginal !== undefined) {
    patch.paperStore = paperOriginal?.store ?? null;
    patch.paperBox = paperOriginal?.box ?? null;
  }
  return patch;
}

/** Each field whose value the patch changes, with the old and new value. */
export function diffIncoming(
  before: IncomingItemRow,
  patch: Partial<IncomingItemRow>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(patch)) {
    const from = before[key as keyof IncomingItemRow];
    if (JSON.stringify(from ?? null) !== JSON.stringify(to ?? null)) changes[key] = { from, to };
  }
  return changes;
}
