import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy, timestamptz } from '../../db/columns.js';
import { MAILBOX_KINDS } from './integrations.constants.js';
import { incomingItemsTable } from '../correspondence/incoming.table.js';
import { orgUnitsTable } from '../organization/organization.table.js';
import { tenantsTable } from '../tenants/tenants.table.js';

/**
 * The office's accounts in e-Doręczenia (one per ADE), ePUAP (one per ESP box) and its SMTP
 * sender. The client certificate's key and any password are sealed with the PKI master key.
 */
export const integrationMailboxesTable = pgTable(
  'integration_mailboxes',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    kind: text('kind', { enum: MAILBOX_KINDS }).notNull(),
    address: text('address').notNull(),
    name: text('name').notNull(),
    unitId: uuid('unit_id').references(() => orgUnitsTable.id),
    enabled: boolean('enabled').notNull().default(true),
    isDefault: boolean('is_default').notNull().default(false),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    certificatePem: text('certificate_pem'),
    /** PKCS#8 key or password, AES-256-GCM under the master key. */
    sealedSecret: text('sealed_secret'),
    certificateSubject: text('certificate_subject'),
    certificateValidTo: timestamptz('certificate_valid_to'),
    lastSyncAt: timestamptz('last_sync_at'),
    lastSyncError: text('last_sync_error'),
    createdAt: createdAtColumn(),
    updatedAt: timestamptz('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('integration_mailboxes_address_uq').on(t.tenantId, t.kind, t.address),
    tenantIsolationPolicy('integration_mailboxes'),
  ],
).enableRLS();

/** What the integrations did and refused, for the administrator (no personal data in messages). */
export const integrationLogTable = pgTable(
  'integration_log',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    at: timestamptz('at').notNull(),
    integration: text('integration', { enum: ['edelivery', 'epuap', 'smtp', 'post'] }).notNull(),
    mailboxId: uuid('mailbox_id').references(() => integrationMailboxesTable.id),
    level: text('level', { enum: ['info', 'warning', 'error'] }).notNull(),
    code: text('code').notNull(),
    message: text('message').notNull(),
    reference: text('reference'),
    incomingItemId: uuid('incoming_item_id'),
    dispatchItemId: uuid('dispatch_item_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('integration_log_tenant_at_idx').on(t.tenantId, t.at),
    tenantIsolationPolicy('integration_log'),
  ],
).enableRLS();

/**
 * Messages taken from a mailbox: registered in the RPW once (the row is written in the
 * registration's transaction), then removed or acknowledged at the channel (`removedAt`).
 */
export const integrationIntakeTable = pgTable(
  'integration_intake',
  {
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    mailboxId: uuid('mailbox_id')
      .notNull()
      .references(() => integrationMailboxesTable.id),
    externalId: text('external_id').notNull(),
    /** Null when the message was refused (see the log). */
    incomingItemId: uuid('incoming_item_id').references(() => incomingItemsTable.id),
    outcome: text('outcome', { enum: ['registered', 'refused'] }).notNull(),
    takenAt: timestamptz('taken_at').notNull(),
    removedAt: timestamptz('removed_at'),
  },
  (t) => [
    primaryKey({ name: 'integration_intake_pk', columns: [t.mailboxId, t.externalId] }),
    index('integration_intake_pending_idx')
      .on(t.mailboxId)
      .where(sql`${t.removedAt} is null`),
    tenantIsolationPolicy('integration_intake'),
  ],
).enableRLS();
