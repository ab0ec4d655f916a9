import type { FastifyInstance } from 'fastify';
import { EDELIVERY_ERROR_CODES as CODES } from './edelivery.rules.js';
import {
  readBoolean,
  resolveMailbox,
  type Query,
  type SimulatorContext,
} from './edelivery-simulator.context.js';
import { renderEvidenceFile, renderTechnicalEvidencesZip } from './edelivery-simulator.evidence.js';
import { simulatorError, type Mailbox, type StoredEvidence } from './edelivery-simulator.model.js';
import { presentEvidence, visibleEvidences } from './edelivery-simulator.present.js';
import { normaliseEvidenceType, type EvidenceWrapper } from './edelivery.types.js';

/** `/{eDeliveryAddress}/…evidences…`: evidence lists and files (XML / PDF / ZIP). */
export function registerEvidenceRoutes(app: FastifyInstance, context: SimulatorContext) {
  const { store } = context;

  function filterEvidences(mailbox: Mailbox, evidences: StoredEvidence[], query: Query): StoredEvidence[] {
    const type = query.type === undefined ? undefined : normaliseEvidenceType(query.type);
    if (query.type !== undefined && !type)
      throw simulatorError(400, CODES.invalidRequest, `Unknown evidence type '${query.type}'`);
    const downloaded = readBoolean(query, 'downloaded');
    const selected = evidences.filter(
      (e) =>
        (!type || e.type === type) &&
        (downloaded === undefined || e.downloadedBy.has(mailbox.ade) === downloaded),
    );
    const order = query.sortDirection === 'desc' ? -1 : 1;
    return selected.sort((a, b) => order * (a.eventDate.getTime() - b.eventDate.getTime()));
  }

  /** An evidence the mailbox may see: of a message it still holds, and not the other side's only. */
  function findVisibleEvidence(mailbox: Mailbox, evidenceId: string): StoredEvidence {
    const evidence = store.findEvidence(evidenceId);
    const copy = evidence ? mailbox.messages.get(evidence.messageId) : undefined;
    if (!evidence || !copy || !visibleEvidences(copy).includes(evidence))
      throw simulatorError(404, CODES.notFound, `No evidence '${evidenceId}'`);
    return evidence;
  }

  app.get('/:ade/messages/:messageId/evidences', async (request): Promise<EvidenceWrapper> => {
    const mailbox = resolveMailbox(context, request);
    const copy = store.getCopy(mailbox, (request.params as { messageId: string }).messageId);
    const evidences = filterEvidences(mailbox, visibleEvidences(copy), request.query as Query);
    return { evidences: evidences.map((e) => presentEvidence(e, mailbox.ade, context.apiBaseUrl())) };
  });

  app.get('/:ade/messages/evidences', async (request): Promise<EvidenceWrapper> => {
    const mailbox = resolveMailbox(context, request);
    const all: StoredEvidence[] = [];
    for (const copy of mailbox.messages.values()) {
      store.settle(copy.transmission);
      all.push(...visibleEvidences(copy));
    }
    const evidences = filterEvidences(mailbox, all, request.query as Query);
    return { evidences: evidences.map((e) => presentEvidence(e, mailbox.ade, context.apiBaseUrl())) };
  });

  app.get('/:ade/messages/evidences/:evidenceId', async (request) => {
    const mailbox = resolveMailbox(context, request);
    const evidence = findVisibleEvidence(mailbox, (request.params as { evidenceId: string }).evidenceId);
    return [presentEvidence(evidence, mailbox.ade, context.apiBaseUrl())];
  });

  app.get('/:ade/evidences/puhepo/:messageId', async (request, reply) => {
    const mailbox = resolveMailbox(context, request);
    const copy = store.getCopy(mailbox, (request.params as { messageId: string }).messageId);
    const epo = visibleEvidences(copy).find((e) => e.type === 'H.EPO');
    if (!epo)
      throw simulatorError(404, CODES.notFound, `No H.EPO for message '${copy.transmission.messageId}'`);
    epo.downloadedBy.add(mailbox.ade);
    const file = await renderEvidenceFile(epo);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(Buffer.from(file.bytes));
  });

  // One parameter name per position: find-my-way shares the node between these two routes.
  app.get('/:ade/evidences/:first/technical-evidences-file', async (request, reply) => {
    const mailbox = resolveMailbox(context, request);
    const copy = store.getCopy(mailbox, (request.params as { first: string }).first);
    const zip = await renderTechnicalEvidencesZip(visibleEvidences(copy));
    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="evidences_${copy.transmission.messageId}.zip"`)
      .send(Buffer.from(zip));
  });

  app.get('/:ade/evidences/:first/:evidenceId', async (request, reply) => {
    const mailbox = resolveMailbox(context, request);
    const { first: messageType, evidenceId } = request.params as { first: string; evidenceId: string };
    if (messageType !== 'purde' && messageType !== 'puh')
      throw simulatorError(400, CODES.invalidRequest, 'messageType must be puh or purde');
    const evidence = findVisibleEvidence(mailbox, evidenceId);
    if ((evidence.transmission.shippingService === 'hybrid') !== (messageType === 'puh'))
      throw simulatorError(404, CODES.notFound, `No ${messageType} evidence '${evidenceId}'`);
    evidence.downloadedBy.add(mailbox.ade);
    const file = await renderEvidenceFile(evidence);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(Buffer.from(file.bytes));
  });
}
