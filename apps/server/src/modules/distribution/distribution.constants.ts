import type { AuditAction } from '@obieg/contracts/audit';
import type { DecreeStatus } from '@obieg/contracts/distribution';

/** The contract's decree statuses, spelled here for the table (drizzle-kit loads no contracts). */
export const DECREE_STATUSES = [
  'pending',
  'accepted',
  'returned',
  'passed_on',
  'cancelled',
  'corrected',
  'superseded',
] as const satisfies readonly DecreeStatus[];

/** The PostgreSQL NOTIFY channel of inbox changes (payload: an `InboxEvent` as JSON). */
export const INBOX_CHANNEL = 'obieg_inbox';
/** An SSE comment line this often keeps proxies from closing an idle stream. */
export const INBOX_HEARTBEAT_MS = 25_000;
/**
 * A stream ends after this long and the browser's EventSource reconnects, authenticating again:
 * a revoked session or a changed position stops receiving events within this time.
 */
export const INBOX_STREAM_MAX_MS = 10 * 60_000;
/** A client whose unsent data grows past this is too slow: its stream is closed. */
export const INBOX_STREAM_MAX_BUFFER_BYTES = 64 * 1024;
/** Inbox pages are offsets; deeper than this, narrow the filter. */
export const MAX_INBOX_OFFSET = 10_000;

/** Metryka actions that make up an item's history (reads of the item are left out). */
export const HISTORY_ACTIONS = [
  'correspondence.incoming_registered',
  'correspondence.incoming_corrected',
  'correspondence.incoming_cancelled',
  'correspondence.incoming_files_attached',
  'correspondence.incoming_distributed',
  'correspondence.incoming_redistributed',
  'correspondence.decree_issued',
  'correspondence.decree_accepted',
  'correspondence.decree_returned',
  'correspondence.decree_cancelled',
  'correspondence.decree_corrected',
] as const satisfies readonly AuditAction[];
