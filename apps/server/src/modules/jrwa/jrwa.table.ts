import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy } from '../../db/columns.js';
import { orgUnitsTable } from '../organization/organization.table.js';
import { tenantsTable } from '../tenants/tenants.table.js';

export const jrwaVersionsTable = pgTable(
  'jrwa_versions',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    name: text('name').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    demonstration: boolean('demonstration').notNull().default(false),
    sourceFileName: text('source_file_name'),
    createdBy: uuid('created_by'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('jrwa_versions_tenant_valid_idx').on(t.tenantId, t.validFrom),
    tenantIsolationPolicy('jrwa_versions'),
  ],
).enableRLS();

export const jrwaClassesTable = pgTable(
  'jrwa_classes',
  {
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => jrwaVersionsTable.id),
    symbol: text('symbol').notNull(),
    title: text('title').notNull(),
    category: text('category'),
    categoryOther: text('category_other'),
    remarks: text('remarks'),
    level: integer('level').notNull(),
    parentSymbol: text('parent_symbol'),
    final: boolean('final').notNull(),
    /** Title folded to lower case without Polish diacritics, for search. */
    searchText: text('search_text').notNull(),
  },
  (t) => [
    primaryKey({ name: 'jrwa_classes_pk', columns: [t.versionId, t.symbol] }),
    index('jrwa_classes_tenant_version_idx').on(t.tenantId, t.versionId),
    tenantIsolationPolicy('jrwa_classes'),
  ],
).enableRLS();

/** Wyciąg z JRWA: the end classes an organisational unit uses. */
export const jrwaUnitClassesTable = pgTable(
  'jrwa_unit_classes',
  {
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnitsTable.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => jrwaVersionsTable.id),
    symbol: text('symbol').notNull(),
  },
  (t) => [
    primaryKey({ name: 'jrwa_unit_classes_pk', columns: [t.orgUnitId, t.versionId, t.symbol] }),
    uniqueIndex('jrwa_unit_classes_lookup_uq').on(t.tenantId, t.versionId, t.symbol, t.orgUnitId),
    tenantIsolationPolicy('jrwa_unit_classes'),
  ],
).enableRLS();
