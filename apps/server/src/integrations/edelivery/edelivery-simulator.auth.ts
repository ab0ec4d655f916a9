import { createHash, randomBytes } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EDeliverySimulatorError } from './edelivery-simulator.model.js';

/**
 * The simulator's authorisation server: OAuth 2.0 client credentials. With TLS, the client
 * authenticates with its X.509 certificate (RFC 8705 §2), which must chain to the configured client
 * CA, and the token is bound to the certificate (`cnf.x5t#S256`): the API accepts it only over a
 * connection presenting the same certificate (RFC 8705 §3).
 */

export type IssuedToken = { clientId: string; scope: string; expiresAt: number; x5tS256?: string };

function clientCertificateOf(request: FastifyRequest): { thumbprint: string; authorized: boolean } | null {
  const socket = request.raw.socket as Partial<TLSSocket>;
  if (typeof socket.getPeerCertificate !== 'function') return null;
  const certificate = socket.getPeerCertificate();
  if (!certificate?.raw) return null;
  return {
    thumbprint: createHash('sha256').update(certificate.raw).digest('base64url'),
    authorized: socket.authorized === true,
  };
}

const unauthorized = (description: string) =>
  new EDeliverySimulatorError(401, [{ error: 'invalid_token', error_description: description }]);

export function createTokenService({
  now,
  ttlSeconds,
  requireClientCertificate,
}: {
  now: () => Date;
  ttlSeconds: number;
  requireClientCertificate: boolean;
}) {
  const tokens = new Map<string, IssuedToken>();
  let issued = 0;

  function registerTokenRoute(app: FastifyInstance, path: string) {
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    app.post(path, async (request, reply) => {
      const form = (request.body ?? {}) as Record<string, string | undefined>;
      const oauthError = (status: number, error: string, description: string) =>
        reply
          .code(status)
          .header('cache-control', 'no-store')
          .send({ error, error_description: description });
      if (form.grant_type !== 'client_credentials')
        return oauthError(400, 'unsupported_grant_type', 'Only client_credentials is supported');
      if (!form.client_id) return oauthError(400, 'invalid_request', 'client_id is required');
      const certificate = clientCertificateOf(request);
      if (requireClientCertificate && !certificate?.authorized)
        return oauthError(401, 'invalid_client', 'A client certificate issued by the trusted CA is required');
      const token = randomBytes(32).toString('base64url');
      const scope = form.scope ?? 'read_messages write_messages';
      tokens.set(token, {
        clientId: form.client_id,
        scope,
        expiresAt: now().getTime() + ttlSeconds * 1000,
        ...(certificate?.authorized ? { x5tS256: certificate.thumbprint } : {}),
      });
      issued += 1;
      return reply
        .header('cache-control', 'no-store')
        .send({ access_token: token, token_type: 'Bearer', expires_in: ttlSeconds, scope });
    });
  }

  /** The token of an API request, checked (expiry, certificate binding), or a 401. */
  function authenticate(request: FastifyRequest): IssuedToken {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match?.[1]) throw unauthorized('Bearer token required');
    const token = tokens.get(match[1]);
    if (!token) throw unauthorized('Unknown or revoked token');
    if (token.expiresAt <= now().getTime()) {
      tokens.delete(match[1]);
      throw unauthorized('Token expired');
    }
    if (token.x5tS256 !== undefined || requireClientCertificate) {
      const certificate = clientCertificateOf(request);
      if (!certificate || certificate.thumbprint !== token.x5tS256)
        throw unauthorized('Token is bound to another client certificate (cnf x5t#S256)');
    }
    return token;
  }

  return {
    registerTokenRoute,
    authenticate,
    /** Revokes every token (the next API call gets 401 and must fetch a new one). */
    revokeAll: () => tokens.clear(),
    tokensIssued: () => issued,
  };
}
