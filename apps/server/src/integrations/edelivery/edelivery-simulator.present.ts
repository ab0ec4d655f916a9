import type {
  Draft,
  MailboxCopy,
  StoredAttachment,
  StoredEvidence,
  Transmission,
} from './edelivery-simulator.model.js';
import type {
  Attachment,
  Evidence,
  Label,
  Message,
  MessageFormat,
  MessageMetadata,
  MessageStatus,
} from './edelivery.types.js';

/** Shapes the simulator's records into the spec's JSON, per read mode. */

const DAY_MS = 86_400_000;

const base64Cache = new WeakMap<Uint8Array, string>();
/** Base64 of a buffer, computed once per buffer (benchmarks reuse one buffer for many messages). */
export function toBase64(bytes: Uint8Array): string {
  let encoded = base64Cache.get(bytes);
  if (encoded === undefined) {
    encoded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64');
    base64Cache.set(bytes, encoded);
  }
  return encoded;
}

export function presentAttachment(attachment: StoredAttachment, withContent: boolean): Attachment {
  return {
    order: attachment.order,
    attachmentId: attachment.attachmentId,
    file: {
      fileMetadata: { ...attachment.fileMetadata },
      ...(withContent ? { file: toBase64(attachment.bytes) } : {}),
    },
  };
}

function deliveriesSeenBy(copy: MailboxCopy) {
  const { deliveries } = copy.transmission;
  return copy.folder === 'inbox' ? deliveries.filter((d) => d.ade === copy.owner.ade) : deliveries;
}

export function statusOf(copy: MailboxCopy): MessageStatus {
  const t = copy.transmission;
  if (t.rejection) return 'Odrzucona';
  const deliveries = deliveriesSeenBy(copy);
  if (deliveries.length === 0) return 'W trakcie weryfikacji';
  if (deliveries.some((d) => !d.receiptAt && !d.failedAt))
    return t.shippingService === 'hybrid' ? 'Nadana' : 'Czeka na doręczenie';
  if (deliveries.some((d) => d.failedAt)) return 'Niedoręczona';
  if (deliveries.some((d) => d.receiptKind === 'fiction')) return 'Uznana za doręczoną';
  return 'Doręczona';
}

export function receiptDateOf(copy: MailboxCopy): Date | undefined {
  const deliveries = deliveriesSeenBy(copy);
  if (deliveries.length === 0 || deliveries.some((d) => !d.receiptAt)) return undefined;
  return new Date(Math.max(...deliveries.map((d) => d.receiptAt?.getTime() ?? 0)));
}

function daysToReceiveOf(copy: MailboxCopy, now: Date): number | undefined {
  const pending = deliveriesSeenBy(copy).find((d) => d.fictionAt && !d.receiptAt && !d.failedAt);
  if (!pending?.fictionAt) return undefined;
  return Math.max(0, Math.ceil((pending.fictionAt.getTime() - now.getTime()) / DAY_MS));
}

function labelsOf(copy: MailboxCopy): Label[] {
  const labels: Label[] = [{ label: copy.folder === 'inbox' ? 'INBOX' : 'SENT' }];
  if (!copy.opened) labels.push({ label: 'UNREAD' });
  return labels;
}

/** The evidences a mailbox sees: the sender sees all; a recipient its own, minus the sender's only. */
export function visibleEvidences(copy: MailboxCopy): StoredEvidence[] {
  const all = copy.transmission.evidences;
  if (copy.folder === 'sent') return all;
  return all.filter((e) => !e.senderOnly && e.to.eDeliveryAddress === copy.owner.ade);
}

