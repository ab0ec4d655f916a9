import { inboxEventSchema } from '@obieg/contracts/distribution';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { incomingKeys } from '../correspondence/correspondence.queries';
import { INBOX_EVENTS_URL } from './distribution.api';
import { distributionKeys } from './distribution.queries';

/** `live` while the stream is open; `reconnecting` after it broke (the inbox may be behind). */
export type InboxLiveStatus = 'off' | 'connecting' | 'live' | 'reconnecting';

let status: InboxLiveStatus = 'off';
let closeCurrent: (() => void) | null = null;
const listeners = new Set<() => void>();

function setStatus(next: InboxLiveStatus) {
  if (status === next) return;
  status = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useInboxLiveStatus(): InboxLiveStatus {
  return useSyncExternalStore(
    subscribe,
    () => status,
    () => 'off',
  );
}

/** Ends the stream at once (before signing out), not only when the layout unmounts. */
export function stopInboxEvents() {
  closeCurrent?.();
}

/** The longest wait before trying again after the server refused or dropped the stream. */
export const MAX_RECONNECT_DELAY_MS = 30_000;

export function reconnectDelay(failures: number): number {
  return Math.min(MAX_RECONNECT_DELAY_MS, 1000 * 2 ** failures);
}

function refresh(queryClient: QueryClient, itemId?: string) {
  void queryClient.invalidateQueries({ queryKey: distributionKeys.inbox });
  if (itemId) {
    void queryClient.invalidateQueries({ queryKey: incomingKeys.detail(itemId) });
    void queryClient.invalidateQueries({ queryKey: distributionKeys.history(itemId) });
  }
}

/**
 * Listens to `GET /inbox/events` (server-sent events; the session cookie goes with it, same
 * origin) while the signed-in layout is shown, and reloads the inboxes — and an item open on
 * screen — on `inbox.changed`. The browser reconnects by itself after the stream ends; when the
 * server refuses it (EventSource gives up), it is opened again after 1, 2, 4 … 30 s. After any
 * reconnection, or `inbox.resync`, everything is read again, since changes may have been missed.
 * A new position watches other units: the stream is opened again when it changes.
 */
export function useInboxEvents({ enabled, positionId }: { enabled: boolean; positionId: string | null }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let timer: number | undefined;
    let failures = 0;
    let connectedBefore = false;
    let stopped = false;

    const connect = () => {
      setStatus(connectedBefore ? 'reconnecting' : 'connecting');
      const current = new EventSource(INBOX_EVENTS_URL);
      source = current;
      current.onmessage = (event: MessageEvent<string>) => {
        let data: unknown;
        try {
          data = JSON.parse(event.data);
        } catch {
          return;
        }
        const message = inboxEventSchema.safeParse(data);
        if (!message.success) return;
        if (message.data.type === 'inbox.ready') {
          failures = 0;
          setStatus('live');
          if (connectedBefore) refresh(queryClient);
          connectedBefore = true;
        } else if (message.data.type === 'inbox.changed') {
          refresh(queryClient, message.data.itemId);
        } else {
          void queryClient.invalidateQueries({ queryKey: incomingKeys.all });
          refresh(queryClient);
        }
      };
      current.onerror = () => {
        if (stopped) return;
        setStatus('reconnecting');
        if (current.readyState !== EventSource.CLOSED) return;
        current.close();
        timer = window.setTimeout(connect, reconnectDelay(failures++));
      };
    };

    const stop = () => {
      stopped = true;
      window.clearTimeout(timer);
      source?.close();
      if (closeCurrent === stop) closeCurrent = null;
      setStatus('off');
    };
    closeCurrent = stop;
    connect();
    return stop;
  }, [enabled, positionId, queryClient]);
}
