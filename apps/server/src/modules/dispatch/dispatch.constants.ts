import type {
  DISPATCH_CHANNELS as CONTRACT_CHANNELS,
  DISPATCH_ITEM_STATUSES as CONTRACT_ITEM_STATUSES,
  POSTAL_KINDS as CONTRACT_POSTAL_KINDS,
} from '@obieg/contracts/dispatch';

// Plain copies (the table files are read by drizzle-kit, which loads no workspace packages).
export const DISPATCH_CHANNELS = [
  'post',
  'edelivery',
  'edelivery_hybrid',
  'epuap',
  'email',
  'in_person',
] as const satisfies typeof CONTRACT_CHANNELS;
export const DISPATCH_ITEM_STATUSES = [
  'queued',
  'waiting',
  'sent',
  'delivered',
  'undelivered',
  'failed',
  'cancelled',
] as const satisfies typeof CONTRACT_ITEM_STATUSES;
export const POSTAL_KINDS = ['ordinary', 'registered'] as const satisfies typeof CONTRACT_POSTAL_KINDS;

/** The outgoing register (rejestr przesyłek wychodzących) in the office's `registers`. */
export const OUTGOING_REGISTER_CODE = 'RPWY';
export const DEFAULT_OUTGOING_FORMAT = 'W/{n}/{yyyy}';

/** The job that sends one electronic item (e-Doręczenia, ePUAP, e-mail). */
export const DISPATCH_SEND_JOB = 'dispatch.send';

/**
 * Delay before the next attempt after the n-th failed one (1 min, 2, 4 … capped at 1 h): a
 * national system down for a day is retried about 30 times; after `SEND_MAX_ATTEMPTS` the item is
 * marked failed (the registry sees it and may retry by hand).
 */
export const sendRetryDelayMs = (attempts: number) =>
  Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempts - 1));
export const SEND_MAX_ATTEMPTS = 40;

/** e-Doręczenia delivery fiction: 14 days from the day after D.1 (DOMAIN.md §6.3 R13). */
export const EDELIVERY_FICTION_DAYS = 14;

/** Register exports and printouts stop at this many rows. */
export const MAX_REGISTER_EXPORT_ROWS = 10_000;
