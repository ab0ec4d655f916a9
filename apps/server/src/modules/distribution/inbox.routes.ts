import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inboxQuerySchema, inboxSchema } from '@obieg/contracts/distribution';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import {
  INBOX_HEARTBEAT_MS,
  INBOX_STREAM_MAX_BUFFER_BYTES,
  INBOX_STREAM_MAX_MS,
} from './distribution.constants.js';
import { createInboxHub } from './inbox-events.js';
import { openEventStream, type EventStream } from './inbox-stream.js';
import { describeInboxWatcher, getInbox } from './inbox.usecases.js';

/**
 * The inbox and its live events. Each server instance has one hub: it listens on one database
 * connection (NOTIFY, sent by the changing transaction at commit) and passes the events on to its
 * connected clients. Streams are ended before the server closes, so shutdown does not wait on them.
 */
export async function registerInboxRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('correspondence:read');
  const tags = ['distribution'];
  const hub = createInboxHub();
  const streams = new Set<EventStream>();
  await hub.start(deps.database);
  fastify.addHook('preClose', async () => {
    for (const stream of [...streams]) stream.close();
  });
  fastify.addHook('onClose', async () => hub.stop());

  app.get(
    '/api/v1/inbox',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'My inbox or my units’ inbox (new, decreed, accepted, returned, overdue, info) with counts',
        querystring: inboxQuerySchema,
        response: { 200: inboxSchema },
      },
    },
    async (request) => getInbox({ deps, ctx: request.ctx, query: request.query }),
  );
  app.get(
    '/api/v1/inbox/events',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Live inbox changes as server-sent events (text/event-stream)',
        description:
          'Each `data:` line is JSON `{type, itemId?, userId?, unitIds?}`: `inbox.ready` once connected, ' +
          '`inbox.changed` when my inbox or one of my units’ inboxes changed (reload it), `inbox.resync` ' +
          'after the server lost its database listener. A comment line comes every 25 s; the stream ends ' +
          'after 10 minutes and EventSource reconnects. Only events of your office are ever sent.',
      },
    },
    async (request, reply) => {
      const watcher = await describeInboxWatcher({ deps, ctx: request.ctx });
      let unsubscribe = () => {};
      const stream: EventStream = openEventStream({
        reply,
        heartbeatMs: INBOX_HEARTBEAT_MS,
        maxMs: INBOX_STREAM_MAX_MS,
        maxBufferBytes: INBOX_STREAM_MAX_BUFFER_BYTES,
        onClose: () => {
          unsubscribe();
          streams.delete(stream);
        },
      });
      streams.add(stream);
      unsubscribe = hub.subscribe({ ...watcher, send: (message) => stream.send(message) });
      stream.send({ type: 'inbox.ready' });
      return reply;
    },
  );
}
