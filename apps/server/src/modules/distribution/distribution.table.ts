import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy, timestamptz } from '../../db/columns.js';
import { incomingItemsTable } from '../correspondence/incoming.table.js';
import { orgUnitsTable, positionsTable, usersTable } from '../organization/organization.table.js';
import { tenantsTable } from '../tenants/tenants.table.js';
import { DECREE_STATUSES } from './distribution.constants.js';

/**
 * Each distribution of an incoming item to a leading unit (and units for information). Passing an
 * item on keeps the old row (`superseded_at`) and adds a new one; the current one is unique per
 * item. `current_decree_id` names the item's current decree (null while it awaits one).
 */
export const incomingDistributionsTable = pgTable(
  'incoming_distributions',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => incomingItemsTable.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnitsTable.id),
    infoUnitIds: uuid('info_unit_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    reason: text('reason'),
    /** The automatic rule that distributed it (no foreign key: a rule may be deleted later). */
    ruleId: uuid('rule_id'),
    ruleName: text('rule_name'),
    currentDecreeId: uuid('current_decree_id'),
    distributedAt: timestamptz('distributed_at').notNull(),
    distributedBy: uuid('distributed_by'),
    supersededAt: timestamptz('superseded_at'),
  },
  (t) => [
    uniqueIndex('incoming_distributions_item_current_uq')
      .on(t.itemId)
      .where(sql`${t.supersededAt} is null`),
    index('incoming_distributions_tenant_unit_idx')
      .on(t.tenantId, t.unitId)
      .where(sql`${t.supersededAt} is null`),
    tenantIsolationPolicy('incoming_distributions'),
  ],
).enableRLS();

/**
 * Dekretacje: who handles the item, with an instruction and a deadline. Rows are never deleted; a
 * decree is passed on, returned, cancelled or corrected by changing its status. At most one decree
 * of an item is active (pending or accepted), which the partial unique index enforces.
 */
export const decreesTable = pgTable(
  'decrees',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => incomingItemsTable.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnitsTable.id),
    parentId: uuid('parent_id'),
    correctsId: uuid('corrects_id'),
    assigneeUserId: uuid('assignee_user_id')
      .notNull()
      .references(() => usersTable.id),
    assigneePositionId: uuid('assignee_position_id').references(() => positionsTable.id),
    instruction: text('instruction'),
    deadline: date('deadline', { mode: 'string' }),
    /** The binding deadline: its own, or the earlier one of the decree it passes on. */
    effectiveDeadline: date('effective_deadline', { mode: 'string' }),
    status: text('status', { enum: DECREE_STATUSES }).notNull().default('pending'),
    decreedAt: timestamptz('decreed_at').notNull(),
    decreedBy: uuid('decreed_by'),
    decreedByPositionId: uuid('decreed_by_position_id'),
    actingForUserId: uuid('acting_for_user_id'),
    acceptedAt: timestamptz('accepted_at'),
    returnedAt: timestamptz('returned_at'),
    returnReason: text('return_reason'),
    closedAt: timestamptz('closed_at'),
    closeReason: text('close_reason'),
  },
  (t) => [
    uniqueIndex('decrees_item_active_uq')
      .on(t.itemId)
      .where(sql`${t.status} in ('pending', 'accepted')`),
    index('decrees_item_idx').on(t.itemId),
    index('decrees_tenant_assignee_idx').on(t.tenantId, t.assigneeUserId, t.status),
    check(
      'decrees_deadline_ck',
      sql`${t.effectiveDeadline} is null or ${t.deadline} is null or ${t.deadline} >= ${t.effectiveDeadline}`,
    ),
    tenantIsolationPolicy('decrees'),
  ],
).enableRLS();

/**
 * Automatic distribution at registration (DOMAIN.md §2.5 "automatyczna dekretacja"): every
 * criterion given must match; the active rules run in priority order and the first match wins.
 */
export const distributionRulesTable = pgTable(
  'distribution_rules',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    name: text('name').notNull(),
    priority: integer('priority').notNull().default(100),
    active: boolean('active').notNull().default(true),
    senderContactId: uuid('sender_contact_id'),
    documentKind: text('document_kind'),
    organId: uuid('organ_id'),
    deliveryMethod: text('delivery_method'),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnitsTable.id),
    infoUnitIds: uuid('info_unit_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    createdAt: createdAtColumn(),
    updatedAt: timestamptz('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('distribution_rules_tenant_priority_idx').on(t.tenantId, t.priority),
    tenantIsolationPolicy('distribution_rules'),
  ],
).enableRLS();
