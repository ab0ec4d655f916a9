import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { RegisterQuery } from '@obieg/contracts/dispatch';
import type { Database } from '../../db/database.types.js';
import { filesTable } from '../files/files.table.js';
import { dispatchesTable, dispatchEvidenceTable, dispatchItemsTable } from './dispatch.table.js';

export type DispatchRow = typeof dispatchesTable.$inferSelect;
export type DispatchItemRow = typeof dispatchItemsTable.$inferSelect;
export type EvidenceRow = typeof dispatchEvidenceTable.$inferSelect;
export type RegisterFilter = Omit<RegisterQuery, 'limit' | 'offset' | 'sort' | 'order'> &
  Partial<Pick<RegisterQuery, 'sort' | 'order'>> & { caseIds?: string[] };

const SORTS = {
  number: [dispatchesTable.year, dispatchesTable.sequence, dispatchItemsTable.position],
  postedOn: [dispatchItemsTable.postedOn, dispatchesTable.year, dispatchesTable.sequence],
  addressee: [dispatchItemsTable.addresseeSort, dispatchesTable.year, dispatchesTable.sequence],
  caseSign: [dispatchesTable.caseSign, dispatchesTable.year, dispatchesTable.sequence],
  channel: [dispatchItemsTable.channel, dispatchesTable.year, dispatchesTable.sequence],
  status: [dispatchItemsTable.status, dispatchesTable.year, dispatchesTable.sequence],
} as const;

function registerWhere(tenantId: string, f: RegisterFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(dispatchesTable.tenantId, tenantId)];
  if (f.year) conditions.push(eq(dispatchesTable.year, f.year));
  const day = sql`coalesce(${dispatchItemsTable.postedOn}, (${dispatchesTable.orderedAt} at time zone 'Europe/Warsaw')::date)`;
  if (f.from) conditions.push(gte(day, f.from));
  if (f.to) conditions.push(lte(day, f.to));
  if (f.channel) conditions.push(eq(dispatchItemsTable.channel, f.channel));
  if (f.status) conditions.push(eq(dispatchItemsTable.status, f.status));
  if (f.caseId) conditions.push(eq(dispatchesTable.caseId, f.caseId));
  if (f.caseIds) conditions.push(inArray(dispatchesTable.caseId, f.caseIds));
  if (f.documentId) conditions.push(eq(dispatchesTable.documentId, f.documentId));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        ilike(dispatchesTable.number, like),
        ilike(dispatchesTable.caseSign, like),
        ilike(dispatchesTable.documentTitle, like),
        ilike(dispatchItemsTable.addresseeSort, like),
        ilike(dispatchItemsTable.trackingNumber, like),
      ),
    );
  }
  return and(...conditions);
}