export function presentEvidence(evidence: StoredEvidence, viewerAde: string, apiBaseUrl: string): Evidence {
  const kind = evidence.transmission.shippingService === 'hybrid' ? 'puh' : 'purde';
  return {
    evidenceId: evidence.evidenceId,
    messageId: evidence.messageId,
    createDate: evidence.createDate.toISOString(),
    eventDate: evidence.eventDate.toISOString(),
    ...(evidence.reasonId ? { reasonId: evidence.reasonId } : {}),
    ...(evidence.reasonDetails ? { reasonDetails: evidence.reasonDetails } : {}),
    externalData: `${apiBaseUrl}/${encodeURIComponent(viewerAde)}/evidences/${kind}/${evidence.evidenceId}`,
    downloaded: evidence.downloadedBy.has(viewerAde),
    type: evidence.type,
    from: evidence.from,
    to: evidence.to,
  };
}

function metadataOf(t: Transmission, copy: MailboxCopy, full: boolean): MessageMetadata {
  const receiptDate = receiptDateOf(copy);
  return {
    from: t.from,
    to: t.to,
    subject: t.subject,
    messageId: t.messageId,
    ...(t.refToMessageId ? { refToMessageId: t.refToMessageId } : {}),
    threadId: t.threadId,
    timestamp: t.timestamp.toISOString(),
    ...(receiptDate ? { receiptDate: receiptDate.toISOString() } : {}),
    ...(t.submittedAt && !t.rejection
      ? { submissionDate: t.submittedAt.toISOString(), eventDate: t.submittedAt.toISOString() }
      : {}),
    shippingService: t.shippingService,
    ...(full && t.caseId !== undefined ? { caseId: t.caseId } : {}),
    ...(full && t.hybridShipment ? { hybridShipment: t.hybridShipment } : {}),
    ...(full && t.additionalData ? { additionalData: t.additionalData } : {}),
  };
}

export function presentMessage({
  copy,
  format,
  apiBaseUrl,
  now,
}: {
  copy: MailboxCopy;
  format: MessageFormat;
  apiBaseUrl: string;
  now: Date;
}): Message {
  const t = copy.transmission;
  if (format === 'minimal')
    return {
      messageMetadata: { messageId: t.messageId, shippingService: t.shippingService },
      messageControlData: { messageType: 'Message' },
    };
  const full = format === 'full' || format === 'fullExtended';
  const daysToReceive = daysToReceiveOf(copy, now);
  const message: Message = {
    messageControlData: {
      opened: copy.opened,
      status: statusOf(copy),
      ...(t.rejection ? { statusDescription: t.rejection.map((r) => r.error_description).join(';') } : {}),
      messageType: 'Message',
      messageTaskId: t.messageTaskId,
      ...(daysToReceive !== undefined ? { daysToReceive } : {}),
      labels: labelsOf(copy),
    },
    messageMetadata: metadataOf(t, copy, full),
  };
  if (!full) return message;
  message.textBody = t.textBody ?? '';
  message.attachments = t.attachments.map((a) => presentAttachment(a, format === 'fullExtended'));
  if (format === 'fullExtended')
    message.evidences = visibleEvidences(copy).map((e) => presentEvidence(e, copy.owner.ade, apiBaseUrl));
  return message;
}

export function presentDraft(draft: Draft, format: MessageFormat): Message {
  const metadata: MessageMetadata = {
    from: draft.from,
    to: draft.to,
    subject: draft.subject,
    messageId: draft.messageId,
    timestamp: draft.timestamp.toISOString(),
    shippingService: draft.shippingService,
    ...(draft.caseId !== undefined ? { caseId: draft.caseId } : {}),
    ...(draft.threadId ? { threadId: draft.threadId } : {}),
    ...(draft.hybridShipment ? { hybridShipment: draft.hybridShipment } : {}),
    ...(draft.additionalData ? { additionalData: draft.additionalData } : {}),
  };
  if (format === 'minimal')
    return { messageMetadata: { messageId: draft.messageId, shippingService: draft.shippingService } };
  const message: Message = {
    messageControlData: { messageType: 'Message', labels: [{ label: 'DRAFT' }] },
    messageMetadata: metadata,
  };
  if (format === 'metadata') return message;
  return {
    ...message,
    textBody: draft.textBody ?? '',
    attachments: draft.attachments.map((a) => presentAttachment(a, false)),
  };
}
