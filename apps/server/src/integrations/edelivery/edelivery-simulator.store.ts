import { randomUUID } from 'node:crypto';
import { EDELIVERY_ERROR_CODES as CODES, checkAttachmentName, checkRecipients } from './edelivery.rules.js';
import { createEvidenceRecorder } from './edelivery-simulator.evidence.js';
import {
  EDeliverySimulatorError,
  simulatorError,
  type Delivery,
  type Draft,
  type Mailbox,
  type MailboxCopy,
  type StoredAttachment,
  type StoredEvidence,
  type Transmission,
} from './edelivery-simulator.model.js';
import type { ErrorInfo } from './edelivery.types.js';

const DAY_MS = 86_400_000;

export type SimulatorStats = {
  /** Successful sends per draft id: never above 1 when dispatch is idempotent. */
  sendsByDraftId: Record<string, number>;
  /** `POST /drafts/send` calls per draft id, refused ones included. */
  sendAttemptsByDraftId: Record<string, number>;
  messagesSent: number;
  messagesDelivered: number;
};

export type SimulatorStore = ReturnType<typeof createSimulatorStore>;

/**
 * The simulator's state and rules: mailboxes with drafts, INBOX and SENT; sending with evidences;
 * collection, fiction of delivery and failed delivery. Every operation is O(1) in the number of
 * messages (maps), except listing with filters.
 */
