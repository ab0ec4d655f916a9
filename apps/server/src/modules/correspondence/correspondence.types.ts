import type {
  incomingItemCorrectionsTable,
  incomingItemFilesTable,
  incomingItemsTable,
} from './incoming.table.js';

export type IncomingItemRow = typeof incomingItemsTable.$inferSelect;
export type NewIncomingItemRow = typeof incomingItemsTable.$inferInsert;
export type IncomingItemFileRow = typeof incomingItemFilesTable.$inferSelect;
export type IncomingCorrectionRow = typeof incomingItemCorrectionsTable.$inferSelect;
export type DictionaryKind = 'delivery_methods' | 'document_kinds';
export type { IncomingSenderSnapshot } from './incoming.table.js';
