import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { isEmptyPatch } from '../../db/patch.js';
import {
  createOrganNameTakenError,
  createOrganNotFoundError,
  createOrgUnitNotFoundError,
} from './organization.errors.js';
import { organsTable, orgUnitsTable } from './organization.table.js';
import type { OrganRow, OrgUnitRow } from './organization.types.js';

export function createOrganizationRepository({ db }: { db: Database }) {
  return {
    /** Serialises changes to one unit symbol across processes until the transaction ends. */
    async lockUnitSymbol({ tenantId, symbol }: { tenantId: string; symbol: string }) {
      await db.execute(
        sql`select pg_advisory_xact_lock(hashtext(${`org_unit:${tenantId}:${symbol.toUpperCase()}`}))`,
      );
    },

    async listUnits({ tenantId }: { tenantId: string }): Promise<OrgUnitRow[]> {
      return db
        .select()
        .from(orgUnitsTable)
        .where(eq(orgUnitsTable.tenantId, tenantId))
        .orderBy(asc(orgUnitsTable.symbol), asc(orgUnitsTable.validFrom));
    },

    async listUnitsWithSymbol({
      tenantId,
      symbol,
      exceptId,
    }: {
      tenantId: string;
      symbol: string;
      exceptId?: string;
    }) {
      const conditions = [
        eq(orgUnitsTable.tenantId, tenantId),
        sql`upper(${orgUnitsTable.symbol}) = ${symbol.toUpperCase()}`,
      ];
      if (exceptId) conditions.push(ne(orgUnitsTable.id, exceptId));
      return db
        .select()
        .from(orgUnitsTable)
        .where(and(...conditions));
    },

    async findUnitById({ tenantId, id }: { tenantId: string; id: string }): Promise<OrgUnitRow | null> {
      const [row] = await db
        .select()
        .from(orgUnitsTable)
        .where(and(eq(orgUnitsTable.tenantId, tenantId), eq(orgUnitsTable.id, id)));
      return row ?? null;
    },

    async insertUnit({ unit }: { unit: typeof orgUnitsTable.$inferInsert }): Promise<OrgUnitRow> {
      const [row] = await db.insert(orgUnitsTable).values(unit).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async updateUnit({ tenantId, id, patch }: { tenantId: string; id: string; patch: Partial<OrgUnitRow> }) {
      const where = and(eq(orgUnitsTable.tenantId, tenantId), eq(orgUnitsTable.id, id));
      const [row] = isEmptyPatch(patch)
        ? await db.select().from(orgUnitsTable).where(where)
        : await db.update(orgUnitsTable).set(patch).where(where).returning();
      if (!row) throw createOrgUnitNotFoundError();
      return row;
    },

    async listOrgans({ tenantId }: { tenantId: string }): Promise<OrganRow[]> {
      return db
        .select()
        .from(organsTable)
        .where(eq(organsTable.tenantId, tenantId))
        .orderBy(asc(organsTable.name));
    },

    async findOrganById({ tenantId, id }: { tenantId: string; id: string }): Promise<OrganRow | null> {
      const [row] = await db
        .select()
        .from(organsTable)
        .where(and(eq(organsTable.tenantId, tenantId), eq(organsTable.id, id)));
      return row ?? null;
    },

    async insertOrgan({ organ }: { organ: typeof organsTable.$inferInsert }): Promise<OrganRow> {
      try {
        const [row] = await db.insert(organsTable).values(organ).returning();
        if (!row) throw new Error('insert returned no row');
        return row;
      } catch (error) {
        if (isUniqueViolation(error)) throw createOrganNameTakenError();
        throw error;
      }
    },

    async updateOrgan({ tenantId, id, patch }: { tenantId: string; id: string; patch: Partial<OrganRow> }) {
      try {
        const where = and(eq(organsTable.tenantId, tenantId), eq(organsTable.id, id));
        const [row] = isEmptyPatch(patch)
          ? await db.select().from(organsTable).where(where)
          : await db.update(organsTable).set(patch).where(where).returning();
        if (!row) throw createOrganNotFoundError();
        return row;
      } catch (error) {
        if (isUniqueViolation(error)) throw createOrganNameTakenError();
        throw error;
      }
    },
  };
}
