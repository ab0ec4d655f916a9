import { randomUUID } from 'node:crypto';
import { EDELIVERY_ERROR_CODES as CODES, checkTextBody } from './edelivery.rules.js';
import { computeFileHash, FILE_HASH_ALG } from './edelivery.hash.js';
import { EDeliverySimulatorError, simulatorError, type Transmission } from './edelivery-simulator.model.js';
import { statusOf, receiptDateOf } from './edelivery-simulator.present.js';
import type { SimulatorStats, SimulatorStore } from './edelivery-simulator.store.js';
import { isEDeliveryAddress, type MessageStatus } from './edelivery.types.js';

const DAY_MS = 86_400_000;

export type SimulatorFailure = {
  /**
   * `down`: the connection is reset; `unavailable`: 503; `error`: 500; `slow`: answered after
   * `delayMs`; `lose_response`: the request is processed, then the connection is reset before the
   * answer (a send that happened although the caller saw a failure).
   */
  mode: 'down' | 'unavailable' | 'error' | 'slow' | 'lose_response' | null;
  delayMs?: number;
  /** Only the next N matching calls; unlimited when absent. */
  times?: number;
  /** Only calls whose path contains this text (e.g. `/drafts/send`, `/token`). */
  pathIncludes?: string;
};

export type DeliverToOfficeInput = {
  toAde: string;
  fromAde: string;
  fromName: string;
  /** Whether the outside sender is a public entity (default: its mailbox's flag, else false). */
  fromPublic?: boolean;
  subject: string;
  textBody?: string;
  caseId?: string;
  threadId?: string;
  refToMessageId?: string;
  /** `bytes` is kept by reference, not copied. */
  attachments: { filename: string; contentType: string; bytes: Uint8Array; description?: string }[];
};

export type SimulatorMessageSummary = {
  messageId: string;
  folder: 'inbox' | 'sent';
  subject: string;
  status: MessageStatus;
  opened: boolean;
  from?: string;
  to: string[];
  receiptDate?: string;
  evidenceTypes: string[];
};

export type SimulatorControlStats = SimulatorStats & {
  apiRequests: number;
  tokensIssued: number;
  failuresInjected: number;
};

const hashCache = new WeakMap<Uint8Array, string>();
function cachedFileHash(bytes: Uint8Array): string {
  let hash = hashCache.get(bytes);
  if (!hash) hashCache.set(bytes, (hash = computeFileHash(bytes)));
  return hash;
}

export type SimulatorControl = ReturnType<typeof createSimulatorControl>;

