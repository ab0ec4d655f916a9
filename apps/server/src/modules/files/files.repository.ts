import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { filesTable } from './files.table.js';
import type { FileRow, NewFileRow } from './files.types.js';

export function createFilesRepository({ db }: { db: Database }) {
  return {
    async insertFile(row: NewFileRow): Promise<FileRow> {
      const [inserted] = await db.insert(filesTable).values(row).returning();
      if (!inserted) throw new Error('insert into files returned no row');
      return inserted;
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
