import type {
  ErrorInfo,
  EvidenceType,
  FileMetadata,
  HybridShipment,
  MessageAddressData,
  ShippingService,
} from './edelivery.types.js';

/** In-memory records of the e-Doręczenia simulator (no I/O here). */

export type StoredAttachment = {
  attachmentId: string;
  order: number;
  fileMetadata: FileMetadata & { filename: string; contentType: string; size: number; hash: string };
  /** Kept by reference: a caller that reuses one buffer for many messages costs no memory per message. */
  bytes: Uint8Array;
};

/** The way one recipient got (or did not get) the message. */
export type Delivery = {
  /** The recipient's ADE; `undefined` for the postal recipient of a hybrid shipment. */
  ade?: string;
  party: MessageAddressData;
  /** A public entity (podmiot publiczny): it receives on arrival (KPA art. 61 § 3a). */
  public: boolean;
  /** D.1 (hybrid: H.PN): made available for collection. */
  availableAt?: Date;
  /** The receipt date (BP.OX / H.EPO): collection, arrival (public recipient) or fiction. */
  receiptAt?: Date;
  receiptKind?: 'collected' | 'arrival' | 'fiction';
  /** E.1: the recipient opened (collected) the message. */
  handedOverAt?: Date;
  failedAt?: Date;
  /** When the fiction of delivery falls due, for a public sender and a non-public recipient. */
  fictionAt?: Date;
};

export type StoredEvidence = {
  evidenceId: string;
  messageId: string;
  type: EvidenceType;
  createDate: Date;
  eventDate: Date;
  reasonId?: string;
  reasonDetails?: string[];
  from: MessageAddressData;
  to: MessageAddressData;
  /** Confirmation of sending (BP.WX/BP.WP) and rejection (A.2) are the sender's only. */
  senderOnly: boolean;
  /** ADEs that downloaded the file (`downloaded` is per mailbox). */
  downloadedBy: Set<string>;
  transmission: Transmission;
};

/** One message as it travels: shared by the sender's SENT copy and each recipient's INBOX copy. */
export type Transmission = {
  messageId: string;
  messageTaskId: string;
  shippingService: ShippingService;
  senderAde: string;
  senderPublic: boolean;
  from: MessageAddressData;
  to: MessageAddressData[];
  subject: string;
  caseId?: string;
  threadId: string;
  refToMessageId?: string;
  additionalData?: Record<string, string>;
  hybridShipment?: HybridShipment;
  textBody?: string;
  attachments: StoredAttachment[];
  timestamp: Date;
  submittedAt?: Date;
  /** Set when the message was refused at submission (A.2, status `Odrzucona`). */
  rejection?: ErrorInfo[];
  deliveries: Delivery[];
  evidences: StoredEvidence[];
  /** Mailbox copies still holding it; at 0 it is forgotten. */
  copies: number;
  /** The earliest pending fiction time (ms), so settling is O(1) when nothing is due. */
  nextFictionAt?: number;
};

export type MailboxCopy = {
  transmission: Transmission;
  folder: 'inbox' | 'sent';
  owner: Mailbox;
  opened: boolean;
};

export type Draft = {
  messageId: string;
  shippingService: ShippingService;
  from: MessageAddressData;
  to: MessageAddressData[];
  subject: string;
  caseId?: string;
  threadId?: string;
  refToMessageId?: string;
  additionalData?: Record<string, string>;
  hybridShipment?: HybridShipment;
  textBody?: string;
  attachments: StoredAttachment[];
  timestamp: Date;
};

export type Mailbox = {
  ade: string;
  name: string;
  public: boolean;
  /** When set, only tokens of this OAuth client may use the mailbox. */
  clientId?: string;
  drafts: Map<string, Draft>;
  /** Every message copy (INBOX and SENT) in arrival order. */
  messages: Map<string, MailboxCopy>;
  inbox: Map<string, MailboxCopy>;
  sent: Map<string, MailboxCopy>;
  /** Ids of drafts already sent from this mailbox (to answer a second send). */
  sentDraftIds: Set<string>;
};

/** An error the simulator answers with the spec's `ErrorInfo[]` body. */
export class EDeliverySimulatorError extends Error {
  readonly status: number;
  readonly errors: ErrorInfo[];
  readonly code: string;

  constructor(status: number, errors: ErrorInfo[]) {
    super(errors.map((e) => `${e.error}: ${e.error_description}`).join('; '));
    this.name = 'EDeliverySimulatorError';
    this.status = status;
    this.errors = errors;
    this.code = errors[0]?.error ?? 'ERROR';
  }
}

export const simulatorError = (status: number, error: string, description: string, messageId?: string) =>
  new EDeliverySimulatorError(status, [
    { error, error_description: description, ...(messageId ? { messageId } : {}) },
  ]);
