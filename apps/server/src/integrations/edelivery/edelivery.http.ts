import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { EDeliveryError } from './edelivery.errors.js';

/**
 * One HTTP(S) exchange with the e-Doręczenia servers. `fetch` in Node 20 cannot present a client
 * certificate, so this goes through `node:https` with an agent that carries it (mutual TLS).
 */
export type HttpExchange = { status: number; headers: IncomingHttpHeaders; body: Buffer };

export type HttpAgents = { http: http.Agent; https: https.Agent; close: () => void };

export function createHttpAgents(tls?: { certPem?: string; keyPem?: string; caPem?: string }): HttpAgents {
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const httpsAgent = new https.Agent({
    keepAlive: true,
    maxSockets: 16,
    ...(tls?.certPem ? { cert: tls.certPem } : {}),
    ...(tls?.keyPem ? { key: tls.keyPem } : {}),
    ...(tls?.caPem ? { ca: tls.caPem } : {}),
  });
  return {
    http: httpAgent,
    https: httpsAgent,
    close: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'DELETE', 'PUT']);
/** Certificate and TLS protocol failures: configuration to fix, not an outage to wait out. */
const TLS_FAILURE = /CERT|SIGNATURE|^ERR_TLS|^ERR_SSL/;

function exchangeOnce({
  url,
  method,
  headers,
  body,
  agents,
  timeoutMs,
  maxResponseBytes,
}: HttpRequest): Promise<HttpExchange & { reusedSocket: boolean }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const transport = target.protocol === 'https:' ? https : http;
    const agent = target.protocol === 'https:' ? agents.https : agents.http;
    const request = transport.request(target, {
      method,
      agent,
      headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
    });
    let reused = false;
    const timer = setTimeout(
      () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
      timeoutMs,
    );
    request.on('socket', () => {
      reused = request.reusedSocket;
    });
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(Object.assign(error, { reusedSocket: reused }));
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxResponseBytes) {
          request.destroy(Object.assign(new Error('response too large'), { code: 'E_TOO_LARGE' }));
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      response.on('end', () => {
        clearTimeout(timer);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
          reusedSocket: reused,
        });
      });
    });
    request.end(body);
  });
}

export type HttpRequest = {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: Buffer;
  agents: HttpAgents;
  timeoutMs: number;
  maxResponseBytes: number;
};

/**
 * Sends the request; network failures become `edelivery.unavailable`. An idempotent request that
 * fails on a kept-alive socket the server had just closed is repeated once on a new socket (Node's
 * documented pattern); a POST is never repeated, because the server may have processed it.
 */
export async function exchangeHttp(request: HttpRequest): Promise<HttpExchange> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const { reusedSocket: _, ...exchange } = await exchangeOnce(request);
      return exchange;
    } catch (error) {
      const failure = error as NodeJS.ErrnoException & { reusedSocket?: boolean };
      if (failure.code === 'E_TOO_LARGE')
        throw new EDeliveryError({
          code: 'edelivery.invalid_response',
          message: `Response larger than ${request.maxResponseBytes} bytes`,
          cause: error,
        });
      const retry =
        attempt === 0 &&
        failure.reusedSocket === true &&
        failure.code === 'ECONNRESET' &&
        IDEMPOTENT.has(request.method);
      if (retry) continue;
      if (TLS_FAILURE.test(failure.code ?? ''))
        throw new EDeliveryError({
          code: 'edelivery.unauthorized',
          message: `TLS handshake with the e-Delivery server failed (${failure.code}): ${request.url}`,
          cause: error,
        });
      throw new EDeliveryError({
        code: 'edelivery.unavailable',
        message: `e-Delivery server unreachable (${failure.code ?? failure.message}): ${request.method} ${request.url}`,
        cause: error,
      });
    }
  }
}
