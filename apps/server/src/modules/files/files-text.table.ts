import { boolean, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn, tenantIsolationPolicy, timestamptz } from '../../db/columns.js';
import { storedSearchVector } from '../../db/search.js';
import { tenantsTable } from '../tenants/tenants.table.js';
import { filesTable } from './files.table.js';

/**
 * The text of a file (PDF, DOCX, ODT, plain text, XML), extracted by a background job after
 * upload, for search. `method` names how it was read; `none` for content with no text to read
 * (scans: OCR later), with the reason in `error` when reading failed.
 */
export const fileTextsTable = pgTable(
  'file_texts',
  {
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    fileId: uuid('file_id')
      .primaryKey()
      .references(() => filesTable.id),
    method: text('method', { enum: ['pdf', 'docx', 'odt', 'text', 'xml', 'none'] }).notNull(),
    text: text('text').notNull(),
    chars: integer('chars').notNull(),
    /** Only the beginning was kept (FILE_TEXT_MAX_CHARS). */
    truncated: boolean('truncated').notNull(),
    error: text('error'),
    extractedAt: timestamptz('extracted_at').notNull(),
    /** The beginning of the text folded without diacritics, for search (ADR 0009; a tsvector holds ≤ 1 MB). */
    searchText: text('search_text').notNull().default(''),
  },
  () => [
    index('file_texts_search_idx').using('gin', storedSearchVector),
    tenantIsolationPolicy('file_texts'),
  ],
).enableRLS();
