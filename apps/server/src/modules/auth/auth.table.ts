import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy, timestamptz } from '../../db/columns.js';
import { positionsTable, usersTable } from '../organization/organization.table.js';
import { tenantsTable } from '../tenants/tenants.table.js';

export const sessionsTable = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => usersTable.id),
    tokenHash: text('token_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    activePositionId: uuid('active_position_id').references(() => positionsTable.id),
    createdAt: createdAtColumn(),
    lastSeenAt: timestamptz('last_seen_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    revokedAt: timestamptz('revoked_at'),
    clientAddress: text('client_address'),
    userAgent: text('user_agent'),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_uq').on(t.tokenHash),
    index('sessions_tenant_user_idx').on(t.tenantId, t.userId),
    tenantIsolationPolicy('sessions'),
  ],
).enableRLS();

export const apiTokensTable = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => usersTable.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    permissions: text('permissions').array().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAtColumn(),
    expiresAt: timestamptz('expires_at'),
    revokedAt: timestamptz('revoked_at'),
    lastUsedAt: timestamptz('last_used_at'),
  },
  (t) => [uniqueIndex('api_tokens_token_hash_uq').on(t.tokenHash), tenantIsolationPolicy('api_tokens')],
).enableRLS();

/**
 * Failed-login counters per account (`account:<tenant>:<login>`) and per client address (`address:<ip>`).
 * A platform table without tenant_id: an address is throttled across offices. Only system
 * transactions touch it (the application role has no grant on it).
 */
export const loginThrottleTable = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  firstFailureAt: timestamptz('first_failure_at').notNull(),
  lastFailureAt: timestamptz('last_failure_at').notNull(),
  lockedUntil: timestamptz('locked_until'),
});
