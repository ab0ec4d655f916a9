import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
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
import { filesTable } from '../files/files.table.js';
import { organsTable } from '../organization/organization.table.js';
import { storedSearchVector } from '../../db/search.js';
import { tenantsTable } from '../tenants/tenants.table.js';

/** A sender as it stood at registration (metadata A1, A2): the contact may change later. */
export type IncomingSenderSnapshot = {
  contactId: string;
  kind: 'person' | 'institution';
  name: string | null;
  surname: string | null;
  givenNames: string | null;
  address: {
    street: string | null;
    building: string | null;
    flat: string | null;
    postalCode: string | null;
    city: string;
    poBox: string | null;
    country: string;
  } | null;
  emails: string[];
};

const PARTIAL_DATE = `'^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'`;

/**
 * Whitespace and `\ / * ? : = , ;` (metadata A8). The doubled backslash is one in a regex class;
 * `\x3b` is `;`, spelled so because drizzle-kit splits migration statements at a literal one.
 */
const FORBIDDEN_IN_DOCUMENT_ID = String.raw`'[[:space:]\\/*?:=,\x3b]'`;

/** Przesyłki wpływające: one row per item in the RPW, with metadata part A. */
export const incomingItemsTable = pgTable(
  'incoming_items',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    rpwYear: integer('rpw_year').notNull(),
    rpwSequence: integer('rpw_sequence').notNull(),
    rpwNumber: text('rpw_number').notNull(),
    documentId: text('document_id').notNull(),
    title: text('title').notNull(),
    senders: jsonb('senders').$type<IncomingSenderSnapshot[]>().notNull(),
    letterDate: text('letter_date'),
    postingDate: text('posting_date'),
    receivedAt: date('received_at', { mode: 'string' }).notNull(),
    registeredAt: timestamptz('registered_at').notNull(),
    registeredBy: uuid('registered_by'),
    documentKind: text('document_kind'),
    access: text('access', { enum: ['public', 'partial', 'restricted'] })
      .notNull()
      .default('public'),
    attachmentsCount: integer('attachments_count'),
    remarks: text('remarks'),
    dcmiType: text('dcmi_type').notNull().default('Text'),
    deliveryMethod: text('delivery_method').notNull(),
    senderReference: text('sender_reference'),
    organId: uuid('organ_id').references(() => organsTable.id),
    paperStore: text('paper_store'),
    paperBox: text('paper_box'),
    fullScan: boolean('full_scan').notNull().default(false),
    noFullScanReason: text('no_full_scan_reason'),
    notOpened: boolean('not_opened').notNull().default(false),
    status: text('status', { enum: ['registered', 'cancelled'] })
      .notNull()
      .default('registered'),
    cancellationReason: text('cancellation_reason'),
    cancelledAt: timestamptz('cancelled_at'),
    cancelledBy: uuid('cancelled_by'),
    /** Title, senders, numbers and reference folded without diacritics, for word search. */
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('incoming_items_tenant_year_sequence_uq').on(t.tenantId, t.rpwYear, t.rpwSequence),
    uniqueIndex('incoming_items_document_id_uq').on(t.documentId),
    index('incoming_items_tenant_received_idx').on(t.tenantId, t.receivedAt),
    // Search (ADR 0009): words of `search_text`, and newest first.
    index('incoming_items_search_idx').using('gin', storedSearchVector),
    index('incoming_items_tenant_registered_idx').on(t.tenantId, t.registeredAt),
    check('incoming_items_letter_date_ck', sql`${t.letterDate} ~ ${sql.raw(PARTIAL_DATE)}`),
    check('incoming_items_posting_date_ck', sql`${t.postingDate} ~ ${sql.raw(PARTIAL_DATE)}`),
    check('incoming_items_document_id_ck', sql`${t.documentId} !~ ${sql.raw(FORBIDDEN_IN_DOCUMENT_ID)}`),
    check('incoming_items_senders_ck', sql`jsonb_array_length(${t.senders}) >= 1`),
    tenantIsolationPolicy('incoming_items'),
  ],
).enableRLS();

export const incomingItemFilesTable = pgTable(
  'incoming_item_files',
  {
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => incomingItemsTable.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => filesTable.id),
    position: integer('position').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ name: 'incoming_item_files_pk', columns: [t.itemId, t.fileId] }),
    tenantIsolationPolicy('incoming_item_files'),
  ],
).enableRLS();

/** Corrections by the registry: who, when, why, and each changed field's old and new value. */
export const incomingItemCorrectionsTable = pgTable(
  'incoming_item_corrections',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => incomingItemsTable.id),
    at: timestamptz('at').notNull(),
    by: uuid('by'),
    reason: text('reason').notNull(),
    changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
  },
  (t) => [
    index('incoming_item_corrections_item_idx').on(t.itemId),
    tenantIsolationPolicy('incoming_item_corrections'),
  ],
).enableRLS();
