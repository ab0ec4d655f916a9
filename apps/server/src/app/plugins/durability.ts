import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../db/database.types.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Embedded mode: before answering a state-changing request, make what it committed durable on
 * disk (see docs/adr/0002-embedded-durability.md). On PostgreSQL `flush` is a no-op.
 */
export function registerDurability(app: FastifyInstance, database: DatabaseHandle) {
  if (database.kind !== 'pglite') return;
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!READ_METHODS.has(request.method) || request.routeOptions.config.writes) await database.flush();
    return payload;
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A read route that also writes (e.g. an audited document read): flush it in embedded mode. */
    writes?: boolean;
  }
}
