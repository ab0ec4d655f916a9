import type { FastifyRequest } from 'fastify';
import { EDELIVERY_ERROR_CODES as CODES } from './edelivery.rules.js';
import type { createTokenService } from './edelivery-simulator.auth.js';
import { simulatorError, type Mailbox } from './edelivery-simulator.model.js';
import type { SimulatorStore } from './edelivery-simulator.store.js';
import type { MessageFormat } from './edelivery.types.js';

/** What the simulator's route files share. */
export type SimulatorContext = {
  store: SimulatorStore;
  tokens: ReturnType<typeof createTokenService>;
  now: () => Date;
  /** `http(s)://host:port/api/v1`, known once the server listens. */
  apiBaseUrl: () => string;
};

export type MailboxParams = { ade: string };

/** The mailbox of `/{eDeliveryAddress}/…` for an authenticated caller allowed to use it. */
export function resolveMailbox(context: SimulatorContext, request: FastifyRequest): Mailbox {
  const token = context.tokens.authenticate(request);
  const mailbox = context.store.getMailbox((request.params as MailboxParams).ade);
  if (mailbox.clientId && mailbox.clientId !== token.clientId)
    throw simulatorError(403, 'FORBIDDEN', `Client '${token.clientId}' may not use mailbox '${mailbox.ade}'`);
  return mailbox;
}

export type Query = Record<string, string | undefined>;

export function readFormat<F extends MessageFormat>(query: Query, allowed: readonly F[], fallback: F): F {
  const value = query.format ?? fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw simulatorError(400, CODES.invalidRequest, `format must be one of ${allowed.join(', ')}`);
  return value as F;
}

export function readInteger(
  query: Query,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
) {
  const raw = query[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw simulatorError(400, CODES.invalidRequest, `${name} must be an integer in ${min}–${max}`);
  return value;
}

export function readBoolean(query: Query, name: string): boolean | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (raw !== 'true' && raw !== 'false')
    throw simulatorError(400, CODES.invalidRequest, `${name} must be true or false`);
  return raw === 'true';
}

export function readDate(query: Query, name: string): number | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  const time = Date.parse(raw);
  if (Number.isNaN(time)) throw simulatorError(400, CODES.invalidRequest, `${name} must be a date-time`);
  return time;
}
