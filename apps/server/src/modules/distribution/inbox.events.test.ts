import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InboxEventMessage } from '@obieg/contracts/distribution';
import { buildServer } from '../../app/server.js';
import { createTestApp, type Session, type TestApp } from '../../app/server.test-utils.js';
import { openPostgres } from '../../db/database.js';
import { testDatabaseKind } from '../../db/database.test-utils.js';
import type { DatabaseHandle } from '../../db/database.types.js';
import { uuidv7Ids } from '../../shared/ids/ids.js';
import {
  decreed,
  distribute,
  distributedLetter,
  registerLetter,
  setUpOffice,
  type TestOffice,
} from './distribution.test-utils.js';
import { createInboxHub } from './inbox-events.js';
import { openEventStream } from './inbox-stream.js';

type Client = {
  status: number;
  contentType: string | null;
  headers: http.IncomingHttpHeaders;
  messages: InboxEventMessage[];
  comments: string[];
  readonly ended: boolean;
  waitFor: (what: (c: Client) => boolean, ms?: number) => Promise<void>;
  close: () => void;
};

/**
 * A server-sent events client (Node has no EventSource) over node:http without keep-alive, so a
 * closed client leaves no idle connection behind (fetch's pool would keep the server's close waiting).
 */
async function connect(
  baseUrl: string,
  headers: Record<string, string>,
  path = '/api/v1/inbox/events',
): Promise<Client> {
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = http.get(`${baseUrl}${path}`, {
      headers: { accept: 'text/event-stream', ...headers },
      agent: false,
    });
    request.on('response', resolve);
    request.on('error', reject);
  });
  let ended = false;
  const client: Client = {
    status: response.statusCode ?? 0,
    contentType: response.headers['content-type'] ?? null,
    headers: response.headers,
    messages: [],
    comments: [],
    get ended() {
      return ended;
    },
    waitFor: async (what, ms = 5000) => {
      const until = Date.now() + ms;
      while (!what(client)) {
        if (Date.now() > until) throw new Error(`timed out; got ${JSON.stringify(client.messages)}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => response.destroy(),
  };
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      for (const line of buffer.slice(0, end).split('\n')) {
        if (line.startsWith('data: ')) client.messages.push(JSON.parse(line.slice(6)));
        else if (line.startsWith(':')) client.comments.push(line);
      }
      buffer = buffer.slice(end + 2);
    }
  });
  response.on('close', () => {
    ended = true;
  });
  response.on('error', () => {});
  return client;
}

const cookieOf = (session: Session) => ({ cookie: session.cookie });
const changes = (client: Client) => client.messages.filter((m) => m.type === 'inbox.changed');
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('the inbox hub', () => {
  test('passes an event only to clients of the same office whose inbox or units it touched', () => {
    const hub = createInboxHub();
    const got: Record<string, InboxEventMessage[]> = { head: [], officer: [], registry: [], other: [] };
    const subscriber = (
      name: string,
      fields: { tenantId: string; userId: string; office?: boolean; units?: string[] },
    ) =>
      hub.subscribe({
        tenantId: fields.tenantId,
        userId: fields.userId,
        office: fields.office ?? false,
        unitIds: new Set(fields.units ?? []),
        send: (message) => got[name]!.push(message),
      });
    subscriber('head', { tenantId: 'A', userId: 'u-head', units: ['GK', 'GKD'] });
    const leave = subscriber('officer', { tenantId: 'A', userId: 'u-officer' });
    subscriber('registry', { tenantId: 'A', userId: 'u-registry', office: true });
    subscriber('other', { tenantId: 'B', userId: 'u-officer', office: true, units: ['GK'] });

    hub.receive(
      JSON.stringify({ tenantId: 'A', itemId: 'i1', unitIds: ['GKD', 'FN'], userIds: ['u-officer'] }),
    );
    expect(got.head).toEqual([{ type: 'inbox.changed', itemId: 'i1', unitIds: ['GKD'] }]);
    expect(got.officer).toEqual([{ type: 'inbox.changed', itemId: 'i1', userId: 'u-officer' }]);
    expect(got.registry).toEqual([{ type: 'inbox.changed', itemId: 'i1', unitIds: ['GKD', 'FN'] }]);
    expect(got.other).toEqual([]);

    hub.receive('not json');
    hub.receive(JSON.stringify({ tenantId: 'A' }));
    leave();
    hub.receive(JSON.stringify({ tenantId: 'A', itemId: 'i2', unitIds: [], userIds: ['u-officer'] }));
    expect(got.officer).toHaveLength(1);
    expect(hub.size).toBe(3);
    hub.resync();
    expect(got.other).toEqual([{ type: 'inbox.resync' }]);
  });
});

describe('an event stream', () => {
  let app: FastifyInstance;
  let baseUrl: string;
  let closed = 0;

  beforeAll(async () => {
    app = Fastify();
    app.addHook('onRequest', async (_request, reply) => {
      void reply.header('x-request-id', 'rid-1');
    });
    app.get('/stream', async (_request, reply) => {
      const stream = openEventStream({
        reply,
        heartbeatMs: 30,
        maxMs: 60_000,
        maxBufferBytes: 1024 * 1024,
        onClose: () => {
          closed += 1;
        },
      });
      stream.send({ type: 'inbox.ready' });
      return reply;
    });
    app.get('/short', async (_request, reply) => {
      openEventStream({ reply, heartbeatMs: 1000, maxMs: 50, maxBufferBytes: 1024, onClose: () => {} });
      return reply;
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => app.close());

  test('sends heartbeats, keeps earlier headers and cleans up once the client goes', async () => {
    const client = await connect(baseUrl, {}, '/stream');
    expect(client.contentType).toBe('text/event-stream; charset=utf-8');
    expect(client.headers['x-request-id']).toBe('rid-1');
    await client.waitFor((c) => c.comments.filter((line) => line === ': heartbeat').length >= 2);
    expect(client.messages).toEqual([{ type: 'inbox.ready' }]);
    expect(closed).toBe(0);
    client.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(1);
  });

  test('ends after its lifetime, so the browser reconnects and authenticates again', async () => {
    const client = await connect(baseUrl, {}, '/short');
    await client.waitFor((c) => c.ended, 2000);
  });
});

describe('live inbox events', () => {
  let t: TestApp;
  let alfa: TestOffice;
  let beta: TestOffice;
  let baseUrl: string;
  let second: { app: FastifyInstance; database: DatabaseHandle; baseUrl: string } | null = null;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
    alfa = await setUpOffice(t, 'alfa');
    beta = await setUpOffice(t, 'beta');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const url = (t.database as DatabaseHandle & { url?: string | null }).url;
    if (testDatabaseKind() === 'postgres' && url) {
      const database = openPostgres({ url, poolSize: 4 });
      const app = await buildServer({
        config: t.config,
        database,
        clock: t.clock,
        ids: uuidv7Ids,
        logger: false,
      });
      await app.listen({ port: 0, host: '127.0.0.1' });
      second = { app, database, baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
    }
  });
  afterAll(async () => {
    await second?.app.close();
    await second?.database.close();
    await t.close();
  });

  test('needs a session: a stranger gets 401 problem+json', async () => {
    const stranger = await connect(baseUrl, {});
    expect(stranger.status).toBe(401);
    expect(stranger.contentType).toMatch(/^application\/problem\+json/);
    stranger.close();
  });

  test('the head sees an item distributed to the unit without reloading; other units and offices see nothing', async () => {
    const head = await connect(baseUrl, cookieOf(alfa.staff['kierownik.gk'].session));
    const otherUnit = await connect(baseUrl, cookieOf(alfa.staff['kierownik.fn'].session));
    const otherOffice = await connect(baseUrl, cookieOf(beta.staff.kancelaria.session));
    expect(head.status).toBe(200);
    expect(head.contentType).toBe('text/event-stream; charset=utf-8');
    for (const client of [head, otherUnit, otherOffice]) await client.waitFor((c) => c.messages.length > 0);
    expect(head.messages[0]).toEqual({ type: 'inbox.ready' });

    const item = await registerLetter(alfa);
    expect(changes(head)).toHaveLength(0);
    await distribute(alfa.staff.kancelaria.session, item.id, { unitId: alfa.units.GKD });
    await head.waitFor((c) => changes(c).length === 1);
    expect(changes(head)[0]).toEqual({ type: 'inbox.changed', itemId: item.id, unitIds: [alfa.units.GKD] });
    await settle();
    expect(changes(otherUnit)).toEqual([]);
    expect(changes(otherOffice)).toEqual([]);
    for (const client of [head, otherUnit, otherOffice]) client.close();
  });

  test('the officer is told of a decree to them; a change that fails tells no one', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const officer = await connect(baseUrl, cookieOf(alfa.staff['referent.gk'].session));
    await officer.waitFor((c) => c.messages.length > 0);
    const failed = await alfa.staff['kierownik.gk'].session.request({
      method: 'POST',
      url: `/api/v1/incoming/${itemId}/decrees`,
      payload: { userId: alfa.staff['referent.gk'].userId, deadline: '2020-01-01' },
    });
    expect(failed.statusCode).toBe(422);
    await decreed(alfa.staff['kierownik.gk'].session, itemId, { userId: alfa.staff['referent.gk'].userId });
    await officer.waitFor((c) => changes(c).length >= 1);
    expect(changes(officer)).toEqual([
      { type: 'inbox.changed', itemId, userId: alfa.staff['referent.gk'].userId },
    ]);
    officer.close();
  });

  test('closing the server ends the open streams', async () => {
    const app = await createTestApp();
    const gamma = await setUpOffice(app, 'gamma');
    await app.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}`;
    const client = await connect(url, cookieOf(gamma.staff['kierownik.gk'].session));
    await client.waitFor((c) => c.messages.length > 0);
    await app.close();
    await client.waitFor((c) => c.ended, 2000);
  });

  test.runIf(testDatabaseKind() === 'postgres')(
    'with two app processes on one PostgreSQL, a change made through one reaches clients of both, once',
    async () => {
      const onFirst = await connect(baseUrl, cookieOf(alfa.staff['kierownik.gk'].session));
      const onSecond = await connect(second!.baseUrl, cookieOf(alfa.staff['kierownik.gk'].session));
      const otherOffice = await connect(second!.baseUrl, cookieOf(beta.staff.kancelaria.session));
      for (const client of [onFirst, onSecond, otherOffice])
        await client.waitFor((c) => c.messages.length > 0);
      const item = await registerLetter(alfa);
      await distribute(alfa.staff.kancelaria.session, item.id, { unitId: alfa.units.GK });
      await onSecond.waitFor((c) => changes(c).length >= 1);
      await onFirst.waitFor((c) => changes(c).length >= 1);
      await settle();
      expect(changes(onFirst)).toHaveLength(1);
      expect(changes(onSecond)).toEqual([
        { type: 'inbox.changed', itemId: item.id, unitIds: [alfa.units.GK] },
      ]);
      expect(changes(otherOffice)).toEqual([]);
      for (const client of [onFirst, onSecond, otherOffice]) client.close();
    },
  );

  test.runIf(testDatabaseKind() === 'postgres')(
    'when the listening connection drops, clients are told to reload and later changes arrive again',
    async () => {
      const head = await connect(baseUrl, cookieOf(alfa.staff['kierownik.gk'].session));
      await head.waitFor((c) => c.messages.length > 0);
      await t.database.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where application_name = 'obieg-listen' and datname = current_database()`,
      );
      await head.waitFor((c) => c.messages.some((m) => m.type === 'inbox.resync'), 10_000);
      const itemId = await distributedLetter(alfa, 'GK');
      await head.waitFor((c) => changes(c).some((m) => m.itemId === itemId));
      head.close();
    },
  );
});
