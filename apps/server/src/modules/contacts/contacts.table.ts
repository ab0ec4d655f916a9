import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy, timestamptz } from '../../db/columns.js';
import { tenantsTable } from '../tenants/tenants.table.js';

/** An address of a contact (metadata A2 of the instruction): locality and country required. */
export type ContactAddress = {
  street: string | null;
  building: string | null;
  flat: string | null;
  postalCode: string | null;
  city: string;
  poBox: string | null;
  country: string;
  terytSimc: string | null;
  terytUlic: string | null;
};

/** Baza teleadresowa: persons and institutions that write to the office or receive its letters. */
export const contactsTable = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    kind: text('kind', { enum: ['person', 'institution'] }).notNull(),
    givenNames: text('given_names'),
    surname: text('surname'),
    name: text('name'),
    pesel: text('pesel'),
    nip: text('nip'),
    regon: text('regon'),
    krs: text('krs'),
    epuapBox: text('epuap_box'),
    edeliveryAddress: text('edelivery_address'),
    emails: text('emails').array().notNull(),
    phones: text('phones').array().notNull(),
    addresses: jsonb('addresses').$type<ContactAddress[]>().notNull(),
    remarks: text('remarks'),
    /** Names, identifiers and cities folded to lower case without Polish diacritics, for search. */
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAtColumn(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    index('contacts_tenant_pesel_idx').on(t.tenantId, t.pesel),
    index('contacts_tenant_nip_idx').on(t.tenantId, t.nip),
    index('contacts_tenant_regon_idx').on(t.tenantId, t.regon),
    index('contacts_tenant_krs_idx').on(t.tenantId, t.krs),
    tenantIsolationPolicy('contacts'),
  ],
).enableRLS();
