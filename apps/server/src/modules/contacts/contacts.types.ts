import type { contactsTable } from './contacts.table.js';

export type ContactRow = typeof contactsTable.$inferSelect;
export type NewContactRow = typeof contactsTable.$inferInsert;

/** The identifiers that must be unique within an office (digits only). */
export type ContactIdentifiers = {
  pesel: string | null;
  nip: string | null;
  regon: string | null;
  krs: string | null;
};
export type ContactIdentifierKind = keyof ContactIdentifiers;
