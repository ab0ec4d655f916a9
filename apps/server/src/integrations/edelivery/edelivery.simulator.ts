import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { EDELIVERY_ERROR_CODES as CODES } from './edelivery.rules.js';
import { createTokenService } from './edelivery-simulator.auth.js';
import type { SimulatorContext } from './edelivery-simulator.context.js';
import {
  createSimulatorControl,
  type SimulatorControl,
  type SimulatorFailure,
} from './edelivery-simulator.control.js';
import { registerControlRoutes } from './edelivery-simulator-control.routes.js';
import { registerDraftRoutes } from './edelivery-simulator-drafts.routes.js';
import { registerEvidenceRoutes } from './edelivery-simulator-evidences.routes.js';
import { registerMessageRoutes } from './edelivery-simulator-messages.routes.js';
import { EDeliverySimulatorError } from './edelivery-simulator.model.js';
import { createSimulatorStore } from './edelivery-simulator.store.js';
import type { ErrorInfo } from './edelivery.types.js';

export type {
  DeliverToOfficeInput,
  SimulatorControl,
  SimulatorFailure,
} from './edelivery-simulator.control.js';

export type EDeliverySimulatorOptions = {
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /**
   * HTTPS with mutual TLS: the token endpoint requires a client certificate chaining to
   * `clientCaPem` and binds the token to it; API calls must present the same certificate.
   */
  tls?: { certPem: string; keyPem: string; clientCaPem: string };
  /** The simulator's clock (`control.advance` adds to it). */
  now?: () => Date;
  /** Days from D.1 to the fiction of delivery (default 14; no holiday shift, see README of the report). */
  fictionDays?: number;
  tokenTtlSeconds?: number;
  /** Mailboxes to register at start. */
  mailboxes?: { ade: string; name: string; public: boolean; clientId?: string }[];
};

export type EDeliverySimulator = {
  /** `http(s)://host:port` */
  url: string;
  /** `url + '/api/v1'` */
  apiBaseUrl: string;
  /** `url + '/oauth2/token'` */
  tokenUrl: string;
  control: SimulatorControl;
  close: () => Promise<void>;
};

const TOKEN_PATH = '/oauth2/token';
const errorBody = (error: string, description: string): ErrorInfo[] => [
  { error, error_description: description },
];

function installFailureInjection(
  app: FastifyInstance,
  failure: { current: SimulatorFailure | null },
  counters: { apiRequests: number; failuresInjected: number },
) {
  const losing = new WeakSet<FastifyRequest>();
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/__sim')) return;
    counters.apiRequests += 1;
    const active = failure.current;
    if (!active?.mode || (active.pathIncludes && !request.url.includes(active.pathIncludes))) return;
    if (active.times !== undefined) {
      active.times -= 1;
      if (active.times <= 0) failure.current = null;
    }
    counters.failuresInjected += 1;
    switch (active.mode) {
      case 'down':
        reply.hijack();
        request.raw.socket.destroy();
        return reply;
      case 'unavailable':
        return reply
          .code(503)
          .send(errorBody('SERVICE_UNAVAILABLE', 'Injected failure: service unavailable'));
      case 'error':
        return reply.code(500).send(errorBody('INTERNAL_ERROR', 'Injected failure: internal error'));
      case 'slow':
        await delay(active.delayMs ?? 1000);
        return;
      case 'lose_response':
        losing.add(request);
        return;
    }
  });
  app.addHook('onSend', async (request, _reply, payload) => {
    if (losing.has(request)) request.raw.socket.destroy();
    return payload;
  });
}

function installErrorHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: unknown, _request, reply) => {
    if (error instanceof EDeliverySimulatorError) {
      if (error.status === 401) reply.header('www-authenticate', 'Bearer error="invalid_token"');
      return reply.code(error.status).send(error.errors);
    }
    const statusCode = (error as { statusCode?: number }).statusCode ?? 500;
    const message = error instanceof Error ? error.message : 'error';
    if (statusCode === 413) return reply.code(413).send(errorBody('PAYLOAD_TOO_LARGE', message));
    if (statusCode === 415) return reply.code(415).send(errorBody('UNSUPPORTED_MEDIA_TYPE', message));
    if (statusCode >= 400 && statusCode < 500)
      return reply.code(400).send(errorBody(CODES.malformedJson, message));
    return reply.code(500).send(errorBody('INTERNAL_ERROR', message));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send(errorBody(CODES.notFound, `No endpoint ${request.method} ${request.url.split('?')[0]}`)),
  );
}

/**
 * A local e-Doręczenia: the User Agent API (UAAPI 3.0.8 paths and shapes) with an OAuth 2.0
 * token endpoint, in-memory mailboxes, evidences, the fiction of delivery, and failure injection.
 * For tests and demos, in the app's process.
 */
export async function startEDeliverySimulator(
  options: EDeliverySimulatorOptions = {},
): Promise<EDeliverySimulator> {
  const clock = { offsetMs: 0 };
  const baseNow = options.now ?? (() => new Date());
  const now = () => new Date(baseNow().getTime() + clock.offsetMs);
  const tls = options.tls;
  const common = { logger: false, bodyLimit: 24 * 1024 * 1024 };
  const app = (tls
    ? Fastify({
        ...common,
        https: {
          key: tls.keyPem,
          cert: tls.certPem,
          ca: tls.clientCaPem,
          requestCert: true,
          rejectUnauthorized: false,
        },
      })
    : Fastify(common)) as unknown as FastifyInstance;

  const store = createSimulatorStore({ now, fictionDays: options.fictionDays ?? 14 });
  const tokens = createTokenService({
    now,
    ttlSeconds: options.tokenTtlSeconds ?? 3600,
    requireClientCertificate: tls !== undefined,
  });
  const failure: { current: SimulatorFailure | null } = { current: null };
  const counters = { apiRequests: 0, failuresInjected: 0 };
  const control = createSimulatorControl({
    store,
    now,
    clock,
    failure,
    counters,
    revokeTokens: tokens.revokeAll,
    tokensIssued: tokens.tokensIssued,
  });
  for (const { ade, ...mailbox } of options.mailboxes ?? []) control.addMailbox(ade, mailbox);

  let apiBaseUrl = '';
  const context: SimulatorContext = { store, tokens, now, apiBaseUrl: () => apiBaseUrl };
  installFailureInjection(app, failure, counters);
  installErrorHandlers(app);
  tokens.registerTokenRoute(app, TOKEN_PATH);
  await app.register(
    async (api) => {
      registerDraftRoutes(api, context);
      registerMessageRoutes(api, context);
      registerEvidenceRoutes(api, context);
    },
    { prefix: '/api/v1' },
  );
  registerControlRoutes(app, control);

  const host = options.host ?? '127.0.0.1';
  await app.listen({ host, port: options.port ?? 0 });
  const { port } = app.server.address() as AddressInfo;
  const url = `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
  apiBaseUrl = `${url}/api/v1`;
  return { url, apiBaseUrl, tokenUrl: `${url}${TOKEN_PATH}`, control, close: () => app.close() };
}
