import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy, timestamptz } from '../../db/columns.js';
import { DISPATCH_CHANNELS, DISPATCH_ITEM_STATUSES, POSTAL_KINDS } from './dispatch.constants.js';
import { casesTable } from '../cases/cases.table.js';
import { contactsTable } from '../contacts/contacts.table.js';
import { documentsTable } from '../documents/documents.table.js';
import { filesTable } from '../files/files.table.js';
import { integrationMailboxesTable } from '../integrations/integrations.table.js';
import { tenantsTable } from '../tenants/tenants.table.js';

/** The addressee as it stood when the dispatch was ordered (the contact may change later). */
export type AddresseeSnapshot = {
  contactId: string;
  name: string;
  address: {
    street: string | null;
    building: string | null;
    flat: string | null;
    postalCode: string | null;
    city: string;
    poBox: string | null;
    country: string;
  } | null;
  addressLines: string[];
  edeliveryAddress: string | null;
  epuapBox: string | null;
  email: string | null;
};

/**
 * An entry of the outgoing register (rejestr przesyłek wychodzących): one signed or accepted
 * document sent to one or more addressees, numbered per office and year.
 */
export const dispatchesTable = pgTable(
  'dispatches',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    number: text('number').notNull(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documentsTable.id),
    /** The document version sent (the signed one for electronic channels). */
    versionId: uuid('version_id').notNull(),
    /** The file sent (PDF or the signed file). */
    fileId: uuid('file_id')
      .notNull()
      .references(() => filesTable.id),
    documentTitle: text('document_title').notNull(),
    caseId: uuid('case_id').references(() => casesTable.id),
    caseSign: text('case_sign'),
    remarks: text('remarks'),
    orderedAt: timestamptz('ordered_at').notNull(),
    orderedBy: uuid('ordered_by'),
    orderedByName: text('ordered_by_name'),
    orderedByPositionId: uuid('ordered_by_position_id'),
    actingForUserId: uuid('acting_for_user_id'),
  },
  (t) => [
    uniqueIndex('dispatches_tenant_year_sequence_uq').on(t.tenantId, t.year, t.sequence),
    index('dispatches_tenant_case_idx').on(t.tenantId, t.caseId),
    index('dispatches_tenant_document_idx').on(t.tenantId, t.documentId),
    tenantIsolationPolicy('dispatches'),
  ],
).enableRLS();

/** One addressee of a dispatch with its channel, status and delivery. */
export const dispatchItemsTable = pgTable(
  'dispatch_items',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    dispatchId: uuid('dispatch_id')
      .notNull()
      .references(() => dispatchesTable.id),
    position: integer('position').notNull(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contactsTable.id),
    addressee: jsonb('addressee').$type<AddresseeSnapshot>().notNull(),
    /** Folded name for sorting and search. */
    addresseeSort: text('addressee_sort').notNull(),
    channel: text('channel', { enum: DISPATCH_CHANNELS }).notNull(),
    postalKind: text('postal_kind', { enum: POSTAL_KINDS }),
    priority: boolean('priority').notNull().default(false),
    returnReceipt: boolean('return_receipt').notNull().default(false),
    specialRules: text('special_rules'),
    status: text('status', { enum: DISPATCH_ITEM_STATUSES }).notNull(),
    externalStatus: text('external_status'),
    /** e-Doręczenia message id (the draft id, kept before sending) or ePUAP document id. */
    externalId: text('external_id'),
    /** The mailbox it is sent from. */
    mailboxId: uuid('mailbox_id').references(() => integrationMailboxesTable.id),
    trackingNumber: text('tracking_number'),
    postedOn: date('posted_on', { mode: 'string' }),
    sentAt: timestamptz('sent_at'),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    deliveryKind: text('delivery_kind', { enum: ['confirmed', 'fiction'] }),
    /** For e-Doręczenia: the day the letter was made available (D.1), the start of the fiction. */
    availableOn: date('available_on', { mode: 'string' }),
    returnedOn: date('returned_on', { mode: 'string' }),
    returnReason: text('return_reason'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamptz('next_attempt_at'),
    createdAt: createdAtColumn(),
    updatedAt: timestamptz('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('dispatch_items_position_uq').on(t.dispatchId, t.position),
    uniqueIndex('dispatch_items_tracking_uq')
      .on(t.tenantId, t.trackingNumber)
      .where(sql`${t.trackingNumber} is not null`),
    index('dispatch_items_tenant_status_idx').on(t.tenantId, t.status),
    index('dispatch_items_tenant_posted_idx').on(t.tenantId, t.postedOn),
    index('dispatch_items_external_idx')
      .on(t.tenantId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    tenantIsolationPolicy('dispatch_items'),
  ],
).enableRLS();

/** Proof kept with an item: e-Doręczenia evidence, ePUAP UPP/UPD, ZPO scan, the sent e-mail. */
export const dispatchEvidenceTable = pgTable(
  'dispatch_evidence',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => dispatchItemsTable.id),
    kind: text('kind').notNull(),
    /** The evidence's id at the channel (stored once). */
    externalId: text('external_id'),
    fileId: uuid('file_id').references(() => filesTable.id),
    eventAt: timestamptz('event_at'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('dispatch_evidence_item_idx').on(t.itemId),
    uniqueIndex('dispatch_evidence_external_uq')
      .on(t.itemId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    tenantIsolationPolicy('dispatch_evidence'),
  ],
).enableRLS();
