import type { FastifyReply } from 'fastify';

export type EventStream = { send: (data: object) => void; close: () => void };

/**
 * Turns a reply into a `text/event-stream` (server-sent events) that Fastify no longer manages
 * (`reply.hijack()`: no serializer, no `onSend` hooks such as the durability flush, which a read
 * needs none of). Sends `data:` lines, a comment every `heartbeatMs` so proxies keep the
 * connection, and ends after `maxMs` (the browser reconnects and authenticates again) or when the
 * client falls `maxBufferBytes` behind. `onClose` runs once, however the stream ends.
 */
export function openEventStream({
  reply,
  heartbeatMs,
  maxMs,
  maxBufferBytes,
  retryMs = 3000,
  onClose,
}: {
  reply: FastifyReply;
  heartbeatMs: number;
  maxMs: number;
  maxBufferBytes: number;
  retryMs?: number;
  onClose: () => void;
}): EventStream {
  reply.hijack();
  const res = reply.raw;
  const headers: Record<string, string | number | string[]> = {};
  for (const [name, value] of Object.entries(reply.getHeaders()))
    if (value !== undefined) headers[name] = value;
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
  });
  let open = true;
  const finish = () => {
    if (!open) return;
    open = false;
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    onClose();
  };
  const close = () => {
    if (!open) return;
    finish();
    res.end();
  };
  const write = (chunk: string) => {
    if (!open) return;
    res.write(chunk);
    if (res.writableLength > maxBufferBytes) close();
  };
  const heartbeat = setInterval(() => write(': heartbeat\n\n'), heartbeatMs);
  const lifetime = setTimeout(close, maxMs);
  heartbeat.unref();
  lifetime.unref();
  res.on('close', finish);
  res.on('error', finish);
  write(`retry: ${retryMs}\n\n`);
  return { send: (data) => write(`data: ${JSON.stringify(data)}\n\n`), close };
}
