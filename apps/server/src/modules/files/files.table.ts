import { bigint, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy } from '../../db/columns.js';
import { tenantsTable } from '../tenants/tenants.table.js';

/**
 * One uploaded file (an original; never modified). The content lives in the content-addressed
 * store under `storageKey` (the office id and the SHA-256), so identical content is stored once
 * per office while each upload keeps its own name and metadata row.
 */
export const filesTable = pgTable(
  'files',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    name: text('name').notNull(),
    storageKey: text('storage_key').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAtColumn(),
  },
  (t) => [index('files_tenant_sha256_idx').on(t.tenantId, t.sha256), tenantIsolationPolicy('files')],
).enableRLS();