export function createSimulatorStore({ now, fictionDays }: { now: () => Date; fictionDays: number }) {
  const mailboxes = new Map<string, Mailbox>();
  const transmissions = new Map<string, Transmission>();
  const tasks = new Map<string, Transmission>();
  const evidenceIndex = new Map<string, StoredEvidence>();
  const sendCounts = new Map<string, number>();
  const sendAttempts = new Map<string, number>();
  const counters = { messagesSent: 0, messagesDelivered: 0 };
  const evidence = createEvidenceRecorder({ now, index: evidenceIndex });

  function addMailbox(ade: string, options: { name: string; public: boolean; clientId?: string }): Mailbox {
    const mailbox: Mailbox = {
      ade,
      name: options.name,
      public: options.public,
      ...(options.clientId ? { clientId: options.clientId } : {}),
      drafts: new Map(),
      messages: new Map(),
      inbox: new Map(),
      sent: new Map(),
      sentDraftIds: new Set(),
    };
    mailboxes.set(ade, mailbox);
    return mailbox;
  }

  function getMailbox(ade: string): Mailbox {
    const mailbox = mailboxes.get(ade);
    if (!mailbox) throw simulatorError(404, CODES.notFound, `No mailbox at address '${ade}'`);
    return mailbox;
  }

  function getDraft(mailbox: Mailbox, messageId: string): Draft {
    const draft = mailbox.drafts.get(messageId);
    if (!draft) throw simulatorError(404, CODES.notFound, `No draft '${messageId}'`, messageId);
    return draft;
  }

  function addAttachment(
    target: { attachments: StoredAttachment[]; shippingService: Draft['shippingService'] },
    file: Omit<StoredAttachment, 'attachmentId' | 'order'>,
  ): StoredAttachment {
    const problems = checkAttachmentName({
      filename: file.fileMetadata.filename,
      shippingService: target.shippingService,
      existingNames: target.attachments.map((a) => a.fileMetadata.filename),
    });
    if (problems.length > 0) throw new EDeliverySimulatorError(400, problems);
    const stored = { ...file, attachmentId: randomUUID(), order: target.attachments.length + 1 };
    target.attachments.push(stored);
    return stored;
  }

  function placeCopy(mailbox: Mailbox, transmission: Transmission, folder: 'inbox' | 'sent') {
    const copy: MailboxCopy = { transmission, folder, owner: mailbox, opened: folder === 'sent' };
    mailbox.messages.set(transmission.messageId, copy);
    mailbox[folder].set(transmission.messageId, copy);
    transmission.copies += 1;
  }

  /** Submits a message: A.1 (or A.2 when a recipient is unknown), D.1, business evidences, copies. */
  function transmit(transmission: Transmission, senderMailbox: Mailbox | undefined) {
    transmissions.set(transmission.messageId, transmission);
    tasks.set(transmission.messageTaskId, transmission);
    if (senderMailbox) placeCopy(senderMailbox, transmission, 'sent');
    const at = now();
    transmission.submittedAt = at;
    if (transmission.shippingService === 'hybrid') {
      const delivery: Delivery = { party: transmission.to[0] ?? {}, public: false, availableAt: at };
      transmission.deliveries.push(delivery);
      evidence.record(transmission, delivery, 'H.PN', { eventDate: at });
      return;
    }
    const unknown = transmission.to.filter((party) => !mailboxes.has(party.eDeliveryAddress ?? ''));
    if (unknown.length > 0) {
      transmission.rejection = unknown.map((party) => ({
        error: CODES.recipientUnknown,
        error_description: `No mailbox at address '${party.eDeliveryAddress ?? ''}'`,
        messageId: transmission.messageId,
      }));
      for (const party of unknown)
        evidence.record(transmission, { party }, 'A.2', {
          eventDate: at,
          senderOnly: true,
          reasonId: CODES.recipientUnknown,
          reasonDetails: transmission.rejection.map((p) => p.error_description),
        });
      return;
    }
    for (const party of transmission.to) {
      const recipient = getMailbox(party.eDeliveryAddress ?? '');
      const delivery: Delivery = { ade: recipient.ade, party, public: recipient.public, availableAt: at };
      transmission.deliveries.push(delivery);
      evidence.record(transmission, delivery, 'A.1', { eventDate: at });
      evidence.record(transmission, delivery, 'D.1', { eventDate: at });
      if (transmission.senderPublic || recipient.public) {
        evidence.record(transmission, delivery, 'BP.WX', { eventDate: at, senderOnly: true });
        evidence.record(transmission, delivery, 'BP.WP', { eventDate: at, senderOnly: true });
      }
      if (recipient.public) {
        delivery.receiptAt = at;
        delivery.receiptKind = 'arrival';
        evidence.record(transmission, delivery, 'BP.OX', { eventDate: at, reasonId: 'RECEIVED_ON_ARRIVAL' });
        evidence.record(transmission, delivery, 'BP.OP', { eventDate: at, reasonId: 'RECEIVED_ON_ARRIVAL' });
      } else if (transmission.senderPublic) {
        delivery.fictionAt = new Date(at.getTime() + fictionDays * DAY_MS);
        transmission.nextFictionAt = Math.min(
          transmission.nextFictionAt ?? Infinity,
          delivery.fictionAt.getTime(),
        );
      }
      placeCopy(recipient, transmission, 'inbox');
    }
  }

  /** Issues what fell due with time: the fiction of delivery (BP.OX/BP.OP without E.1). */
  function settle(transmission: Transmission) {
    const due = transmission.nextFictionAt;
    if (due === undefined || now().getTime() < due) return;
    transmission.nextFictionAt = undefined;
    for (const delivery of transmission.deliveries) {
      if (!delivery.fictionAt || delivery.receiptAt || delivery.failedAt) continue;
      if (delivery.fictionAt.getTime() > now().getTime()) {
        transmission.nextFictionAt = Math.min(
          transmission.nextFictionAt ?? Infinity,
          delivery.fictionAt.getTime(),
        );
        continue;
      }
      delivery.receiptAt = delivery.fictionAt;
      delivery.receiptKind = 'fiction';
      const details = { eventDate: delivery.fictionAt, reasonId: 'DELIVERY_FICTION' };
      evidence.record(transmission, delivery, 'BP.OX', details);
      evidence.record(transmission, delivery, 'BP.OP', details);
    }
  }

  function findDelivery(transmission: Transmission, recipientAde?: string): Delivery {
    const delivery = recipientAde
      ? transmission.deliveries.find((d) => d.ade === recipientAde)
      : transmission.deliveries[0];
    if (!delivery)
      throw simulatorError(
        404,
        CODES.notFound,
        `No delivery of ${transmission.messageId} to '${recipientAde ?? '?'}'`,
      );
    return delivery;
  }

  /** The recipient opens (collects) the message: E.1, and BP.OX/BP.OP when it had no receipt yet. */
  function collect(transmission: Transmission, delivery: Delivery) {
    settle(transmission);
    if (delivery.handedOverAt || delivery.failedAt) return;
    const at = now();
    if (transmission.shippingService === 'hybrid') {
      delivery.handedOverAt = at;
      delivery.receiptAt = at;
      delivery.receiptKind = 'collected';
      evidence.record(transmission, delivery, 'H.EPO', { eventDate: at });
      return;
    }
    delivery.handedOverAt = at;
    evidence.record(transmission, delivery, 'E.1', { eventDate: at });
    if (!delivery.receiptAt) {
      delivery.receiptAt = at;
      delivery.receiptKind = 'collected';
      evidence.record(transmission, delivery, 'BP.OX', { eventDate: at });
      evidence.record(transmission, delivery, 'BP.OP', { eventDate: at });
    }
  }

  function failDelivery(transmission: Transmission, delivery: Delivery, reason: string) {
    settle(transmission);
    if (delivery.receiptAt || delivery.failedAt) return;
    delivery.failedAt = now();
    const type = transmission.shippingService === 'hybrid' ? 'H.DW' : 'E.2';
    evidence.record(transmission, delivery, type, { eventDate: delivery.failedAt, reasonDetails: [reason] });
  }

  function removeCopy(mailbox: Mailbox, messageId: string) {
    const copy = mailbox.messages.get(messageId);
    if (!copy) throw simulatorError(404, CODES.notFound, `No message '${messageId}'`, messageId);
    mailbox.messages.delete(messageId);
    mailbox[copy.folder].delete(messageId);
    const transmission = copy.transmission;
    transmission.copies -= 1;
    if (transmission.copies > 0) return;
    transmissions.delete(messageId);
    tasks.delete(transmission.messageTaskId);
    for (const item of transmission.evidences) evidenceIndex.delete(item.evidenceId);
  }

  function countSendAttempt(messageId: string) {
    sendAttempts.set(messageId, (sendAttempts.get(messageId) ?? 0) + 1);
  }

  function sendDraft(mailbox: Mailbox, messageId: string): Transmission {
    countSendAttempt(messageId);
    if (mailbox.sentDraftIds.has(messageId))
      throw simulatorError(400, CODES.alreadySent, `Draft '${messageId}' was sent already`, messageId);
    const draft = getDraft(mailbox, messageId);
    const problems: ErrorInfo[] = [...checkRecipients(draft)];
    if (draft.subject.trim() === '')
      problems.push({ error: CODES.subjectMissing, error_description: 'No subject' });
    if (draft.to.some((party) => party.eDeliveryAddress === mailbox.ade))
      problems.push({ error: CODES.invalidAddress, error_description: 'A mailbox cannot send to itself' });
    if (draft.shippingService === 'hybrid' && !draft.hybridShipment)
      problems.push({ error: CODES.hybridShipmentMissing, error_description: 'hybridShipment is required' });
    if (draft.shippingService === 'hybrid' && draft.attachments.length === 0)
      problems.push({
        error: CODES.hybridPdfOnly,
        error_description: 'A hybrid shipment needs a PDF to print',
      });
    if (problems.length > 0)
      throw new EDeliverySimulatorError(
        400,
        problems.map((p) => ({ ...p, messageId })),
      );
    mailbox.drafts.delete(messageId);
    mailbox.sentDraftIds.add(messageId);
    const { attachments, timestamp: _, ...rest } = draft;
    const transmission: Transmission = {
      ...rest,
      threadId: draft.threadId ?? messageId,
      messageTaskId: randomUUID(),
      senderAde: mailbox.ade,
      senderPublic: mailbox.public,
      attachments,
      timestamp: now(),
      deliveries: [],
      evidences: [],
      copies: 0,
    };
    transmit(transmission, mailbox);
    sendCounts.set(messageId, (sendCounts.get(messageId) ?? 0) + 1);
    counters.messagesSent += 1;
    return transmission;
  }

  return {
    addMailbox,
    getMailbox,
    findMailbox: (ade: string) => mailboxes.get(ade),
    listMailboxes: () => [...mailboxes.values()],
    getDraft,
    addAttachment,
    sendDraft,
    transmit: (transmission: Transmission, senderMailbox: Mailbox | undefined) => {
      transmit(transmission, senderMailbox);
      counters.messagesDelivered += 1;
    },
    settle,
    collect,
    failDelivery,
    findDelivery,
    removeCopy,
    findTransmission(messageId: string): Transmission {
      const transmission = transmissions.get(messageId);
      if (!transmission) throw simulatorError(404, CODES.notFound, `No message '${messageId}'`, messageId);
      settle(transmission);
      return transmission;
    },
    /** The mailbox's copy of a message, settled (fiction applied). */
    getCopy(mailbox: Mailbox, messageId: string): MailboxCopy {
      const copy = mailbox.messages.get(messageId);
      if (!copy) throw simulatorError(404, CODES.notFound, `No message '${messageId}'`, messageId);
      settle(copy.transmission);
      return copy;
    },
    /** Marks a copy read; for the recipient that is collection (E.1, and the receipt if due). */
    openCopy(copy: MailboxCopy) {
      copy.opened = true;
      if (copy.folder !== 'inbox') return;
      const delivery = copy.transmission.deliveries.find((d) => d.ade === copy.owner.ade);
      if (delivery) collect(copy.transmission, delivery);
    },
    findEvidence: (evidenceId: string) => evidenceIndex.get(evidenceId),
    findTask: (messageTaskId: string) => tasks.get(messageTaskId),
    stats: (): SimulatorStats => ({
      sendsByDraftId: Object.fromEntries(sendCounts),
      sendAttemptsByDraftId: Object.fromEntries(sendAttempts),
      ...counters,
    }),
  };
}
