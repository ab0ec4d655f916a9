import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../db/database.types.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Embedded mode: before answering a state-changing request, make what it committed durable on
 * disk (see docs/adr/0002-embedded-durability.md). On PostgreSQL `flush` is a no-op.
 */
export function registerDurability(app: FastifyInstance, database: DatabaseHandle) {
  if (database.kind !== 'pglite') return;
  app.addHook('onSend', async (request, reply, payload) => {
    if (!READ_METHODS.has(request.method) || request.routeOptions.config.writes) {
      try {
        await database.flush();
      } catch (error) {
        // The disk refused a write: nothing more can be confirmed. Answer 500 and stop, so the
        // supervisor restarts the server and PostgreSQL recovers from its write-ahead log.
        request.log.fatal({ err: error }, 'embedded database could not make changes durable; exiting');
        setImmediate(() => process.exit(70));
        void reply.status(500).type('application/problem+json');
        return JSON.stringify({
          type: 'urn:obieg:problem:internal.error',
          code: 'internal.error',
          status: 500,
          title: 'Storage failure',
          traceId: request.id,
        });
      }
    }
    return payload;
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A read route that also writes (e.g. an audited document read): flush it in embedded mode. */
    writes?: boolean;
  }
}
