import type { filesTable } from './files.table.js';

export type FileRow = typeof filesTable.$inferSelect;
export type NewFileRow = typeof filesTable.$inferInsert;
