import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { dispatchItemsTable } from '../dispatch/dispatch.table.js';
import { orgUnitsTable } from '../organization/organization.table.js';
import {
  integrationIntakeTable,
  integrationLogTable,
  integrationMailboxesTable,
} from './integrations.table.js';

export type MailboxRow = typeof integrationMailboxesTable.$inferSelect;
export type IntegrationLogRow = typeof integrationLogTable.$inferSelect;
export type IntakeRow = typeof integrationIntakeTable.$inferSelect;

export function createIntegrationsRepository({ db }: { db: Database }) {
  return {
    async listMailboxes({ tenantId, kind }: { tenantId: string; kind?: MailboxRow['kind'] }) {
      return db
        .select({ mailbox: integrationMailboxesTable, unitName: orgUnitsTable.name })
        .from(integrationMailboxesTable)
        .leftJoin(orgUnitsTable, eq(orgUnitsTable.id, integrationMailboxesTable.unitId))
        .where(
          and(
            eq(integrationMailboxesTable.tenantId, tenantId),
            kind ? eq(integrationMailboxesTable.kind, kind) : undefined,
          ),
        )
        .orderBy(asc(integrationMailboxesTable.kind), asc(integrationMailboxesTable.name));
    },

    async findMailbox({ tenantId, id, lock = false }: { tenantId: string; id: string; lock?: boolean }) {
      const query = db
        .select()
        .from(integrationMailboxesTable)
        .where(and(eq(integrationMailboxesTable.tenantId, tenantId), eq(integrationMailboxesTable.id, id)));
      const [row] = lock ? await query.for('update') : await query;
      return row ?? null;
    },

    async insertMailbox(values: MailboxRow) {
      const [row] = await db
        .insert(integrationMailboxesTable)
        .values(values)
        .onConflictDoNothing()
        .returning();
      return row ?? null;
    },

    async updateMailbox({ id, patch }: { id: string; patch: Partial<MailboxRow> }) {
      const [row] = await db
        .update(integrationMailboxesTable)
        .set(patch)
        .where(eq(integrationMailboxesTable.id, id))
        .returning();
      if (!row) throw new Error(`mailbox ${id} vanished`);
      return row;
    },

    async clearDefault({ tenantId, kind }: { tenantId: string; kind: MailboxRow['kind'] }) {
      await db
        .update(integrationMailboxesTable)
        .set({ isDefault: false })
        .where(
          and(eq(integrationMailboxesTable.tenantId, tenantId), eq(integrationMailboxesTable.kind, kind)),
        );
    },

    async insertLog(values: IntegrationLogRow) {
      await db.insert(integrationLogTable).values(values);
    },

    async listLog({
      tenantId,
      integration,
      level,
      limit,
      offset,
    }: {
      tenantId: string;
      integration?: IntegrationLogRow['integration'];
      level?: IntegrationLogRow['level'];
      limit: number;
      offset: number;
    }) {
      const where = and(
        eq(integrationLogTable.tenantId, tenantId),
        integration ? eq(integrationLogTable.integration, integration) : undefined,
        level ? eq(integrationLogTable.level, level) : undefined,
      );
      const rows = await db
        .select({ entry: integrationLogTable, dispatchId: dispatchItemsTable.dispatchId })
        .from(integrationLogTable)
        .leftJoin(dispatchItemsTable, eq(dispatchItemsTable.id, integrationLogTable.dispatchItemId))
        .where(where)
        .orderBy(desc(integrationLogTable.at), desc(integrationLogTable.id))
        .limit(limit)
        .offset(offset);
      const [total] = await db.select({ n: count() }).from(integrationLogTable).where(where);
      return { rows, total: Number(total?.n ?? 0) };
    },

    async findIntake({ mailboxId, externalId }: { mailboxId: string; externalId: string }) {
      const [row] = await db
        .select()
        .from(integrationIntakeTable)
        .where(
          and(
            eq(integrationIntakeTable.mailboxId, mailboxId),
            eq(integrationIntakeTable.externalId, externalId),
          ),
        );
      return row ?? null;
    },

    /** Claims a message for registration; false when it was taken before (another run, a retry). */
    async insertIntake(values: IntakeRow): Promise<boolean> {
      const inserted = await db
        .insert(integrationIntakeTable)
        .values(values)
        .onConflictDoNothing()
        .returning({ id: integrationIntakeTable.externalId });
      return inserted.length > 0;
    },

    async setIntakeItem({
      mailboxId,
      externalId,
      incomingItemId,
    }: {
      mailboxId: string;
      externalId: string;
      incomingItemId: string;
    }) {
      await db
        .update(integrationIntakeTable)
        .set({ incomingItemId })
        .where(
          and(
            eq(integrationIntakeTable.mailboxId, mailboxId),
            eq(integrationIntakeTable.externalId, externalId),
          ),
        );
    },

    async listNotRemoved({ mailboxId }: { mailboxId: string }) {
      return db
        .select()
        .from(integrationIntakeTable)
        .where(
          and(eq(integrationIntakeTable.mailboxId, mailboxId), isNull(integrationIntakeTable.removedAt)),
        );
    },

    async markRemoved({ mailboxId, externalId, at }: { mailboxId: string; externalId: string; at: Date }) {
      await db
        .update(integrationIntakeTable)
        .set({ removedAt: at })
        .where(
          and(
            eq(integrationIntakeTable.mailboxId, mailboxId),
            eq(integrationIntakeTable.externalId, externalId),
          ),
        );
    },
  };
}
