import { bigint, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn, tenantIsolationPolicy, timestamptz } from '../../db/columns.js';
import { tenantsTable } from '../tenants/tenants.table.js';

/** The metryka: append-only (the application role may only SELECT and INSERT), hash-chained per office. */
export const auditEventsTable = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    occurredAt: timestamptz('occurred_at').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    documentId: text('document_id'),
    actorUserId: uuid('actor_user_id'),
    actorPositionId: uuid('actor_position_id'),
    actingForUserId: uuid('acting_for_user_id'),
    requestId: text('request_id'),
    clientAddress: text('client_address'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_events_tenant_seq_uq').on(t.tenantId, t.seq),
    index('audit_events_tenant_subject_idx').on(t.tenantId, t.subjectType, t.subjectId, t.seq),
    index('audit_events_tenant_actor_idx').on(t.tenantId, t.actorUserId, t.seq),
    tenantIsolationPolicy('audit_events'),
  ],
).enableRLS();

/** The last link of each office's chain; its row lock serialises appends within one office. */
export const auditChainHeadsTable = pgTable(
  'audit_chain_heads',
  {
    tenantId: uuid('tenant_id')
      .primaryKey()
      .references(() => tenantsTable.id),
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
    lastHash: text('last_hash').notNull(),
  },
  () => [tenantIsolationPolicy('audit_chain_heads')],
).enableRLS();
