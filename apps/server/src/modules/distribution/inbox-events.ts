import type { InboxEventMessage } from '@obieg/contracts/distribution';
import type { Database, DatabaseHandle } from '../../db/database.types.js';
import { INBOX_CHANNEL } from './distribution.constants.js';
import { createDistributionRepository } from './distribution.repository.js';

/** Whose inboxes a change touched: units (leading or for information) and people. */
export type InboxEvent = { tenantId: string; itemId: string; unitIds: string[]; userIds: string[] };

/**
 * Announces an inbox change from inside the transaction that makes it: a NOTIFY, which PostgreSQL
 * (and PGlite, in-process) delivers to every listening process only when the transaction commits,
 * so a rolled-back change is never announced and a committed one is announced by every process.
 */
export async function notifyInboxChanged({ tx, event }: { tx: Database; event: InboxEvent }) {
  const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))];
  const payload: InboxEvent = {
    tenantId: event.tenantId,
    itemId: event.itemId,
    unitIds: unique(event.unitIds),
    userIds: unique(event.userIds),
  };
  await createDistributionRepository({ db: tx }).notify({
    channel: INBOX_CHANNEL,
    payload: JSON.stringify(payload),
  });
}

/** A connected client: whose inbox it shows and the units it watches (all of them: `office`). */
export type InboxSubscriber = {
  tenantId: string;
  userId: string | null;
  office: boolean;
  unitIds: ReadonlySet<string>;
  send: (message: InboxEventMessage) => void;
};

export type InboxHub = ReturnType<typeof createInboxHub>;

function parseEvent(payload: string): InboxEvent | null {
  try {
    const value = JSON.parse(payload) as Partial<InboxEvent>;
    const ids = (list: unknown) => Array.isArray(list) && list.every((id) => typeof id === 'string');
    if (typeof value.tenantId !== 'string' || typeof value.itemId !== 'string') return null;
    if (!ids(value.unitIds) || !ids(value.userIds)) return null;
    return value as InboxEvent;
  } catch {
    return null;
  }
}

/**
 * The clients of one process connected to `GET /inbox/events`, by office. It listens on one
 * database connection per process and passes each change only to the clients of the same office
 * whose own inbox, or one of whose units, it touched.
 */
export function createInboxHub() {
  const byTenant = new Map<string, Set<InboxSubscriber>>();
  let stopListening: (() => Promise<void>) | null = null;

  const everyone = () => [...byTenant.values()].flatMap((set) => [...set]);

  function dispatch(event: InboxEvent) {
    for (const subscriber of byTenant.get(event.tenantId) ?? []) {
      if (subscriber.tenantId !== event.tenantId) continue;
      const mine = subscriber.userId !== null && event.userIds.includes(subscriber.userId);
      const units = subscriber.office
        ? event.unitIds
        : event.unitIds.filter((id) => subscriber.unitIds.has(id));
      if (!mine && units.length === 0) continue;
      subscriber.send({
        type: 'inbox.changed',
        itemId: event.itemId,
        ...(mine && subscriber.userId ? { userId: subscriber.userId } : {}),
        ...(units.length > 0 ? { unitIds: units } : {}),
      });
    }
  }

  return {
    subscribe(subscriber: InboxSubscriber): () => void {
      const set = byTenant.get(subscriber.tenantId) ?? new Set<InboxSubscriber>();
      set.add(subscriber);
      byTenant.set(subscriber.tenantId, set);
      return () => {
        set.delete(subscriber);
        if (set.size === 0 && byTenant.get(subscriber.tenantId) === set) byTenant.delete(subscriber.tenantId);
      };
    },

    dispatch,

    /** A NOTIFY payload from the database (ignored when it is not an inbox event). */
    receive(payload: string) {
      const event = parseEvent(payload);
      if (event) dispatch(event);
    },

    /** After the listening connection was lost: changes may have been missed, clients reload. */
    resync() {
      for (const subscriber of everyone()) subscriber.send({ type: 'inbox.resync' });
    },

    get size() {
      return everyone().length;
    },

    /** Starts the process's one listening connection (no-op when the driver cannot listen). */
    async start(database: DatabaseHandle) {
      if (stopListening || !database.listen) return;
      stopListening = await database.listen(INBOX_CHANNEL, {
        onNotification: (payload) => this.receive(payload),
        onReconnect: () => this.resync(),
      });
    },

    async stop() {
      const stop = stopListening;
      stopListening = null;
      await stop?.();
    },
  };
}
