import { vi } from 'vitest';

export type StubRequest = { method: string; url: URL; headers: Headers; body: BodyInit | null | undefined };
type Handler = (request: StubRequest) => Response | Promise<Response>;
type Route = { method: string; path: string; handler: Handler };

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const body = { type: `urn:obieg:problem:${code}`, title: code, status, code, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/**
 * Replaces the global `fetch` with a tiny router: `route('POST /api/v1/auth/login', handler)`.
 * Unknown requests answer 404 problem+json; every request is kept in `requests`.
 */
export function stubFetch() {
  const routes: Route[] = [];
  const requests: StubRequest[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const request = {
      method: (init?.method ?? 'GET').toUpperCase(),
      url,
      headers: new Headers(init?.headers),
      body: init?.body,
    };
    requests.push(request);
    const match = routes.find((route) => route.method === request.method && route.path === url.pathname);
    return match ? match.handler(request) : problem(404, 'http.not_found');
  });
  vi.stubGlobal('fetch', fetchStub);
  const stub = {
    requests,
    route(spec: string, handler: Handler | Response | object) {
      const [method = 'GET', path = '/'] = spec.split(' ');
      const respond: Handler =
        typeof handler === 'function'
          ? (handler as Handler)
          : handler instanceof Response
            ? () => handler.clone()
            : () => json(200, handler);
      routes.unshift({ method, path, handler: respond });
      return stub;
    },
  };
  return stub;
}
