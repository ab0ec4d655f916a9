import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { precompiledInsert } from '../../db/precompiled.js';
import { fileTextsTable } from './files-text.table.js';
import { filesTable } from './files.table.js';
import type { FileRow } from './files.types.js';

/** Runs on every upload: built once. */
const insertFileStatement = precompiledInsert(filesTable);

export function createFilesRepository({ db }: { db: Database }) {
  return {
    /** Every column given, so the row is known without reading it back. */
    async insertFile(row: FileRow): Promise<FileRow> {
      await insertFileStatement(db, row);
      return row;
    },

    async upsertFileText(row: typeof fileTextsTable.$inferInsert) {
      await db
        .insert(fileTextsTable)
        .values(row)
        .onConflictDoUpdate({
          target: fileTextsTable.fileId,
          set: {
            method: row.method,
            text: row.text,
            chars: row.chars,
            truncated: row.truncated,
            error: row.error ?? null,
            extractedAt: row.extractedAt,
            searchText: row.searchText ?? '',
          },
        });
    },

    async findFileText({ tenantId, fileId }: { tenantId: string; fileId: string }) {
      const [row] = await db
        .select()
        .from(fileTextsTable)
        .where(and(eq(fileTextsTable.tenantId, tenantId), eq(fileTextsTable.fileId, fileId)));
      return row ?? null;
    },

    async findFileById({ tenantId, id }: { tenantId: string; id: string }): Promise<FileRow | null> {
      const [row] = await db
        .select()
        .from(filesTable)
        .where(and(eq(filesTable.tenantId, tenantId), eq(filesTable.id, id)));
      return row ?? null;
    },
  };
}
