import { jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { PostalAddress } from '@obieg/contracts/tenants';
import { createdAtColumn, tenantIsolationPolicy } from '../../db/columns.js';

export const tenantsTable = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nip: text('nip'),
    regon: text('regon'),
    teryt: text('teryt'),
    address: jsonb('address').$type<PostalAddress>(),
    epuapBox: text('epuap_box'),
    edeliveryAddress: text('edelivery_address'),
    timeZone: text('time_zone').notNull().default('Europe/Warsaw'),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('tenants_code_uq').on(t.code), tenantIsolationPolicy('tenants', 'id')],
).enableRLS();
