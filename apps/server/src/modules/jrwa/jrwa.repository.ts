import { and, asc, desc, eq, gte, ilike, isNull, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { jrwaClassesTable, jrwaUnitClassesTable, jrwaVersionsTable } from './jrwa.table.js';

export type JrwaVersionRow = typeof jrwaVersionsTable.$inferSelect;
export type JrwaClassRow = typeof jrwaClassesTable.$inferSelect;

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');
/** Rows per INSERT statement when importing (keeps bind parameters well under the protocol limit). */
const INSERT_BATCH = 500;

export function createJrwaRepository({ db }: { db: Database }) {
  return {
    async listVersions({ tenantId }: { tenantId: string }) {
      return db
        .select({
          version: jrwaVersionsTable,
          classCount: sql<number>`(select count(*)::int from ${jrwaClassesTable} c where c.version_id = ${jrwaVersionsTable.id})`,
        })
        .from(jrwaVersionsTable)
        .where(eq(jrwaVersionsTable.tenantId, tenantId))
        .orderBy(desc(jrwaVersionsTable.validFrom));
    },

    /** The version in force on `day`: the latest start not after it, not yet ended. */
    async findVersionInForce({
      tenantId,
      day,
    }: {
      tenantId: string;
      day: string;
    }): Promise<JrwaVersionRow | null> {
      const [row] = await db
        .select()
        .from(jrwaVersionsTable)
        .where(
          and(
            eq(jrwaVersionsTable.tenantId, tenantId),
            lte(jrwaVersionsTable.validFrom, day),
            or(isNull(jrwaVersionsTable.validTo), gte(jrwaVersionsTable.validTo, day)),
          ),
        )
        .orderBy(desc(jrwaVersionsTable.validFrom))
        .limit(1);
      return row ?? null;
    },

    async findVersionById({
      tenantId,
      id,
    }: {
      tenantId: string;
      id: string;
    }): Promise<JrwaVersionRow | null> {
      const [row] = await db
        .select()
        .from(jrwaVersionsTable)
        .where(and(eq(jrwaVersionsTable.tenantId, tenantId), eq(jrwaVersionsTable.id, id)));
      return row ?? null;
    },

    async lockVersions({ tenantId }: { tenantId: string }) {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`jrwa_versions:${tenantId}`}))`);
    },

    async listOpenVersions({ tenantId }: { tenantId: string }) {
      return db
        .select()
        .from(jrwaVersionsTable)
        .where(and(eq(jrwaVersionsTable.tenantId, tenantId), isNull(jrwaVersionsTable.validTo)));
    },

    async closeVersion({ tenantId, id, validTo }: { tenantId: string; id: string; validTo: string }) {
      await db
        .update(jrwaVersionsTable)
        .set({ validTo })
        .where(and(eq(jrwaVersionsTable.tenantId, tenantId), eq(jrwaVersionsTable.id, id)));
    },

    async insertVersion({
      version,
    }: {
      version: typeof jrwaVersionsTable.$inferInsert;
    }): Promise<JrwaVersionRow> {
      const [row] = await db.insert(jrwaVersionsTable).values(version).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async insertClasses({ classes }: { classes: (typeof jrwaClassesTable.$inferInsert)[] }) {
      for (let i = 0; i < classes.length; i += INSERT_BATCH) {
        await db.insert(jrwaClassesTable).values(classes.slice(i, i + INSERT_BATCH));
      }
    },

    /** Classes of a version; `words` must all occur in the folded title, or `symbolPrefix` match. */
    async listClasses({
      tenantId,
      versionId,
      symbolPrefix,
      words,
      finalOnly,
    }: {
      tenantId: string;
      versionId: string;
      symbolPrefix?: string;
      words?: string[];
      finalOnly?: boolean;
    }) {
      const conditions: SQL[] = [
        eq(jrwaClassesTable.tenantId, tenantId),
        eq(jrwaClassesTable.versionId, versionId),
      ];
      if (symbolPrefix) conditions.push(like(jrwaClassesTable.symbol, `${escapeLike(symbolPrefix)}%`));
      for (const word of words ?? [])
        conditions.push(ilike(jrwaClassesTable.searchText, `%${escapeLike(word)}%`));
      if (finalOnly) conditions.push(eq(jrwaClassesTable.final, true));
      return db
        .select()
        .from(jrwaClassesTable)
        .where(and(...conditions))
        .orderBy(asc(jrwaClassesTable.symbol));
    },

    async countClasses({ tenantId, versionId }: { tenantId: string; versionId: string }): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(jrwaClassesTable)
        .where(and(eq(jrwaClassesTable.tenantId, tenantId), eq(jrwaClassesTable.versionId, versionId)));
      return row?.n ?? 0;
    },

    async findClass({
      tenantId,
      versionId,
      symbol,
    }: {
      tenantId: string;
      versionId: string;
      symbol: string;
    }): Promise<JrwaClassRow | null> {
      const [row] = await db
        .select()
        .from(jrwaClassesTable)
        .where(
          and(
            eq(jrwaClassesTable.tenantId, tenantId),
            eq(jrwaClassesTable.versionId, versionId),
            eq(jrwaClassesTable.symbol, symbol),
          ),
        );
      return row ?? null;
    },

    async listUnitSymbols({
      tenantId,
      versionId,
      orgUnitId,
    }: {
      tenantId: string;
      versionId: string;
      orgUnitId: string;
    }) {
      const rows = await db
        .select({ symbol: jrwaUnitClassesTable.symbol })
        .from(jrwaUnitClassesTable)
        .where(
          and(
            eq(jrwaUnitClassesTable.tenantId, tenantId),
            eq(jrwaUnitClassesTable.versionId, versionId),
            eq(jrwaUnitClassesTable.orgUnitId, orgUnitId),
          ),
        )
        .orderBy(asc(jrwaUnitClassesTable.symbol));
      return rows.map((r) => r.symbol);
    },

    async replaceUnitSymbols({
      tenantId,
      versionId,
      orgUnitId,
      symbols,
    }: {
      tenantId: string;
      versionId: string;
      orgUnitId: string;
      symbols: string[];
    }) {
      await db
        .delete(jrwaUnitClassesTable)
        .where(
          and(
            eq(jrwaUnitClassesTable.tenantId, tenantId),
            eq(jrwaUnitClassesTable.versionId, versionId),
            eq(jrwaUnitClassesTable.orgUnitId, orgUnitId),
          ),
        );
      if (symbols.length > 0)
        await db
          .insert(jrwaUnitClassesTable)
          .values(symbols.map((symbol) => ({ tenantId, versionId, orgUnitId, symbol })));
    },
  };
}
