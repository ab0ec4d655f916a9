import { EDeliveryError, type EDeliveryErrorCode } from './edelivery.errors.js';
import { createHttpAgents, exchangeHttp, type HttpExchange } from './edelivery.http.js';
import { EDELIVERY_ERROR_CODES } from './edelivery.rules.js';
import type { ErrorInfo, OAuthTokenResponse } from './edelivery.types.js';

export type EDeliveryClientOptions = {
  /** Base of the User Agent API, e.g. `https://host/api/v1`. */
  apiBaseUrl: string;
  /** OAuth 2.0 token endpoint of the authorisation server. */
  tokenUrl: string;
  clientId: string;
  /** The office's ADE, `AE:PL-…`: every path starts with it. */
  eDeliveryAddress: string;
  /**
   * The client certificate (PEM) presented to the token endpoint and the API (RFC 8705 mutual TLS),
   * and the CA that issued the servers' certificates when it is not a public one.
   */
  tls?: { certPem?: string; keyPem?: string; caPem?: string };
  /** Whole-exchange timeout, default 30 s. */
  timeoutMs?: number;
  /** Scopes asked of the token endpoint, default `read_messages write_messages`. */
  scope?: string;
  /** Largest answer accepted, default 64 MiB (a 15 MB attachment in base64 is ~20 MB). */
  maxResponseBytes?: number;
  now?: () => Date;
};

export type ApiCall = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path after `/{eDeliveryAddress}`, starting with `/`, segments already encoded. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
};

export type Transport = {
  call: (call: ApiCall) => Promise<HttpExchange>;
  callJson: <T>(call: ApiCall) => Promise<T>;
  close: () => void;
};

const fail = (
  code: EDeliveryErrorCode,
  message: string,
  extra: { status?: number; errors?: ErrorInfo[] } = {},
) => new EDeliveryError({ code, message, ...extra });

export function parseJson(exchange: HttpExchange, what: string): unknown {
  try {
    return JSON.parse(exchange.body.toString('utf8')) as unknown;
  } catch (error) {
    throw new EDeliveryError({
      code: 'edelivery.invalid_response',
      message: `${what}: not JSON`,
      cause: error,
    });
  }
}

/** The server's error body as `ErrorInfo[]` (the spec's shape; an OAuth error object is wrapped). */
function readErrors(exchange: HttpExchange): ErrorInfo[] {
  let body: unknown;
  try {
    body = JSON.parse(exchange.body.toString('utf8'));
  } catch {
    return [];
  }
  const items = Array.isArray(body) ? body : [body];
  return items.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { error, error_description, messageId } = item as Record<string, unknown>;
    if (typeof error !== 'string') return [];
    return [
      {
        error,
        error_description: typeof error_description === 'string' ? error_description : '',
        ...(typeof messageId === 'string' ? { messageId } : {}),
      },
    ];
  });
}

function toError(exchange: HttpExchange, what: string): EDeliveryError {
  const { status } = exchange;
  const errors = readErrors(exchange);
  const detail = errors.map((e) => `${e.error}: ${e.error_description}`).join('; ') || `HTTP ${status}`;
  const extra = { status, errors };
  if (status >= 500 || status === 429) return fail('edelivery.unavailable', `${what}: ${detail}`, extra);
  if (status === 401 || status === 403) return fail('edelivery.unauthorized', `${what}: ${detail}`, extra);
  if (status === 404) return fail('edelivery.not_found', `${what}: ${detail}`, extra);
  if (status === 409 || errors.some((e) => e.error === EDELIVERY_ERROR_CODES.alreadySent))
    return fail('edelivery.already_sent', `${what}: ${detail}`, extra);
  return fail('edelivery.rejected', `${what}: ${detail}`, extra);
}

/**
 * Token handling and request plumbing: an OAuth 2.0 client-credentials token obtained over mutual
 * TLS (RFC 8705: the certificate authenticates the client, `client_id` goes in the form body), kept
 * until shortly before `expires_in`; a 401 from the API drops it and the call is repeated once.
 */
export function createTransport(options: EDeliveryClientOptions): Transport {
  const agents = createHttpAgents(options.tls);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxResponseBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
  const now = options.now ?? (() => new Date());
  const base = options.apiBaseUrl.replace(/\/+$/, '');
  const mailbox = `/${encodeURIComponent(options.eDeliveryAddress)}`;
  let token: { value: string; expiresAt: number } | null = null;
  let pendingToken: Promise<string> | null = null;

  async function requestToken(): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: options.clientId,
      scope: options.scope ?? 'read_messages write_messages',
    });
    const exchange = await exchangeHttp({
      url: options.tokenUrl,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: Buffer.from(form.toString()),
      agents,
      timeoutMs,
      maxResponseBytes: 1024 * 1024,
    });
    if (exchange.status !== 200) {
      const error = toError(exchange, 'Token request refused');
      if (error.code !== 'edelivery.unavailable')
        throw fail('edelivery.unauthorized', error.message, {
          status: exchange.status,
          errors: error.errors,
        });
      throw error;
    }
    const body = parseJson(exchange, 'Token response') as Partial<OAuthTokenResponse> | null;
    if (!body || typeof body.access_token !== 'string' || body.access_token === '')
      throw fail('edelivery.invalid_response', 'Token response has no access_token');
    const ttlMs = (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 300) * 1000;
    token = { value: body.access_token, expiresAt: now().getTime() + ttlMs - Math.min(60_000, ttlMs / 10) };
    return body.access_token;
  }

  function getToken(): Promise<string> {
    if (token && token.expiresAt > now().getTime()) return Promise.resolve(token.value);
    pendingToken ??= requestToken().finally(() => {
      pendingToken = null;
    });
    return pendingToken;
  }

  async function call({ method, path, query, json }: ApiCall): Promise<HttpExchange> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined) search.set(key, String(value));
    const url = `${base}${mailbox}${path}${search.size > 0 ? `?${search.toString()}` : ''}`;
    const body = json === undefined ? undefined : Buffer.from(JSON.stringify(json));
    for (let attempt = 0; ; attempt += 1) {
      const accessToken = await getToken();
      const exchange = await exchangeHttp({
        url,
        method,
        headers: {
          authorization: `Bearer ${accessToken}`,
          accept: 'application/json, application/octet-stream, */*',
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body,
        agents,
        timeoutMs,
        maxResponseBytes,
      });
      if (exchange.status === 401 && attempt === 0) {
        if (token?.value === accessToken) token = null;
        continue;
      }
      if (exchange.status >= 300) throw toError(exchange, `${method} ${path}`);
      return exchange;
    }
  }

  return {
    call,
    callJson: async <T>(apiCall: ApiCall) =>
      parseJson(await call(apiCall), `${apiCall.method} ${apiCall.path}`) as T,
    close: agents.close,
  };
}
