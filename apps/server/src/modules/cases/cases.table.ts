import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy, timestamptz } from '../../db/columns.js';
import { contactsTable } from '../contacts/contacts.table.js';
import { incomingItemsTable } from '../correspondence/incoming.table.js';
import { filesTable } from '../files/files.table.js';
import { jrwaVersionsTable } from '../jrwa/jrwa.table.js';
import { organsTable, orgUnitsTable, usersTable } from '../organization/organization.table.js';
import { storedSearchVector } from '../../db/search.js';
import { tenantsTable } from '../tenants/tenants.table.js';
import {
  CASE_DOCUMENT_KINDS,
  CASE_STATUSES,
  DEADLINE_KINDS,
  LINK_KINDS,
  NOT_COUNTED_KINDS,
  SETTLEMENTS,
  SHARE_ACCESS,
} from './cases.constants.js';

const ACCESS = ['public', 'partial', 'restricted'] as const;

/**
 * Sprawy (DOMAIN.md §2.6, metadata part D). The znak (`sign`) is built once at opening from the
 * unit's code and the JRWA end class as they were then, the case number counted per unit, class
 * and year (`case_counters`), and the year the case started; it never changes afterwards.
 */
export const casesTable = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    sign: text('sign').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnitsTable.id),
    unitSymbol: text('unit_symbol').notNull(),
    jrwaVersionId: uuid('jrwa_version_id')
      .notNull()
      .references(() => jrwaVersionsTable.id),
    jrwaSymbol: text('jrwa_symbol').notNull(),
    jrwaTitle: text('jrwa_title').notNull(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    /** A sub-case (podteczka): the group case and this case's number within it. */
    groupCaseId: uuid('group_case_id'),
    groupNumber: integer('group_number'),
    title: text('title').notNull(),
    description: text('description'),
    organId: uuid('organ_id').references(() => organsTable.id),
    access: text('access', { enum: ACCESS }).notNull().default('public'),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('open'),
    handlerUserId: uuid('handler_user_id')
      .notNull()
      .references(() => usersTable.id),
    handlerPositionId: uuid('handler_position_id'),
    openedAt: timestamptz('opened_at').notNull(),
    openedBy: uuid('opened_by'),
    initiatingIncomingId: uuid('initiating_incoming_id').references(() => incomingItemsTable.id),
    /** The day the case was initiated (receipt of the initiating item or opening): terms run from it. */
    initiatedOn: date('initiated_on', { mode: 'string' }).notNull(),
    deadlineKind: text('deadline_kind', { enum: DEADLINE_KINDS }).notNull().default('none'),
    deadlineDays: integer('deadline_days'),
    deadlineDate: date('deadline_date', { mode: 'string' }),
    /** Computed due date (null: no term, or the clock is stopped); kept for lists and dashboards. */
    dueDate: date('due_date', { mode: 'string' }),
    settlement: text('settlement', { enum: SETTLEMENTS }),
    settledOn: date('settled_on', { mode: 'string' }),
    closingNote: text('closing_note'),
    closedAt: timestamptz('closed_at'),
    closedBy: uuid('closed_by'),
    /** Date of the latest element of the case file (metadata D3). */
    lastElementAt: timestamptz('last_element_at'),
    /** Znak, title, description and parties folded without diacritics, for word search. */
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('cases_tenant_sign_uq').on(t.tenantId, t.sign),
    index('cases_tenant_unit_idx').on(t.tenantId, t.unitId, t.status),
    // Search (ADR 0009): words of `search_text`, and newest first.
    index('cases_search_idx').using('gin', storedSearchVector),
    index('cases_tenant_opened_idx').on(t.tenantId, t.openedAt),
    index('cases_tenant_handler_idx').on(t.tenantId, t.handlerUserId, t.status),
    index('cases_tenant_class_year_idx').on(t.tenantId, t.unitId, t.jrwaSymbol, t.year, t.number),
    index('cases_tenant_due_idx')
      .on(t.tenantId, t.dueDate)
      .where(sql`${t.status} <> 'closed'`),
    check('cases_number_ck', sql`${t.number} >= 1`),
    check('cases_group_ck', sql`(${t.groupCaseId} is null) = (${t.groupNumber} is null)`),
    check(
      'cases_closed_ck',
      sql`(${t.status} = 'closed') = (${t.settlement} is not null and ${t.settledOn} is not null)`,
    ),
    tenantIsolationPolicy('cases'),
  ],
).enableRLS();

/**
 * Case numbers per unit, JRWA class, year and group (0 for top-level cases). The upsert locks the
 * row until commit: concurrent openings queue, a rolled-back opening takes its number back.
 */
export const caseCountersTable = pgTable(
  'case_counters',
  {
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    unitId: uuid('unit_id').notNull(),
    jrwaSymbol: text('jrwa_symbol').notNull(),
    year: integer('year').notNull(),
    groupNumber: integer('group_number').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'case_counters_pk',
      columns: [t.tenantId, t.unitId, t.jrwaSymbol, t.year, t.groupNumber],
    }),
    tenantIsolationPolicy('case_counters'),
  ],
).enableRLS();

export const casePartiesTable = pgTable(
  'case_parties',
  {
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => casesTable.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contactsTable.id),
    displayName: text('display_name').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ name: 'case_parties_pk', columns: [t.caseId, t.contactId] }),
    tenantIsolationPolicy('case_parties'),
  ],
).enableRLS();

