import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { precompiledSelect, type PlaceholderOf } from '../../db/precompiled.js';
import { deliveryMethodsTable, documentKindsTable } from '../correspondence/correspondence.table.js';
import { distributionRulesTable } from './distribution.table.js';
import type { DistributionRuleRow, NewDistributionRuleRow } from './distribution.types.js';

const dictionaries = { delivery_methods: deliveryMethodsTable, document_kinds: documentKindsTable };

/** The rules are read on every registration: both lists built once (`precompiledSelect`). */
const rulesStatement = (activeOnly: boolean) =>
  precompiledSelect((db, p: PlaceholderOf<'tenantId'>) => {
    const t = distributionRulesTable;
    return db
      .select()
      .from(t)
      .where(and(eq(t.tenantId, p('tenantId')), activeOnly ? eq(t.active, true) : undefined))
      .orderBy(asc(t.priority), asc(t.createdAt), asc(t.id));
  });
const activeRulesStatement = rulesStatement(true);
const allRulesStatement = rulesStatement(false);

/** Automatic distribution rules of an office. */
export function createDistributionRulesRepository({ db }: { db: Database }) {
  const t = distributionRulesTable;
  return {
    /** In the order they are tried: priority, then age. */
    async listRules({
      tenantId,
      activeOnly = false,
    }: {
      tenantId: string;
      activeOnly?: boolean;
    }): Promise<DistributionRuleRow[]> {
      return (activeOnly ? activeRulesStatement : allRulesStatement)(db, { tenantId });
    },

    async findRule({ tenantId, id }: { tenantId: string; id: string }): Promise<DistributionRuleRow | null> {
      const [row] = await db
        .select()
        .from(t)
        .where(and(eq(t.tenantId, tenantId), eq(t.id, id)));
      return row ?? null;
    },

    async insertRule(row: NewDistributionRuleRow): Promise<DistributionRuleRow> {
      const [created] = await db.insert(t).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    /** Writes the change if the stored version is still `version`; null when it is not. */
    async updateRule({
      tenantId,
      id,
      version,
      patch,
    }: {
      tenantId: string;
      id: string;
      version: number;
      patch: Partial<NewDistributionRuleRow>;
    }): Promise<DistributionRuleRow | null> {
      const [row] = await db
        .update(t)
        .set({ ...patch, version: sql`${t.version} + 1` })
        .where(and(eq(t.tenantId, tenantId), eq(t.id, id), eq(t.version, version)))
        .returning();
      return row ?? null;
    },

    async deleteRule({
      tenantId,
      id,
    }: {
      tenantId: string;
      id: string;
    }): Promise<DistributionRuleRow | null> {
      const [row] = await db
        .delete(t)
        .where(and(eq(t.tenantId, tenantId), eq(t.id, id)))
        .returning();
      return row ?? null;
    },

    /** True when `code` is an active entry of the office's delivery methods or document kinds. */
    async isActiveDictionaryCode({
      tenantId,
      kind,
      code,
    }: {
      tenantId: string;
      kind: keyof typeof dictionaries;
      code: string;
    }): Promise<boolean> {
      const d = dictionaries[kind];
      const [row] = await db
        .select({ code: d.code })
        .from(d)
        .where(and(eq(d.tenantId, tenantId), eq(d.code, code), eq(d.active, true)));
      return Boolean(row);
    },
  };
}
