import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../config/config.js';
import type { DatabaseHandle } from '../db/database.types.js';
import { createFileStore } from '../modules/files/storage/create-file-store.js';
import type { FileStore } from '../modules/files/storage/file-store.js';
import { systemClock, type Clock } from '../shared/clock/clock.js';
import { uuidv7, uuidv7Ids, type IdGenerator } from '../shared/ids/ids.js';
import { loggerOptions } from './logger.js';
import { registerDurability } from './plugins/durability.js';
import { registerProblemDetails, sendProblem } from './plugins/problem-details.js';
import { registerRequestContext } from './plugins/request-context.js';
import { registerRoutes } from './server.routes.js';
import { FILE_TEXT_JOB } from '../modules/files/files.constants.js';
import { SIGNATURE_VERIFY_JOB } from '../modules/signatures/signatures.constants.js';
import { verifyOnIntakeJob } from '../modules/signatures/validation.usecases.js';
import { extractFileTextJob } from '../modules/files/files-text.usecases.js';
import { createJobRunner, type JobRunner } from '../modules/jobs/jobs.usecases.js';
import { DISPATCH_SEND_JOB } from '../modules/dispatch/dispatch.constants.js';
import { sendDispatchItemJob } from '../modules/dispatch/dispatch-send.usecases.js';
import { INTEGRATIONS_SYNC_JOB } from '../modules/integrations/integrations.constants.js';
import { ensureSyncSchedules, syncTenantJob } from '../modules/integrations/sync.usecases.js';
import type { AppDependencies } from './server.types.js';
import type { DemoSimulators } from '../simulators/demo-simulators.js';
import { registerSimulatorRoutes } from '../simulators/simulators.routes.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export async function buildServer({
  config,
  database,
  clock = systemClock,
  ids = uuidv7Ids,
  fileStore = createFileStore(config.files),
  logger = true,
  simulators,
}: {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  ids?: IdGenerator;
  /** Where file content lives; by default the one the configuration names. */
  fileStore?: FileStore;
  /** `false` for silence; a stream to capture the JSON log lines (tests). */
  logger?: boolean | { stream: NodeJS.WritableStream };
  /** The demo's local simulators, whose control routes are then registered. */
  simulators?: DemoSimulators;
}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger
      ? loggerOptions({ level: config.logLevel, stream: logger === true ? undefined : logger.stream })
      : false,
    trustProxy: config.trustProxy,
    bodyLimit: config.limits.bodyBytes,
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : uuidv7();
    },
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON (and multipart for uploads); a text/plain body is answered 415, not parsed.
  app.removeContentTypeParser('text/plain');

  const deps: AppDependencies = {
    config,
    database,
    db: database.db,
    clock,
    ids,
    sessions: config.sessions,
    throttle: config.throttle,
    fileStore,
  };

  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  const jobs = createJobRunner({
    database,
    clock,
    handlers: {
      [FILE_TEXT_JOB]: (job) => extractFileTextJob({ deps, job }),
      [SIGNATURE_VERIFY_JOB]: (job) => verifyOnIntakeJob({ deps, job }),
      [DISPATCH_SEND_JOB]: (job) => sendDispatchItemJob({ deps, job }),
      [INTEGRATIONS_SYNC_JOB]: (job) => syncTenantJob({ deps, job }),
    },
    onError: (error, job) =>
      app.log.warn({ err: error, jobId: job?.id, kind: job?.kind }, 'background job failed'),
  });
  app.decorate('jobs', jobs);
  if (config.jobs.enabled)
    app.addHook('onReady', async () => {
      // Offices with mailboxes get their scheduled synchronisation (one pending run each).
      await ensureSyncSchedules({ deps });
      jobs.start();
    });
  app.addHook('onClose', async () => {
    await jobs.stop();
    await fileStore.close?.();
  });
  registerProblemDetails(app);
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: config.limits.importBytes, files: 1, fields: 10, parts: 12 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Obieg API',
        version: '1',
        description:
          'Open EZD for Polish public offices. Errors are RFC 9457 problem+json with a stable `code`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'obieg_session' },
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'API token of a service account (`obg_…`).',
          },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // The documentation is public, like /api/openapi.json it is built from.
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, public: true };
    });
    await docs.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  });
  registerRequestContext(app, deps);
  registerDurability(app, database);

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await registerRoutes(app, deps);
  if (simulators) await app.register(async (scope) => registerSimulatorRoutes(scope, deps, simulators));
  await registerWebApp(app, config.webDist ?? DEFAULT_WEB_DIST);
  return app;
}

/** Serves the built web app at `/` (single-page app: unknown non-API paths get index.html). */
async function registerWebApp(app: FastifyInstance, webDist: string) {
  const hasWeb = existsSync(path.join(webDist, 'index.html'));
  if (hasWeb)
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (hasWeb && wantsPage) return reply.type('text/html').sendFile('index.html');
    return sendProblem(request, reply, {
      code: 'http.not_found',
      status: 404,
      title: 'Not found',
      detail: `No route ${request.method} ${request.url.split('?')[0]}.`,
    });
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The background job runner of this server (`runDue()` runs due jobs now; tests use it). */
    jobs: JobRunner;
  }
}