/**
 * Akta sprawy: the ordered documents of a case with metadata part C (who added it, in which
 * position, when). Incoming items and files are referenced; notes and opinions written in the
 * system keep their text here.
 */
export const caseDocumentsTable = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => casesTable.id),
    ordinal: integer('ordinal').notNull(),
    kind: text('kind', { enum: CASE_DOCUMENT_KINDS }).notNull(),
    documentId: text('document_id').notNull(),
    title: text('title').notNull(),
    documentKind: text('document_kind'),
    access: text('access', { enum: ACCESS }).notNull().default('public'),
    dcmiType: text('dcmi_type').notNull().default('Text'),
    format: text('format'),
    incomingItemId: uuid('incoming_item_id').references(() => incomingItemsTable.id),
    fileId: uuid('file_id').references(() => filesTable.id),
    content: text('content'),
    /** The contributing unit (an opinion from another unit), otherwise the case's own unit. */
    unitId: uuid('unit_id').references(() => orgUnitsTable.id),
    addedAt: timestamptz('added_at').notNull(),
    addedBy: uuid('added_by'),
    addedByPositionId: uuid('added_by_position_id'),
    actingForUserId: uuid('acting_for_user_id'),
    /** Title, content and references folded without diacritics, for search (ADR 0009). */
    searchText: text('search_text').notNull().default(''),
    /** Metadata C1a/C1b as they were when the document was added. */
    addedByName: text('added_by_name'),
    addedByPositionTitle: text('added_by_position_title'),
  },
  (t) => [
    uniqueIndex('case_documents_case_ordinal_uq').on(t.caseId, t.ordinal),
    uniqueIndex('case_documents_case_incoming_uq')
      .on(t.caseId, t.incomingItemId)
      .where(sql`${t.incomingItemId} is not null`),
    index('case_documents_tenant_incoming_idx').on(t.tenantId, t.incomingItemId),
    index('case_documents_tenant_file_idx').on(t.tenantId, t.fileId),
    index('case_documents_search_idx').using('gin', storedSearchVector),
    index('case_documents_tenant_added_idx').on(t.tenantId, t.addedAt),
    check(
      'case_documents_reference_ck',
      sql`(${t.kind} = 'incoming') = (${t.incomingItemId} is not null)
        and (${t.kind} <> 'file' or ${t.fileId} is not null)
        and (${t.kind} <> 'note' or ${t.content} is not null)`,
    ),
    tenantIsolationPolicy('case_documents'),
  ],
).enableRLS();

/** Periods the KPA term does not count (art. 35 § 5): suspensions, the party's delays, others. */
export const caseNotCountedPeriodsTable = pgTable(
  'case_not_counted_periods',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => casesTable.id),
    kind: text('kind', { enum: NOT_COUNTED_KINDS }).notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    reason: text('reason').notNull(),
    createdAt: createdAtColumn(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    index('case_not_counted_periods_case_idx').on(t.caseId),
    uniqueIndex('case_not_counted_periods_open_uq')
      .on(t.caseId)
      .where(sql`${t.toDate} is null`),
    check('case_not_counted_periods_range_ck', sql`${t.toDate} is null or ${t.toDate} >= ${t.fromDate}`),
    tenantIsolationPolicy('case_not_counted_periods'),
  ],
).enableRLS();

/** Related cases: related, continuation, taken over after a reorganisation (new znak, link kept). */
export const caseLinksTable = pgTable(
  'case_links',
  {
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    fromCaseId: uuid('from_case_id')
      .notNull()
      .references(() => casesTable.id),
    toCaseId: uuid('to_case_id')
      .notNull()
      .references(() => casesTable.id),
    kind: text('kind', { enum: LINK_KINDS }).notNull(),
    createdAt: createdAtColumn(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    primaryKey({ name: 'case_links_pk', columns: [t.fromCaseId, t.toCaseId] }),
    index('case_links_to_idx').on(t.toCaseId),
    check('case_links_distinct_ck', sql`${t.fromCaseId} <> ${t.toCaseId}`),
    tenantIsolationPolicy('case_links'),
  ],
).enableRLS();

/**
 * Udostępnienia: the leading unit shares a case — whole, or chosen documents — with a person or a
 * unit, to read or to contribute (opinions into the leading unit's case; DOMAIN.md §2.5
 * "Cooperation"). Revoked shares are kept with who revoked them and when.
 */
export const caseSharesTable = pgTable(
  'case_shares',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => casesTable.id),
    granteeUserId: uuid('grantee_user_id').references(() => usersTable.id),
    granteeUnitId: uuid('grantee_unit_id').references(() => orgUnitsTable.id),
    access: text('access', { enum: SHARE_ACCESS }).notNull(),
    /** The shared documents (case_documents ids); null shares the whole case. */
    documentIds: uuid('document_ids').array(),
    note: text('note'),
    createdAt: createdAtColumn(),
    createdBy: uuid('created_by'),
    revokedAt: timestamptz('revoked_at'),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [
    index('case_shares_case_idx').on(t.caseId),
    index('case_shares_tenant_user_idx')
      .on(t.tenantId, t.granteeUserId)
      .where(sql`${t.revokedAt} is null`),
    index('case_shares_tenant_unit_idx')
      .on(t.tenantId, t.granteeUnitId)
      .where(sql`${t.revokedAt} is null`),
    check('case_shares_grantee_ck', sql`(${t.granteeUserId} is null) <> (${t.granteeUnitId} is null)`),
    tenantIsolationPolicy('case_shares'),
  ],
).enableRLS();
