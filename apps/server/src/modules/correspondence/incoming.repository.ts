import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { IncomingFilters } from '@obieg/contracts/correspondence';
import type { Database } from '../../db/database.types.js';
import { precompiledInsert } from '../../db/precompiled.js';
import { foldDiacritics } from '../../shared/text/fold.js';
import { incomingItemsTable } from './incoming.table.js';
import type { IncomingItemRow, NewIncomingItemRow } from './correspondence.types.js';

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');
const MAX_WORDS = 8;

/** WHERE and ORDER BY of the RPW list (also used by exports and the printout). */
export function incomingListClauses({
  tenantId,
  filters,
  visibleTo,
}: {
  tenantId: string;
  filters: IncomingFilters;
  /** The reader's visibility condition (see incoming-visibility.ts); none = every item. */
  visibleTo?: SQL;
}) {
  const t = incomingItemsTable;
  const conditions: SQL[] = [eq(t.tenantId, tenantId)];
  if (visibleTo) conditions.push(visibleTo);
  if (filters.from) conditions.push(gte(t.receivedAt, filters.from));
  if (filters.to) conditions.push(lte(t.receivedAt, filters.to));
  if (filters.deliveryMethod) conditions.push(eq(t.deliveryMethod, filters.deliveryMethod));
  if (filters.organId) conditions.push(eq(t.organId, filters.organId));
  if (filters.status) conditions.push(eq(t.status, filters.status));
  if (filters.sender) {
    conditions.push(sql`${t.senders} @> ${JSON.stringify([{ contactId: filters.sender }])}::jsonb`);
  }
  if (filters.unitId) {
    // The current distribution (table of the distribution module, named here to keep one query).
    conditions.push(sql`exists (select 1 from incoming_distributions d
      where d.item_id = ${t.id} and d.superseded_at is null
        and (d.unit_id = ${filters.unitId} or ${filters.unitId} = any(d.info_unit_ids)))`);
  }
  if (filters.lacksScan === true) conditions.push(and(eq(t.fullScan, false), eq(t.status, 'registered'))!);
  if (filters.lacksScan === false) conditions.push(eq(t.fullScan, true));
  const words = foldDiacritics(filters.q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  for (const word of words) conditions.push(sql`${t.searchText} like ${`%${escapeLike(word)}%`}`);
  const orderBy = {
    rpw_desc: [desc(t.rpwYear), desc(t.rpwSequence)],
    rpw_asc: [asc(t.rpwYear), asc(t.rpwSequence)],
    received_desc: [desc(t.receivedAt), desc(t.rpwYear), desc(t.rpwSequence)],
    received_asc: [asc(t.receivedAt), asc(t.rpwYear), asc(t.rpwSequence)],
  }[filters.sort];
  return { where: and(...conditions), orderBy };
}

/** The registration's insert, built once. */
const insertItemStatement = precompiledInsert(incomingItemsTable);

export function createIncomingRepository({ db }: { db: Database }) {
  return {
    /** Inserts the item with every column given (no database defaults), so the row is known without a re-read. */
    async insertItem(item: IncomingItemRow): Promise<IncomingItemRow> {
      await insertItemStatement(db, item);
      return item;
    },

    async findItemById({ tenantId, id }: { tenantId: string; id: string }): Promise<IncomingItemRow | null> {
      const t = incomingItemsTable;
      const [row] = await db
        .select()
        .from(t)
        .where(and(eq(t.tenantId, tenantId), eq(t.id, id)));
      return row ?? null;
    },

    async listItems({
      tenantId,
      filters,
      limit,
      offset,
      visibleTo,
    }: {
      tenantId: string;
      filters: IncomingFilters;
      limit: number;
      offset: number;
      visibleTo?: SQL;
    }): Promise<IncomingItemRow[]> {
      const { where, orderBy } = incomingListClauses({ tenantId, filters, visibleTo });
      return db
        .select()
        .from(incomingItemsTable)
        .where(where)
        .orderBy(...orderBy)
        .limit(limit)
        .offset(offset);
    },

    /** Writes the new state if the stored version is still `version`; null when it is not. */
    async updateItem({
      tenantId,
      id,
      version,
      patch,
    }: {
      tenantId: string;
      id: string;
      version: number;
      patch: Partial<NewIncomingItemRow>;
    }): Promise<IncomingItemRow | null> {
      const t = incomingItemsTable;
      const [row] = await db
        .update(t)
        .set({ ...patch, version: sql`${t.version} + 1` })
        .where(and(eq(t.tenantId, tenantId), eq(t.id, id), eq(t.version, version)))
        .returning();
      return row ?? null;
    },
  };
}
