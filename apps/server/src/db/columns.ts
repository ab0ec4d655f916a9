import { sql } from 'drizzle-orm';
import { pgPolicy, pgRole, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Created by migration 0000; the application switches to it inside every tenant transaction. */
export const appRole = pgRole('obieg_app').existing();

export const currentTenantId = sql`nullif(current_setting('app.tenant_id', true), '')::uuid`;

/** RLS policy: the application role sees and writes only rows of the office in `app.tenant_id`. */
export function tenantIsolationPolicy(table: string, column = 'tenant_id') {
  const check = sql`${sql.identifier(column)} = ${currentTenantId}`;
  return pgPolicy(`${table}_tenant_isolation`, {
    as: 'permissive',
    for: 'all',
    to: appRole,
    using: check,
    withCheck: check,
  });
}

export const tenantIdColumn = () => uuid('tenant_id').notNull();
export const createdAtColumn = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull();
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
