import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { isEmptyPatch } from '../../db/patch.js';
import { createTenantCodeTakenError, createTenantNotFoundError } from './tenants.errors.js';
import { tenantsTable } from './tenants.table.js';

export type TenantRow = typeof tenantsTable.$inferSelect;

export function createTenantsRepository({ db }: { db: Database }) {
  return {
    async findByCode({ code }: { code: string }): Promise<TenantRow | null> {
      const [row] = await db.select().from(tenantsTable).where(eq(tenantsTable.code, code));
      return row ?? null;
    },
    async findById({ id }: { id: string }): Promise<TenantRow | null> {
      const [row] = await db.select().from(tenantsTable).where(eq(tenantsTable.id, id));
      return row ?? null;
    },
    async listAll(): Promise<TenantRow[]> {
      return db.select().from(tenantsTable).orderBy(tenantsTable.code);
    },
    async insert({ tenant }: { tenant: typeof tenantsTable.$inferInsert }): Promise<TenantRow> {
      try {
        const [row] = await db.insert(tenantsTable).values(tenant).returning();
        if (!row) throw new Error('insert returned no row');
        return row;
      } catch (error) {
        if (isUniqueViolation(error))
          throw createTenantCodeTakenError({ detail: `Office code ${tenant.code} is taken.` });
        throw error;
      }
    },
    async update({ id, patch }: { id: string; patch: Partial<TenantRow> }): Promise<TenantRow> {
      const [row] = isEmptyPatch(patch)
        ? await db.select().from(tenantsTable).where(eq(tenantsTable.id, id))
        : await db.update(tenantsTable).set(patch).where(eq(tenantsTable.id, id)).returning();
      if (!row) throw createTenantNotFoundError();
      return row;
    },
  };
}
