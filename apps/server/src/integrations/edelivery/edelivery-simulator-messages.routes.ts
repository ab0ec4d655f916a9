import type { FastifyInstance } from 'fastify';
import { EDELIVERY_ERROR_CODES as CODES, EDELIVERY_LIMITS } from './edelivery.rules.js';
import {
  readFormat,
  resolveMailbox,
  type Query,
  type SimulatorContext,
} from './edelivery-simulator.context.js';
import { listCopies } from './edelivery-simulator.listing.js';
import { simulatorError } from './edelivery-simulator.model.js';
import { presentAttachment, presentMessage } from './edelivery-simulator.present.js';
import type { MessageOperationResponseWrapperStatus, MessagesWrapper } from './edelivery.types.js';

type MessageParams = { ade: string; messageId: string };

function splitIds(raw: string): string[] {
  const ids = raw.split(',').filter(Boolean);
  if (ids.length === 0 || ids.length > EDELIVERY_LIMITS.maxBatchIds)
    throw simulatorError(400, CODES.invalidRequest, `1–${EDELIVERY_LIMITS.maxBatchIds} message ids`);
  return ids;
}

/** `/{eDeliveryAddress}/messages…`: list, read (four modes), delete, attachments, send tasks. */
export function registerMessageRoutes(app: FastifyInstance, context: SimulatorContext) {
  const { store } = context;

  app.get('/:ade/messages', async (request): Promise<MessagesWrapper> => {
    const mailbox = resolveMailbox(context, request);
    const query = request.query as Query;
    const format = readFormat(query, ['metadata', 'minimal'] as const, 'minimal');
    const { page, total } = listCopies(mailbox, query);
    const now = context.now();
    const messages = page.map((copy) => {
      if (format !== 'minimal') store.settle(copy.transmission);
      return presentMessage({ copy, format, apiBaseUrl: context.apiBaseUrl(), now });
    });
    return { messages, resultSize: messages.length, total, electronicCount: mailbox.inbox.size };
  });

  app.get('/:ade/messages/:messageId', async (request) => {
    const mailbox = resolveMailbox(context, request);
    const format = readFormat(
      request.query as Query,
      ['fullExtended', 'full', 'metadata', 'minimal'] as const,
      'full',
    );
    const copies = splitIds((request.params as MessageParams).messageId).map((id) =>
      store.getCopy(mailbox, id),
    );
    const now = context.now();
    return copies.map((copy) => {
      if (format === 'full' || format === 'fullExtended') store.openCopy(copy);
      return presentMessage({ copy, format, apiBaseUrl: context.apiBaseUrl(), now });
    });
  });

  app.delete('/:ade/messages/:messageId', async (request) => {
    const mailbox = resolveMailbox(context, request);
    const ids = splitIds((request.params as MessageParams).messageId);
    for (const id of ids) store.getCopy(mailbox, id);
    for (const id of ids) store.removeCopy(mailbox, id);
    return ids.map((messageId) => ({ messageId }));
  });

  app.get('/:ade/messages/:messageId/attachments/:attachmentId', async (request) => {
    const mailbox = resolveMailbox(context, request);
    const params = request.params as MessageParams & { attachmentId: string };
    const copy = store.getCopy(mailbox, params.messageId);
    const attachment = copy.transmission.attachments.find((a) => a.attachmentId === params.attachmentId);
    if (!attachment)
      throw simulatorError(404, CODES.notFound, `No attachment '${params.attachmentId}'`, params.messageId);
    return presentAttachment(attachment, true);
  });

  const findTask = (ade: string, messageTaskId: string) => {
    const transmission = store.findTask(messageTaskId);
    if (!transmission || transmission.senderAde !== ade)
      throw simulatorError(404, CODES.notFound, `No message task '${messageTaskId}'`);
    return transmission;
  };

  app.get(
    '/:ade/messages/tasks/:messageTaskId',
    async (request): Promise<MessageOperationResponseWrapperStatus[]> => {
      const mailbox = resolveMailbox(context, request);
      const transmission = findTask(mailbox.ade, (request.params as { messageTaskId: string }).messageTaskId);
      return transmission.to.map((addressee) => {
        const problem = transmission.rejection?.find((r) =>
          r.error_description.includes(addressee.eDeliveryAddress ?? '\u0000'),
        );
        return {
          messageId: transmission.messageId,
          addressee,
          ...(problem ? { error: problem.error, error_description: problem.error_description } : {}),
        };
      });
    },
  );

  app.get('/:ade/messages/tasks/:messageTaskId/status', async (request) => {
    const mailbox = resolveMailbox(context, request);
    findTask(mailbox.ade, (request.params as { messageTaskId: string }).messageTaskId);
    return { messageTaskStatus: 'FINISHED' };
  });
}