export function createDispatchRepository({ db }: { db: Database }) {
  return {
    async insertDispatch(values: DispatchRow) {
      await db.insert(dispatchesTable).values(values);
    },

    async insertItems(values: DispatchItemRow[]) {
      if (values.length > 0) await db.insert(dispatchItemsTable).values(values);
    },

    async findDispatch({ tenantId, id }: { tenantId: string; id: string }) {
      const [row] = await db
        .select()
        .from(dispatchesTable)
        .where(and(eq(dispatchesTable.tenantId, tenantId), eq(dispatchesTable.id, id)));
      return row ?? null;
    },

    async listItems({ dispatchIds }: { dispatchIds: string[] }) {
      if (dispatchIds.length === 0) return [];
      return db
        .select()
        .from(dispatchItemsTable)
        .where(inArray(dispatchItemsTable.dispatchId, dispatchIds))
        .orderBy(asc(dispatchItemsTable.position));
    },

    async findItem({ tenantId, id, lock = false }: { tenantId: string; id: string; lock?: boolean }) {
      const query = db
        .select()
        .from(dispatchItemsTable)
        .where(and(eq(dispatchItemsTable.tenantId, tenantId), eq(dispatchItemsTable.id, id)));
      const [row] = lock ? await query.for('update') : await query;
      return row ?? null;
    },

    async findItemsByIds({ tenantId, ids }: { tenantId: string; ids: string[] }) {
      if (ids.length === 0) return [];
      return db
        .select({ item: dispatchItemsTable, dispatch: dispatchesTable })
        .from(dispatchItemsTable)
        .innerJoin(dispatchesTable, eq(dispatchesTable.id, dispatchItemsTable.dispatchId))
        .where(and(eq(dispatchItemsTable.tenantId, tenantId), inArray(dispatchItemsTable.id, ids)))
        .orderBy(asc(dispatchesTable.year), asc(dispatchesTable.sequence), asc(dispatchItemsTable.position));
    },

    async findItemByTracking({ tenantId, trackingNumber }: { tenantId: string; trackingNumber: string }) {
      const [row] = await db
        .select()
        .from(dispatchItemsTable)
        .where(
          and(
            eq(dispatchItemsTable.tenantId, tenantId),
            eq(dispatchItemsTable.trackingNumber, trackingNumber),
          ),
        )
        .for('update');
      return row ?? null;
    },

    /** The item sent with one of these ids (ours or the channel's). */
    async findItemByExternalIds({
      tenantId,
      externalIds,
      lock = false,
    }: {
      tenantId: string;
      externalIds: string[];
      lock?: boolean;
    }) {
      const ids = externalIds.filter(Boolean);
      if (ids.length === 0) return null;
      const uuids = ids.filter((id) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
      );
      const query = db
        .select()
        .from(dispatchItemsTable)
        .where(
          and(
            eq(dispatchItemsTable.tenantId, tenantId),
            or(
              inArray(dispatchItemsTable.externalId, ids),
              uuids.length > 0 ? inArray(dispatchItemsTable.id, uuids) : undefined,
            ),
          ),
        )
        .limit(1);
      const [row] = lock ? await query.for('update') : await query;
      return row ?? null;
    },

    async updateItem({ id, patch }: { id: string; patch: Partial<DispatchItemRow> }) {
      const [row] = await db
        .update(dispatchItemsTable)
        .set({ ...patch, version: sql`${dispatchItemsTable.version} + 1` })
        .where(eq(dispatchItemsTable.id, id))
        .returning();
      if (!row) throw new Error(`dispatch item ${id} vanished`);
      return row;
    },

    /** Items posted on a day (the postal book, the EN export), register order. */
    async listPostedOn({
      tenantId,
      date,
      registeredOnly,
    }: {
      tenantId: string;
      date: string;
      registeredOnly: boolean;
    }) {
      return db
        .select({ item: dispatchItemsTable, dispatch: dispatchesTable })
        .from(dispatchItemsTable)
        .innerJoin(dispatchesTable, eq(dispatchesTable.id, dispatchItemsTable.dispatchId))
        .where(
          and(
            eq(dispatchItemsTable.tenantId, tenantId),
            eq(dispatchItemsTable.postedOn, date),
            eq(dispatchItemsTable.channel, 'post'),
            registeredOnly ? eq(dispatchItemsTable.postalKind, 'registered') : undefined,
          ),
        )
        .orderBy(asc(dispatchesTable.year), asc(dispatchesTable.sequence), asc(dispatchItemsTable.position));
    },

    /** Items sent through a mailbox whose delivery is not settled yet (to poll their status). */
    async listUnsettled({
      tenantId,
      mailboxId,
      limit,
    }: {
      tenantId: string;
      mailboxId: string;
      limit: number;
    }) {
      return db
        .select({ item: dispatchItemsTable, dispatch: dispatchesTable })
        .from(dispatchItemsTable)
        .innerJoin(dispatchesTable, eq(dispatchesTable.id, dispatchItemsTable.dispatchId))
        .where(
          and(
            eq(dispatchItemsTable.tenantId, tenantId),
            eq(dispatchItemsTable.mailboxId, mailboxId),
            eq(dispatchItemsTable.status, 'sent'),
          ),
        )
        .orderBy(asc(dispatchItemsTable.sentAt))
        .limit(limit);
    },

    async register({
      tenantId,
      filter,
      limit,
      offset,
    }: {
      tenantId: string;
      filter: RegisterFilter;
      limit: number;
      offset: number;
    }) {
      const where = registerWhere(tenantId, filter);
      const direction = filter.order === 'asc' ? asc : desc;
      const rows = await db
        .select({ item: dispatchItemsTable, dispatch: dispatchesTable })
        .from(dispatchItemsTable)
        .innerJoin(dispatchesTable, eq(dispatchesTable.id, dispatchItemsTable.dispatchId))
        .where(where)
        .orderBy(...SORTS[filter.sort ?? 'number'].map((column) => direction(column)))
        .limit(limit)
        .offset(offset);
      const [total] = await db
        .select({ n: count() })
        .from(dispatchItemsTable)
        .innerJoin(dispatchesTable, eq(dispatchesTable.id, dispatchItemsTable.dispatchId))
        .where(where);
      return { rows, total: Number(total?.n ?? 0) };
    },

    async insertEvidence(values: EvidenceRow): Promise<boolean> {
      const inserted = await db
        .insert(dispatchEvidenceTable)
        .values(values)
        .onConflictDoNothing()
        .returning({ id: dispatchEvidenceTable.id });
      return inserted.length > 0;
    },

    async listEvidence({ itemIds }: { itemIds: string[] }) {
      if (itemIds.length === 0) return [];
      return db
        .select({ evidence: dispatchEvidenceTable, fileName: filesTable.name })
        .from(dispatchEvidenceTable)
        .leftJoin(filesTable, eq(filesTable.id, dispatchEvidenceTable.fileId))
        .where(inArray(dispatchEvidenceTable.itemId, itemIds))
        .orderBy(asc(dispatchEvidenceTable.createdAt));
    },

    async evidenceExternalIds({ itemId }: { itemId: string }) {
      const rows = await db
        .select({ externalId: dispatchEvidenceTable.externalId })
        .from(dispatchEvidenceTable)
        .where(eq(dispatchEvidenceTable.itemId, itemId));
      return new Set(rows.map((r) => r.externalId).filter((x): x is string => x !== null));
    },
  };
}
