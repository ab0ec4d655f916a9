import type { MAILBOX_KINDS as CONTRACT_MAILBOX_KINDS } from '@obieg/contracts/integrations';

// A plain copy (the table files are read by drizzle-kit, which loads no workspace packages).
export const MAILBOX_KINDS = ['edelivery', 'epuap', 'smtp'] as const satisfies typeof CONTRACT_MAILBOX_KINDS;

/** The job that fetches a tenant's incoming mail and outgoing statuses (self-rescheduling). */
export const INTEGRATIONS_SYNC_JOB = 'integrations.sync';
/** How often the scheduled synchronisation runs. */
export const SYNC_INTERVAL_MS = 60_000;
/** Messages taken from one mailbox per synchronisation (the next run continues). */
export const SYNC_BATCH = 500;
/** Largest incoming message (all attachments) registered automatically. */
export const MAX_INCOMING_MESSAGE_BYTES = 100 * 1024 * 1024;
/** e-Doręczenia address shape (DOMAIN.md §6.2; the checksum is not public). */
export const ADE_PATTERN = /^AE:[A-Z]{2}-\d{5}-\d{5}-[A-Z]{5}-\d{2}$/;
/** ePUAP box address `/podmiot/skrytka`. */
export const EPUAP_BOX_PATTERN = /^\/[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
