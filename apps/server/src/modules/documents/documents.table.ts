import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy, timestamptz } from '../../db/columns.js';
import { caseDocumentsTable, casesTable } from '../cases/cases.table.js';
import { filesTable } from '../files/files.table.js';
import { positionsTable, usersTable } from '../organization/organization.table.js';
import { tenantsTable } from '../tenants/tenants.table.js';
import {
  APPROVAL_PATH_STATUSES,
  APPROVAL_STEP_STATUSES,
  DOCUMENT_STATUSES,
  VERSION_SOURCES,
} from './documents.constants.js';
import type { LetterFrame } from './letter.models.js';

/** Letter templates of an office (header, body with `{{fields}}`, closing, signature block). */
export const letterTemplatesTable = pgTable(
  'letter_templates',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    name: text('name').notNull(),
    description: text('description'),
    header: text('header').notNull(),
    body: text('body').notNull(),
    closing: text('closing'),
    signatureBlock: text('signature_block').notNull(),
    logoFileId: uuid('logo_file_id').references(() => filesTable.id),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: createdAtColumn(),
    createdBy: uuid('created_by'),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('letter_templates_tenant_name_uq').on(t.tenantId, t.name),
    tenantIsolationPolicy('letter_templates'),
  ],
).enableRLS();

/**
 * A document written in a case (projekt pisma → signed letter). Its id is the id of its entry in
 * the case file (`case_documents`, kind `draft`), so the case file links to it directly.
 */
export const documentsTable = pgTable(
  'documents',
  {
    id: uuid('id')
      .primaryKey()
      .references(() => caseDocumentsTable.id),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => casesTable.id),
    title: text('title').notNull(),
    status: text('status', { enum: DOCUMENT_STATUSES }).notNull(),
    internal: boolean('internal').notNull().default(false),
    templateId: uuid('template_id').references(() => letterTemplatesTable.id),
    /** Contact ids with the names as they were when the draft was made. */
    addressees: jsonb('addressees').$type<{ id: string; name: string; address: string | null }[]>().notNull(),
    /** The letter around the body (header, place and date, znak, addressee, signature), fixed at creation. */
    frame: jsonb('frame').$type<LetterFrame>().notNull(),
    createdAt: createdAtColumn(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
    createdByPositionId: uuid('created_by_position_id'),
    actingForUserId: uuid('acting_for_user_id'),
    updatedAt: timestamptz('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('documents_tenant_case_idx').on(t.tenantId, t.caseId), tenantIsolationPolicy('documents')],
).enableRLS();

/** Every version of a document, never changed or removed. */
export const documentVersionsTable = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documentsTable.id),
    number: integer('number').notNull(),
    source: text('source', { enum: VERSION_SOURCES }).notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => filesTable.id),
    editableFileId: uuid('editable_file_id').references(() => filesTable.id),
    /** The body typed in the editor or filled from a template (not the extracted text of uploads). */
    body: text('body'),
    comment: text('comment'),
    createdAt: createdAtColumn(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
    createdByPositionId: uuid('created_by_position_id'),
    actingForUserId: uuid('acting_for_user_id'),
  },
  (t) => [
    uniqueIndex('document_versions_number_uq').on(t.documentId, t.number),
    tenantIsolationPolicy('document_versions'),
  ],
).enableRLS();

export const approvalPathsTable = pgTable(
  'approval_paths',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documentsTable.id),
    status: text('status', { enum: APPROVAL_PATH_STATUSES }).notNull(),
    comment: text('comment'),
    startedAt: timestamptz('started_at').notNull(),
    startedBy: uuid('started_by'),
    startedByName: text('started_by_name'),
    startedByPositionId: uuid('started_by_position_id'),
    actingForUserId: uuid('acting_for_user_id'),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [
    index('approval_paths_document_idx').on(t.tenantId, t.documentId),
    uniqueIndex('approval_paths_one_running_uq')
      .on(t.documentId)
      .where(sql`${t.status} = 'in_progress'`),
    tenantIsolationPolicy('approval_paths'),
  ],
).enableRLS();

/** One person's task on a path; steps of the same stage run in parallel. */
export const approvalStepsTable = pgTable(
  'approval_steps',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    pathId: uuid('path_id')
      .notNull()
      .references(() => approvalPathsTable.id),
    stage: integer('stage').notNull(),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positionsTable.id),
    assigneeUserId: uuid('assignee_user_id')
      .notNull()
      .references(() => usersTable.id),
    signatory: boolean('signatory').notNull().default(false),
    status: text('status', { enum: APPROVAL_STEP_STATUSES }).notNull(),
    activatedAt: timestamptz('activated_at'),
    decidedAt: timestamptz('decided_at'),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    actingForUserId: uuid('acting_for_user_id'),
    comment: text('comment'),
    versionId: uuid('version_id').references(() => documentVersionsTable.id),
  },
  (t) => [
    index('approval_steps_path_idx').on(t.pathId, t.stage),
    index('approval_steps_position_idx').on(t.tenantId, t.positionId, t.status),
    check(
      'approval_steps_decided_ck',
      sql`(${t.status} in ('approved', 'rejected')) = (${t.decidedAt} is not null)`,
    ),
    tenantIsolationPolicy('approval_steps'),
  ],
).enableRLS();