export function createSimulatorControl({
  store,
  now,
  clock,
  failure,
  counters,
  revokeTokens,
  tokensIssued,
}: {
  store: SimulatorStore;
  now: () => Date;
  clock: { offsetMs: number };
  failure: { current: SimulatorFailure | null };
  counters: { apiRequests: number; failuresInjected: number };
  revokeTokens: () => void;
  tokensIssued: () => number;
}) {
  const findTransmission = (messageId: string): Transmission => store.findTransmission(messageId);

  return {
    /** Registers a mailbox (ADE); `public` marks a public entity (podmiot publiczny). */
    addMailbox(ade: string, options: { name: string; public: boolean; clientId?: string }): void {
      if (!isEDeliveryAddress(ade))
        throw simulatorError(400, CODES.invalidAddress, `Not an e-Delivery address: '${ade}'`);
      store.addMailbox(ade, options);
    },

    /** An outside sender writes to a mailbox (e.g. the office's): INBOX copy with A.1/D.1 evidences. */
    deliverToOffice(input: DeliverToOfficeInput): { messageId: string } {
      const recipient = store.getMailbox(input.toAde);
      if (!isEDeliveryAddress(input.fromAde))
        throw simulatorError(400, CODES.invalidAddress, `Not an e-Delivery address: '${input.fromAde}'`);
      const problems = checkTextBody(input.textBody);
      if (problems.length > 0) throw new EDeliverySimulatorError(400, problems);
      const senderMailbox = store.findMailbox(input.fromAde);
      const messageId = randomUUID();
      const from = { eDeliveryAddress: input.fromAde, contributor: { companyName: input.fromName } };
      const target = {
        attachments: [] as Transmission['attachments'],
        shippingService: 'electronic' as const,
      };
      for (const file of input.attachments)
        store.addAttachment(target, {
          bytes: file.bytes,
          fileMetadata: {
            fileId: randomUUID(),
            filename: file.filename,
            contentType: file.contentType,
            size: file.bytes.length,
            alg: FILE_HASH_ALG,
            hash: cachedFileHash(file.bytes),
            ...(file.description !== undefined ? { description: file.description } : {}),
          },
        });
      store.transmit(
        {
          messageId,
          messageTaskId: randomUUID(),
          shippingService: 'electronic',
          senderAde: input.fromAde,
          senderPublic: input.fromPublic ?? senderMailbox?.public ?? false,
          from,
          to: [{ eDeliveryAddress: recipient.ade, contributor: { companyName: recipient.name } }],
          subject: input.subject,
          ...(input.caseId !== undefined ? { caseId: input.caseId } : {}),
          threadId: input.threadId ?? messageId,
          ...(input.refToMessageId !== undefined ? { refToMessageId: input.refToMessageId } : {}),
          ...(input.textBody !== undefined ? { textBody: input.textBody } : {}),
          attachments: target.attachments,
          timestamp: now(),
          deliveries: [],
          evidences: [],
          copies: 0,
        },
        senderMailbox,
      );
      return { messageId };
    },

    /** The addressee opens (collects) the message: E.1 (+ BP.OX/BP.OP, status `Doręczona`). */
    collect(messageId: string, options: { recipientAde?: string } = {}): void {
      const transmission = findTransmission(messageId);
      const delivery = store.findDelivery(transmission, options.recipientAde);
      store.collect(transmission, delivery);
      const copy = delivery.ade ? store.findMailbox(delivery.ade)?.messages.get(messageId) : undefined;
      if (copy) copy.opened = true;
    },

    /** Delivery fails (E.2; hybrid: H.DW): status `Niedoręczona`. */
    failDelivery(messageId: string, options: { recipientAde?: string; reason?: string } = {}): void {
      const transmission = findTransmission(messageId);
      store.failDelivery(
        transmission,
        store.findDelivery(transmission, options.recipientAde),
        options.reason ?? 'Delivery failed',
      );
    },

    /** Moves the simulator's clock forward (fiction of delivery falls due on the next read). */
    advance(days: number): void {
      clock.offsetMs += days * DAY_MS;
    },

    now,

    setFailure(next: SimulatorFailure | null): void {
      failure.current = next?.mode && (next.times === undefined || next.times > 0) ? { ...next } : null;
    },

    /** Replaces an attachment's stored bytes with altered ones, keeping its hash (tests of hash checks). */
    tamperAttachment(messageId: string, attachmentId: string): void {
      const attachment = findTransmission(messageId).attachments.find((a) => a.attachmentId === attachmentId);
      if (!attachment) throw simulatorError(404, CODES.notFound, `No attachment '${attachmentId}'`);
      const altered = new Uint8Array(attachment.bytes);
      altered[0] = (altered[0] ?? 0) ^ 0xff;
      attachment.bytes = altered.length > 0 ? altered : new Uint8Array([1]);
    },

    /** Revokes every token: the next API call answers 401. */
    revokeTokens,

    stats(): SimulatorControlStats {
      return { ...store.stats(), ...counters, tokensIssued: tokensIssued() };
    },

    listMessages(ade: string, folder?: 'inbox' | 'sent'): SimulatorMessageSummary[] {
      const mailbox = store.getMailbox(ade);
      const copies = folder ? mailbox[folder] : mailbox.messages;
      return [...copies.values()].map((copy) => {
        store.settle(copy.transmission);
        const t = copy.transmission;
        const receiptDate = receiptDateOf(copy);
        return {
          messageId: t.messageId,
          folder: copy.folder,
          subject: t.subject,
          status: statusOf(copy),
          opened: copy.opened,
          ...(t.from.eDeliveryAddress ? { from: t.from.eDeliveryAddress } : {}),
          to: t.to.map((p) => p.eDeliveryAddress ?? p.address?.city ?? ''),
          ...(receiptDate ? { receiptDate: receiptDate.toISOString() } : {}),
          evidenceTypes: t.evidences.map((e) => e.type),
        };
      });
    },

    /** Ids of the drafts waiting in a mailbox. */
    listDrafts: (ade: string): string[] => [...store.getMailbox(ade).drafts.keys()],

    listMailboxes: () => store.listMailboxes().map((m) => ({ ade: m.ade, name: m.name, public: m.public })),
  };
}
