import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  EDELIVERY_ERROR_CODES as CODES,
  EDELIVERY_LIMITS,
  checkRecipients,
  checkTextBody,
} from './edelivery.rules.js';
import { computeFileHash, FILE_HASH_ALG, matchesFileHash } from './edelivery.hash.js';
import {
  readFormat,
  resolveMailbox,
  type Query,
  type SimulatorContext,
} from './edelivery-simulator.context.js';
import { EDeliverySimulatorError, simulatorError, type Draft } from './edelivery-simulator.model.js';
import { presentAttachment, presentDraft } from './edelivery-simulator.present.js';
import {
  draftBodySchema,
  fileDataSchema,
  parseBody,
  sendDraftSchema,
} from './edelivery-simulator.schemas.js';
import type { ErrorInfo } from './edelivery.types.js';

type DraftParams = { ade: string; messageId: string };
type DraftAttachmentParams = DraftParams & { attachmentId: string };

/** `/{eDeliveryAddress}/drafts…`: drafts, their attachments (JSON `FileData`, base64) and sending. */
export function registerDraftRoutes(app: FastifyInstance, context: SimulatorContext) {
  const { store } = context;

  app.post('/:ade/drafts', async (request) => {
    const mailbox = resolveMailbox(context, request);
    const body = parseBody(draftBodySchema, request.body);
    const metadata = body.messageMetadata;
    const problems: ErrorInfo[] = [
      ...(metadata.to.length > 0 ? checkRecipients(metadata) : []),
      ...checkTextBody(body.textBody),
    ];
    if (metadata.shippingService === 'hybrid' && !metadata.hybridShipment)
      problems.push({ error: CODES.hybridShipmentMissing, error_description: 'hybridShipment is required' });
    if (problems.length > 0) throw new EDeliverySimulatorError(400, problems);
    const draft: Draft = {
      ...metadata,
      messageId: randomUUID(),
      from: {
        ...metadata.from,
        eDeliveryAddress: mailbox.ade,
        contributor: metadata.from?.contributor ?? { companyName: mailbox.name },
      },
      ...(body.textBody !== undefined ? { textBody: body.textBody } : {}),
      attachments: [],
      timestamp: context.now(),
    };
    mailbox.drafts.set(draft.messageId, draft);
    return { messageId: draft.messageId };
  });

  app.get('/:ade/drafts/:messageId', async (request) => {
    const mailbox = resolveMailbox(context, request);
    const format = readFormat(request.query as Query, ['full', 'metadata', 'minimal'] as const, 'full');
    return presentDraft(store.getDraft(mailbox, (request.params as DraftParams).messageId), format);
  });

  app.delete('/:ade/drafts/:messageId', async (request) => {
    const mailbox = resolveMailbox(context, request);
    const ids = (request.params as DraftParams).messageId.split(',');
    for (const id of ids) store.getDraft(mailbox, id);
    for (const id of ids) mailbox.drafts.delete(id);
    return ids.map((messageId) => ({ messageId }));
  });

  app.post('/:ade/drafts/:messageId/attachments', async (request) => {
    const mailbox = resolveMailbox(context, request);
    const draft = store.getDraft(mailbox, (request.params as DraftParams).messageId);
    const { fileMetadata, file } = parseBody(fileDataSchema, request.body);
    const bytes = new Uint8Array(Buffer.from(file, 'base64'));
    const fail = (error: string, description: string) =>
      simulatorError(400, error, description, draft.messageId);
    if (bytes.length > EDELIVERY_LIMITS.maxAttachmentBytes)
      throw fail(
        CODES.attachmentTooLarge,
        `Attachment over ${EDELIVERY_LIMITS.maxAttachmentBytes} bytes: use the upload endpoint`,
      );
    if (fileMetadata.alg !== undefined && fileMetadata.alg.toUpperCase() !== FILE_HASH_ALG)
      throw fail(CODES.invalidRequest, `alg must be ${FILE_HASH_ALG}`);
    if (fileMetadata.size !== undefined && fileMetadata.size !== bytes.length)
      throw fail(
        CODES.attachmentHashMismatch,
        `size ${fileMetadata.size} differs from the content (${bytes.length})`,
      );
    if (fileMetadata.hash !== undefined && !matchesFileHash(bytes, fileMetadata.hash))
      throw fail(CODES.attachmentHashMismatch, 'hash does not match the content');
    const stored = store.addAttachment(draft, {
      bytes,
      fileMetadata: {
        fileId: fileMetadata.fileId || randomUUID(),
        filename: fileMetadata.filename,
        contentType: fileMetadata.contentType,
        size: bytes.length,
        alg: FILE_HASH_ALG,
        hash: computeFileHash(bytes),
        ...(fileMetadata.description !== undefined ? { description: fileMetadata.description } : {}),
      },
    });
    return { attachmentId: stored.attachmentId, fileMetadata: stored.fileMetadata };
  });

  app.get('/:ade/drafts/:messageId/attachments/:attachmentId', async (request) => {
    const mailbox = resolveMailbox(context, request);
    const params = request.params as DraftAttachmentParams;
    const draft = store.getDraft(mailbox, params.messageId);
    const attachment = draft.attachments.find((a) => a.attachmentId === params.attachmentId);
    if (!attachment) throw simulatorError(404, CODES.notFound, `No attachment '${params.attachmentId}'`);
    return presentAttachment(attachment, true);
  });

  app.delete('/:ade/drafts/:messageId/attachments/:attachmentId', async (request) => {
    const mailbox = resolveMailbox(context, request);
    const params = request.params as DraftAttachmentParams;
    const draft = store.getDraft(mailbox, params.messageId);
    const index = draft.attachments.findIndex((a) => a.attachmentId === params.attachmentId);
    const [removed] = index >= 0 ? draft.attachments.splice(index, 1) : [];
    if (!removed) throw simulatorError(404, CODES.notFound, `No attachment '${params.attachmentId}'`);
    draft.attachments.forEach((a, i) => (a.order = i + 1));
    return removed.fileMetadata;
  });

  app.post('/:ade/drafts/send', async (request, reply) => {
    const mailbox = resolveMailbox(context, request);
    const { messageId } = parseBody(sendDraftSchema, request.body);
    const transmission = store.sendDraft(mailbox, messageId);
    return reply.code(202).send({ messageTaskId: transmission.messageTaskId });
  });
}
