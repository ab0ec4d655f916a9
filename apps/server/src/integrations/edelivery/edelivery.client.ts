import { randomUUID } from 'node:crypto';
import { createTransport, parseJson, type EDeliveryClientOptions } from './edelivery-client.transport.js';
import { EDeliveryError } from './edelivery.errors.js';
import { computeFileHash, FILE_HASH_ALG, matchesFileHash } from './edelivery.hash.js';
import type {
  Attachment,
  Evidence,
  EvidenceWrapper,
  FileData,
  FileMetadata,
  FileWrapper,
  FullExtendedMessage,
  FullMessage,
  HybridShipment,
  Message,
  MessageAddressData,
  MessageFormat,
  MessageInfo,
  MessageListFormat,
  MessageOperationResponseSingleWrapperPut,
  MessagesWrapper,
  MessageTaskStatus,
  ShippingService,
} from './edelivery.types.js';

export type { EDeliveryClientOptions } from './edelivery-client.transport.js';

export type DraftAttachmentInput = {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
  description?: string;
};

export type CreateDraftInput = {
  subject: string;
  textBody?: string;
  caseId?: string;
  threadId?: string;
  refToMessageId?: string;
  /** Recipients: an ADE string, or `MessageAddressData` (a postal `address` for hybrid). */
  to: (string | MessageAddressData)[];
  shippingService: ShippingService;
  hybridShipment?: HybridShipment;
  additionalData?: Record<string, string>;
  /** Extra sender data (hybrid: the office's postal address); `eDeliveryAddress` is always ours. */
  from?: Omit<MessageAddressData, 'eDeliveryAddress'>;
  attachments: DraftAttachmentInput[];
};

export type CreatedDraft = {
  messageId: string;
  attachments: { attachmentId: string; fileMetadata: FileMetadata }[];
  warnings: string[];
};

export type ListMessagesQuery = {
  format?: MessageListFormat;
  offset?: number;
  /** 1–2000, spec default 20. */
  limit?: number;
  /** Folder: `INBOX`, `SENT`, or a directory label. */
  label?: string;
  sender?: string;
  recipient?: string;
  subject?: string;
  opened?: boolean;
  attachments?: boolean;
  shippingService?: ShippingService;
  sortColumn?:
    'sender' | 'recipient' | 'subject' | 'submissionDate' | 'eventDate' | 'reciptDate' | 'timestamp';
  sortDirection?: 'asc' | 'desc';
  submissionDateFrom?: Date;
  submissionDateTo?: Date;
  eventDateFrom?: Date;
  eventDateTo?: Date;
  receiptDateFrom?: Date;
  receiptDateTo?: Date;
};

export type EvidenceFile = { bytes: Uint8Array; contentType: string; filename?: string };

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;
const enc = encodeURIComponent;

const invalid = (message: string) => new EDeliveryError({ code: 'edelivery.invalid_response', message });

/**
 * The content of an attachment that came with its content (`getAttachment`, or a message read in
 * `fullExtended` mode), checked against the SHA-3 hash and size of its own `FileMetadata` and of
 * `expected` (the metadata read earlier) when given. Throws `edelivery.hash_mismatch`.
 */
export function readAttachmentContent(attachment: Attachment, expected?: FileMetadata): Uint8Array {
  const content = attachment.file?.file;
  if (typeof content !== 'string' || !BASE64.test(content))
    throw invalid(`Attachment ${attachment.attachmentId ?? '?'} has no base64 content`);
  const bytes = new Uint8Array(Buffer.from(content, 'base64'));
  const references = [attachment.file?.fileMetadata, expected].filter((m): m is FileMetadata => !!m);
  const hashes = [...new Set(references.map((m) => m.hash).filter((h): h is string => !!h))];
  if (hashes.length === 0) throw invalid(`Attachment ${attachment.attachmentId ?? '?'} comes without a hash`);
  const sizeMismatch = references.some((m) => typeof m.size === 'number' && m.size !== bytes.length);
  if (sizeMismatch || hashes.some((hash) => !matchesFileHash(bytes, hash)))
    throw new EDeliveryError({
      code: 'edelivery.hash_mismatch',
      message: `Attachment ${attachment.attachmentId ?? '?'} does not match its SHA-3 hash or size`,
    });
  return bytes;
}

function toDraftBody(input: CreateDraftInput, eDeliveryAddress: string): Message {
  const to = input.to.map((party) => (typeof party === 'string' ? { eDeliveryAddress: party } : party));
  return {
    messageMetadata: {
      from: { ...input.from, eDeliveryAddress },
      to,
      subject: input.subject,
      shippingService: input.shippingService,
      ...(input.caseId !== undefined ? { caseId: input.caseId } : {}),
      ...(input.threadId !== undefined ? { threadId: input.threadId } : {}),
      ...(input.refToMessageId !== undefined ? { refToMessageId: input.refToMessageId } : {}),
      ...(input.hybridShipment ? { hybridShipment: input.hybridShipment } : {}),
      ...(input.additionalData ? { additionalData: input.additionalData } : {}),
    },
    ...(input.textBody !== undefined ? { textBody: input.textBody } : {}),
  };
}

