import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SimulatorControl } from './edelivery-simulator.control.js';
import { deliverBodySchema, parseBody } from './edelivery-simulator.schemas.js';

const mailboxSchema = z.object({
  ade: z.string(),
  name: z.string(),
  public: z.boolean(),
  clientId: z.string().optional(),
});
const messageRefSchema = z.object({
  messageId: z.string(),
  recipientAde: z.string().optional(),
  reason: z.string().optional(),
});
const failureSchema = z.object({
  mode: z.enum(['down', 'unavailable', 'error', 'slow', 'lose_response']).nullable(),
  delayMs: z.number().int().nonnegative().optional(),
  times: z.number().int().positive().optional(),
  pathIncludes: z.string().optional(),
});

/**
 * `/__sim/…`: the simulator's controls as JSON endpoints, for a browser demo and end-to-end tests
 * (no authentication: the simulator is a test double, never exposed).
 */
export function registerControlRoutes(app: FastifyInstance, control: SimulatorControl) {
  app.get('/__sim/mailboxes', async () => control.listMailboxes());

  app.post('/__sim/mailboxes', async (request) => {
    const { ade, ...options } = parseBody(mailboxSchema, request.body);
    control.addMailbox(ade, options);
    return { ade };
  });

  app.post('/__sim/deliver', async (request) => {
    const body = parseBody(deliverBodySchema, request.body);
    return control.deliverToOffice({
      ...body,
      attachments: body.attachments.map(({ contentBase64, ...file }) => ({
        ...file,
        bytes: new Uint8Array(Buffer.from(contentBase64, 'base64')),
      })),
    });
  });

  app.post('/__sim/collect', async (request) => {
    const { messageId, recipientAde } = parseBody(messageRefSchema, request.body);
    control.collect(messageId, recipientAde ? { recipientAde } : {});
    return { messageId };
  });

  app.post('/__sim/fail-delivery', async (request) => {
    const { messageId, ...options } = parseBody(messageRefSchema, request.body);
    control.failDelivery(messageId, options);
    return { messageId };
  });

  app.post('/__sim/advance', async (request) => {
    const { days } = parseBody(z.object({ days: z.number() }), request.body);
    control.advance(days);
    return { now: control.now().toISOString() };
  });

  app.post('/__sim/fail', async (request) => {
    control.setFailure(parseBody(failureSchema, request.body));
    return { ok: true };
  });

  app.post('/__sim/revoke-tokens', async () => {
    control.revokeTokens();
    return { ok: true };
  });

  app.get('/__sim/messages', async (request) => {
    const query = parseBody(
      z.object({ ade: z.string(), folder: z.enum(['inbox', 'sent']).optional() }),
      request.query,
    );
    return control.listMessages(query.ade, query.folder);
  });

  app.get('/__sim/stats', async () => control.stats());
}
