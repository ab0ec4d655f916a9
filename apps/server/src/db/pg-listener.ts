import pg from 'pg';

const MAX_RETRY_MS = 30_000;

/**
 * LISTEN on one dedicated PostgreSQL connection (not from the pool: a pooled connection is shared
 * by transactions and LISTEN must stay open). A lost connection is re-established with back-off and
 * reported through `onReconnect`, since notifications sent meanwhile are lost. Never throws: when
 * the first attempt fails it keeps retrying in the background.
 */
export async function listenPostgres({
  url,
  channel,
  onNotification,
  onReconnect,
  retryMs = 1000,
}: {
  url: string;
  channel: string;
  onNotification: (payload: string) => void;
  onReconnect?: () => void;
  retryMs?: number;
}): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let attempt = 0;

  const dispose = (c: pg.Client) => {
    c.removeAllListeners();
    c.on('error', () => {});
    void c.end().catch(() => {});
  };
  const lost = (c: pg.Client) => {
    if (c !== client) return;
    client = null;
    dispose(c);
    schedule();
  };
  const connect = async () => {
    const c = new pg.Client({ connectionString: url, application_name: 'obieg-listen' });
    c.on('error', () => lost(c));
    c.on('end', () => lost(c));
    c.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onNotification(message.payload);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${c.escapeIdentifier(channel)}`);
    } catch (error) {
      dispose(c);
      throw error;
    }
    if (stopped) return dispose(c);
    client = c;
  };
  function schedule() {
    if (timer || stopped) return;
    const delay = Math.min(MAX_RETRY_MS, retryMs * 2 ** attempt++);
    timer = setTimeout(() => {
      timer = null;
      connect().then(
        () => {
          attempt = 0;
          if (!stopped) onReconnect?.();
        },
        () => schedule(),
      );
    }, delay);
    timer.unref();
  }

  await connect().catch(() => schedule());
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = null;
    const c = client;
    client = null;
    if (c) {
      c.removeAllListeners();
      c.on('error', () => {});
      await c.end().catch(() => {});
    }
  };
}
