import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database.types.js';
import { incomingItemsTable } from '../correspondence/incoming.table.js';
import { orgUnitsTable, positionsTable, usersTable } from '../organization/organization.table.js';
import { decreesTable, incomingDistributionsTable } from './distribution.table.js';
import type {
  DecreeRow,
  DecreeView,
  DistributionRow,
  LockedItem,
  NewDecreeRow,
  NewDistributionRow,
  UnitRefRow,
} from './distribution.types.js';

/** Aliased joins that name a decree's assignee, author and their positions. */
export function decreeNameJoins() {
  return {
    assignee: alias(usersTable, 'assignee'),
    assigneePosition: alias(positionsTable, 'assignee_position'),
    author: alias(usersTable, 'author'),
    authorPosition: alias(positionsTable, 'author_position'),
    actingFor: alias(usersTable, 'acting_for'),
    decreeUnit: alias(orgUnitsTable, 'decree_unit'),
  };
}

/** Distributions and decrees of incoming items. */
export function createDistributionRepository({ db }: { db: Database }) {
  return {
    /**
     * Locks the item's row until the transaction ends: distributions and decrees of one item (in
     * any process) and its correction or cancellation queue behind each other.
     */
    async lockItem({ tenantId, id }: { tenantId: string; id: string }): Promise<LockedItem | null> {
      const t = incomingItemsTable;
      const [row] = await db
        .select({ id: t.id, status: t.status, documentId: t.documentId, rpwNumber: t.rpwNumber })
        .from(t)
        .where(and(eq(t.tenantId, tenantId), eq(t.id, id)))
        .for('update');
      return row ?? null;
    },

    async findItem({ tenantId, id }: { tenantId: string; id: string }): Promise<LockedItem | null> {
      const t = incomingItemsTable;
      const [row] = await db
        .select({ id: t.id, status: t.status, documentId: t.documentId, rpwNumber: t.rpwNumber })
        .from(t)
        .where(and(eq(t.tenantId, tenantId), eq(t.id, id)));
      return row ?? null;
    },

    async findCurrentDistribution({
      tenantId,
      itemId,
    }: {
      tenantId: string;
      itemId: string;
    }): Promise<DistributionRow | null> {
      const t = incomingDistributionsTable;
      const [row] = await db
        .select()
        .from(t)
        .where(and(eq(t.tenantId, tenantId), eq(t.itemId, itemId), isNull(t.supersededAt)));
      return row ?? null;
    },

    async insertDistribution(row: NewDistributionRow): Promise<DistributionRow> {
      const [created] = await db.insert(incomingDistributionsTable).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    async supersedeDistribution({ tenantId, id, at }: { tenantId: string; id: string; at: Date }) {
      const t = incomingDistributionsTable;
      await db
        .update(t)
        .set({ supersededAt: at })
        .where(and(eq(t.tenantId, tenantId), eq(t.id, id)));
    },

    async setCurrentDecree({
      tenantId,
      distributionId,
      decreeId,
    }: {
      tenantId: string;
      distributionId: string;
      decreeId: string | null;
    }) {
      const t = incomingDistributionsTable;
      await db
        .update(t)
        .set({ currentDecreeId: decreeId })
        .where(and(eq(t.tenantId, tenantId), eq(t.id, distributionId)));
    },

    async listUnitRefs({ tenantId, ids }: { tenantId: string; ids: string[] }): Promise<UnitRefRow[]> {
      if (ids.length === 0) return [];
      const u = orgUnitsTable;
      return db
        .select({ id: u.id, symbol: u.symbol, name: u.name })
        .from(u)
        .where(and(eq(u.tenantId, tenantId), inArray(u.id, [...new Set(ids)])));
    },

    /** Every decree of an item, oldest first, with the names it is shown with. */
    async listDecreeViews({ tenantId, itemId }: { tenantId: string; itemId: string }): Promise<DecreeView[]> {
      const d = decreesTable;
      const j = decreeNameJoins();
      const rows = await db
        .select({
          decree: d,
          unitSymbol: j.decreeUnit.symbol,
          unitName: j.decreeUnit.name,
          assigneeName: j.assignee.displayName,
          assigneePositionTitle: j.assigneePosition.title,
          authorName: j.author.displayName,
          authorPositionTitle: j.authorPosition.title,
          actingForName: j.actingFor.displayName,
        })
        .from(d)
        .innerJoin(j.decreeUnit, eq(j.decreeUnit.id, d.unitId))
        .innerJoin(j.assignee, eq(j.assignee.id, d.assigneeUserId))
        .leftJoin(j.assigneePosition, eq(j.assigneePosition.id, d.assigneePositionId))
        .leftJoin(j.author, eq(j.author.id, d.decreedBy))
        .leftJoin(j.authorPosition, eq(j.authorPosition.id, d.decreedByPositionId))
        .leftJoin(j.actingFor, eq(j.actingFor.id, d.actingForUserId))
        .where(and(eq(d.tenantId, tenantId), eq(d.itemId, itemId)))
        .orderBy(asc(d.decreedAt), asc(d.id));
      return rows.map(({ decree, ...names }) => ({ ...decree, ...names }));
    },

    async findDecree({ tenantId, id }: { tenantId: string; id: string }): Promise<DecreeRow | null> {
      const d = decreesTable;
      const [row] = await db
        .select()
        .from(d)
        .where(and(eq(d.tenantId, tenantId), eq(d.id, id)));
      return row ?? null;
    },

    async insertDecree(row: NewDecreeRow): Promise<DecreeRow> {
      const [created] = await db.insert(decreesTable).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    async updateDecree({
      tenantId,
      id,
      patch,
    }: {
      tenantId: string;
      id: string;
      patch: Partial<NewDecreeRow>;
    }): Promise<DecreeRow> {
      const d = decreesTable;
      const [row] = await db
        .update(d)
        .set(patch)
        .where(and(eq(d.tenantId, tenantId), eq(d.id, id)))
        .returning();
      if (!row) throw new Error('decree update matched no row');
      return row;
    },

    /** Sends a NOTIFY that PostgreSQL delivers to every listener when this transaction commits. */
    async notify({ channel, payload }: { channel: string; payload: string }) {
      await db.execute(sql`select pg_notify(${channel}, ${payload})`);
    },
  };
}
