import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy } from '../../db/columns.js';
import { tenantsTable } from '../tenants/tenants.table.js';

/**
 * The office's registers (RPW today; outgoing and legal-act registers later) and their number
 * format: `{n}` the sequence, `{yyyy}` the year. An office without a row uses the default format.
 */
export const registersTable = pgTable(
  'registers',
  {
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    code: text('code').notNull(),
    numberFormat: text('number_format').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ name: 'registers_pk', columns: [t.tenantId, t.code] }),
    check('registers_number_format_ck', sql`${t.numberFormat} like '%{n}%'`),
    tenantIsolationPolicy('registers'),
  ],
).enableRLS();

/**
 * One row per office, register and year, incremented by an upsert inside the registering
 * transaction: the row lock serialises registrations across processes, and a rolled-back
 * registration rolls its number back too, so numbers are gapless.
 */
export const registryCountersTable = pgTable(
  'registry_counters',
  {
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    registerCode: text('register_code').notNull(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [
    primaryKey({ name: 'registry_counters_pk', columns: [t.tenantId, t.registerCode, t.year] }),
    tenantIsolationPolicy('registry_counters'),
  ],
).enableRLS();

const dictionaryColumns = () => ({
  tenantId: tenantIdColumn().references(() => tenantsTable.id),
  code: text('code').notNull(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  sort: integer('sort').notNull().default(0),
});

/** Sposoby doręczenia (metadata A15), per office. */
export const deliveryMethodsTable = pgTable('delivery_methods', dictionaryColumns(), (t) => [
  primaryKey({ name: 'delivery_methods_pk', columns: [t.tenantId, t.code] }),
  tenantIsolationPolicy('delivery_methods'),
]).enableRLS();

/** Rodzaje dokumentów (metadata A7), per office. */
export const documentKindsTable = pgTable('document_kinds', dictionaryColumns(), (t) => [
  primaryKey({ name: 'document_kinds_pk', columns: [t.tenantId, t.code] }),
  tenantIsolationPolicy('document_kinds'),
]).enableRLS();

/** A client's `Idempotency-Key` of a registration, kept 24 hours, naming the item it created. */
export const idempotencyKeysTable = pgTable(
  'idempotency_keys',
  {
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    key: text('key').notNull(),
    scope: text('scope').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** SHA-256 of the request body: the same key with another body is refused, not replayed. */
    requestHash: text('request_hash'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ name: 'idempotency_keys_pk', columns: [t.tenantId, t.scope, t.key] }),
    tenantIsolationPolicy('idempotency_keys'),
  ],
).enableRLS();