function toFileData(attachment: DraftAttachmentInput): FileData & { fileMetadata: FileMetadata } {
  return {
    fileMetadata: {
      fileId: randomUUID(),
      filename: attachment.filename,
      contentType: attachment.contentType,
      size: attachment.bytes.length,
      alg: FILE_HASH_ALG,
      hash: computeFileHash(attachment.bytes),
      ...(attachment.description !== undefined ? { description: attachment.description } : {}),
    },
    file: Buffer.from(attachment.bytes.buffer, attachment.bytes.byteOffset, attachment.bytes.length).toString(
      'base64',
    ),
  };
}

function asFullMessage(message: Message, id: string): FullMessage {
  const { messageMetadata, messageControlData } = message;
  if (!messageMetadata || !messageControlData) throw invalid(`Message ${id} lacks metadata or control data`);
  return {
    ...message,
    messageControlData,
    messageMetadata: { ...messageMetadata, messageId: messageMetadata.messageId ?? id },
    attachments: message.attachments ?? [],
  };
}

const isoDate = (date: Date | undefined) => date?.toISOString();

export type EDeliveryClient = ReturnType<typeof createEDeliveryClient>;

/** A client of the e-Doręczenia User Agent API for one ADE (the office's mailbox). */
export function createEDeliveryClient(options: EDeliveryClientOptions) {
  const transport = createTransport(options);
  const { call, callJson } = transport;

  async function deleteDraft(messageId: string): Promise<void> {
    await call({ method: 'DELETE', path: `/drafts/${enc(messageId)}` });
  }

  async function getMessages(messageIds: string[], mode: MessageFormat = 'full'): Promise<Message[]> {
    const path = `/messages/${messageIds.map(enc).join(',')}`;
    const exchange = await call({ method: 'GET', path, query: { format: mode } });
    if (exchange.status === 202)
      throw new EDeliveryError({
        code: 'edelivery.unavailable',
        message: `${path}: still being processed`,
        status: 202,
      });
    const body = parseJson(exchange, `GET ${path}`);
    if (!Array.isArray(body)) throw invalid(`GET ${path}: expected an array of messages`);
    return body as Message[];
  }

  async function getMessage(messageId: string, mode: 'fullExtended'): Promise<FullExtendedMessage>;
  async function getMessage(messageId: string, mode?: 'full'): Promise<FullMessage>;
  async function getMessage(messageId: string, mode: 'minimal' | 'metadata'): Promise<Message>;
  async function getMessage(messageId: string, mode: MessageFormat = 'full'): Promise<Message> {
    const messages = await getMessages([messageId], mode);
    const message = messages.find((m) => m.messageMetadata?.messageId === messageId) ?? messages[0];
    if (!message)
      throw new EDeliveryError({ code: 'edelivery.not_found', message: `Message ${messageId} not found` });
    if (mode === 'minimal' || mode === 'metadata') return message;
    const full = asFullMessage(message, messageId);
    return mode === 'fullExtended' ? { ...full, evidences: message.evidences ?? [] } : full;
  }

  return {
    /**
     * `POST /drafts`, then `POST /drafts/{id}/attachments` for each file (JSON `FileData`, content in
     * base64, SHA3-256 hash). When an attachment is refused the draft is deleted (best effort) and the
     * error is thrown, so no incomplete draft is left to be sent.
     */
    async createDraft(input: CreateDraftInput): Promise<CreatedDraft> {
      const created = await callJson<MessageOperationResponseSingleWrapperPut>({
        method: 'POST',
        path: '/drafts',
        json: toDraftBody(input, options.eDeliveryAddress),
      });
      const messageId = created.messageId;
      if (!messageId) throw invalid('POST /drafts: no messageId');
      const warnings = created.warning ? [created.warning] : [];
      const attachments: CreatedDraft['attachments'] = [];
      try {
        for (const attachment of input.attachments) {
          const fileData = toFileData(attachment);
          const stored = await callJson<FileWrapper>({
            method: 'POST',
            path: `/drafts/${enc(messageId)}/attachments`,
            json: fileData,
          });
          if (!stored.attachmentId) throw invalid('POST /drafts/{id}/attachments: no attachmentId');
          attachments.push({
            attachmentId: stored.attachmentId,
            fileMetadata: stored.fileMetadata ?? fileData.fileMetadata,
          });
          if (stored.warning) warnings.push(stored.warning);
        }
      } catch (error) {
        await deleteDraft(messageId).catch(() => undefined);
        throw error;
      }
      return { messageId, attachments, warnings };
    },

    /**
     * `POST /drafts/send`. The sent message keeps the draft's id. A draft sent before answers
     * `edelivery.already_sent`; a lost answer can be checked with `getMessage(messageId, 'metadata')`.
     */
    async sendDraft(
      messageId: string,
    ): Promise<{ messageId: string; messageTaskId?: string; warning?: string }> {
      const info = await callJson<MessageInfo>({ method: 'POST', path: '/drafts/send', json: { messageId } });
      return {
        messageId,
        ...(info.messageTaskId ? { messageTaskId: info.messageTaskId } : {}),
        ...(info.warning ? { warning: info.warning } : {}),
      };
    },

    deleteDraft,

    /** `GET /drafts/{id}`: a draft not sent yet (`edelivery.not_found` once it is sent or deleted). */
    async getDraft(messageId: string, mode: 'full' | 'metadata' | 'minimal' = 'full'): Promise<Message> {
      return callJson<Message>({ method: 'GET', path: `/drafts/${enc(messageId)}`, query: { format: mode } });
    },

    async getMessageTaskStatus(messageTaskId: string): Promise<MessageTaskStatus['messageTaskStatus']> {
      const body = await callJson<MessageTaskStatus>({
        method: 'GET',
        path: `/messages/tasks/${enc(messageTaskId)}/status`,
      });
      if (body.messageTaskStatus !== 'FINISHED' && body.messageTaskStatus !== 'PENDING')
        throw invalid('Unknown task status');
      return body.messageTaskStatus;
    },

    /** `GET /messages` (spec default format `minimal`). */
    async listMessages(
      query: ListMessagesQuery = {},
    ): Promise<{ messages: Message[]; ids: string[]; total: number; warning?: string }> {
      const body = await callJson<MessagesWrapper>({
        method: 'GET',
        path: '/messages',
        query: {
          ...query,
          format: query.format ?? 'minimal',
          submissionDateFrom: isoDate(query.submissionDateFrom),
          submissionDateTo: isoDate(query.submissionDateTo),
          eventDateFrom: isoDate(query.eventDateFrom),
          eventDateTo: isoDate(query.eventDateTo),
          receiptDateFrom: isoDate(query.receiptDateFrom),
          receiptDateTo: isoDate(query.receiptDateTo),
        },
      });
      if (!Array.isArray(body.messages)) throw invalid('GET /messages: no messages array');
      return {
        messages: body.messages,
        ids: body.messages.flatMap((m) =>
          m.messageMetadata?.messageId ? [m.messageMetadata.messageId] : [],
        ),
        total: body.total ?? body.resultSize ?? body.messages.length,
        ...(body.warning ? { warning: body.warning } : {}),
      };
    },

    /** `GET /messages/{id}` (up to 50 ids). Reading in `full`/`fullExtended` marks it opened (collects it). */
    getMessage,
    getMessages,

    async deleteMessage(messageId: string): Promise<void> {
      await call({ method: 'DELETE', path: `/messages/${enc(messageId)}` });
    },

    /** `GET /messages/{id}/attachments/{aid}`: the content, verified (see `readAttachmentContent`). */
    async getAttachment(
      messageId: string,
      attachmentId: string,
      expected?: FileMetadata,
    ): Promise<Uint8Array> {
      const attachment = await callJson<Attachment>({
        method: 'GET',
        path: `/messages/${enc(messageId)}/attachments/${enc(attachmentId)}`,
      });
      return readAttachmentContent({ attachmentId, ...attachment }, expected);
    },

    /** `GET /messages/{id}/evidences`; `type` as the server spells it (e.g. `A.1`). */
    async listEvidences(
      messageId: string,
      filter: { type?: string; downloaded?: boolean; sortDirection?: 'asc' | 'desc' } = {},
    ): Promise<Evidence[]> {
      const body = await callJson<EvidenceWrapper>({
        method: 'GET',
        path: `/messages/${enc(messageId)}/evidences`,
        query: { ...filter, ...(filter.sortDirection ? { sortColumn: 'eventDate' } : {}) },
      });
      if (body.evidences !== undefined && !Array.isArray(body.evidences))
        throw invalid('evidences is not an array');
      return body.evidences ?? [];
    },

    /** `GET /evidences/{purde|puh}/{evidenceId}`: the evidence file (XML or PDF). */
    async getEvidenceFile({
      evidenceId,
      messageType = 'purde',
    }: {
      evidenceId: string;
      messageType?: 'purde' | 'puh';
    }): Promise<EvidenceFile> {
      const exchange = await call({ method: 'GET', path: `/evidences/${messageType}/${enc(evidenceId)}` });
      const disposition = /filename="?([^";]+)"?/.exec(exchange.headers['content-disposition'] ?? '');
      return {
        bytes: new Uint8Array(exchange.body),
        contentType: exchange.headers['content-type'] ?? 'application/octet-stream',
        ...(disposition?.[1] ? { filename: disposition[1] } : {}),
      };
    },

    /** `GET /evidences/puhepo/{messageId}`: the H.EPO return receipt of a hybrid shipment. */
    async getHybridReturnReceipt(messageId: string): Promise<Uint8Array> {
      return new Uint8Array(
        (await call({ method: 'GET', path: `/evidences/puhepo/${enc(messageId)}` })).body,
      );
    },

    /** `GET /evidences/{messageId}/technical-evidences-file`: a ZIP of the message's evidences. */
    async getTechnicalEvidencesFile(messageId: string): Promise<Uint8Array> {
      const path = `/evidences/${enc(messageId)}/technical-evidences-file`;
      return new Uint8Array((await call({ method: 'GET', path })).body);
    },

    /** Closes the kept-alive connections. */
    close: transport.close,
  };
}
