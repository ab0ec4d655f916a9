import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database.types.js';
import { incomingItemsTable } from '../correspondence/incoming.table.js';
import { decreesTable } from '../distribution/distribution.table.js';
import { filesTable } from '../files/files.table.js';
import { orgUnitsTable, positionsTable, usersTable } from '../organization/organization.table.js';
import {
  caseCountersTable,
  caseDocumentsTable,
  caseLinksTable,
  caseNotCountedPeriodsTable,
  casePartiesTable,
  casesTable,
} from './cases.table.js';

export type CaseRow = typeof casesTable.$inferSelect;
export type CaseInsert = typeof casesTable.$inferInsert;
export type CaseDocumentRow = typeof caseDocumentsTable.$inferSelect;
export type NotCountedPeriodRow = typeof caseNotCountedPeriodsTable.$inferSelect;

/** Row columns read for a case plus its unit and handler (read-only joins for display, ADR 0003). */
const caseColumns = {
  row: casesTable,
  unitSymbol: orgUnitsTable.symbol,
  unitName: orgUnitsTable.name,
  handlerName: usersTable.displayName,
  handlerPositionTitle: positionsTable.title,
};

export type CaseListFilter = {
  tenantId: string;
  visible: SQL | undefined;
  status?: CaseRow['status'];
  unitId?: string;
  jrwaSymbol?: string;
  year?: number;
  handlerUserIds?: string[];
  incomingId?: string;
  words?: string[];
  after?: { openedAt: Date; id: string } | null;
  limit: number;
};

export function createCasesRepository({ db }: { db: Database }) {
  const selectCases = () =>
    db
      .select(caseColumns)
      .from(casesTable)
      .innerJoin(orgUnitsTable, eq(orgUnitsTable.id, casesTable.unitId))
      .innerJoin(usersTable, eq(usersTable.id, casesTable.handlerUserId))
      .leftJoin(positionsTable, eq(positionsTable.id, casesTable.handlerPositionId));

  return {
    /**
     * The next case number of a unit's class in a year (and group), inside the caller's
     * transaction: the counter row stays locked until commit, so numbers are gapless and unique.
     */
    async allocateNumber({
      tenantId,
      unitId,
      jrwaSymbol,
      year,
      groupNumber,
    }: {
      tenantId: string;
      unitId: string;
      jrwaSymbol: string;
      year: number;
      groupNumber: number;
    }): Promise<number> {
      const [row] = await db
        .insert(caseCountersTable)
        .values({ tenantId, unitId, jrwaSymbol, year, groupNumber, lastValue: 1 })
        .onConflictDoUpdate({
          target: [
            caseCountersTable.tenantId,
            caseCountersTable.unitId,
            caseCountersTable.jrwaSymbol,
            caseCountersTable.year,
            caseCountersTable.groupNumber,
          ],
          set: { lastValue: sql`${caseCountersTable.lastValue} + 1` },
        })
        .returning({ value: caseCountersTable.lastValue });
      if (!row) throw new Error('case counter upsert returned no row');
      return row.value;
    },

    async insertCase(values: CaseInsert): Promise<CaseRow> {
      const [row] = await db.insert(casesTable).values(values).returning();
      if (!row) throw new Error('case insert returned no row');
      return row;
    },

    /** The case with its unit and handler; `lock` takes the row lock for a change. */
    async findCase({ tenantId, id, lock = false }: { tenantId: string; id: string; lock?: boolean }) {
      const query = selectCases().where(and(eq(casesTable.tenantId, tenantId), eq(casesTable.id, id)));
      const [row] = await (lock ? query.for('update', { of: casesTable }) : query);
      return row ?? null;
    },

    /** Updates a case; with `version`, only when it still has that version (else null). */
    async updateCase({
      tenantId,
      id,
      patch,
      version,
    }: {
      tenantId: string;
      id: string;
      patch: Partial<CaseInsert>;
      version?: number;
    }): Promise<CaseRow | null> {
      const [row] = await db
        .update(casesTable)
        .set({ ...patch, version: sql`${casesTable.version} + 1` })
        .where(
          and(
            eq(casesTable.tenantId, tenantId),
            eq(casesTable.id, id),
            ...(version === undefined ? [] : [eq(casesTable.version, version)]),
          ),
        )
        .returning();
      return row ?? null;
    },

    async listCases(filter: CaseListFilter) {
      const t = casesTable;
      const conditions: (SQL | undefined)[] = [eq(t.tenantId, filter.tenantId), filter.visible];
      if (filter.status) conditions.push(eq(t.status, filter.status));
      if (filter.unitId) conditions.push(eq(t.unitId, filter.unitId));
      if (filter.jrwaSymbol) conditions.push(eq(t.jrwaSymbol, filter.jrwaSymbol));
      if (filter.year) conditions.push(eq(t.year, filter.year));
      if (filter.handlerUserIds) conditions.push(inArray(t.handlerUserId, filter.handlerUserIds));
      if (filter.incomingId)
        conditions.push(
          sql`exists (select 1 from case_documents d where d.case_id = ${t.id} and d.incoming_item_id = ${filter.incomingId})`,
        );
      for (const word of filter.words ?? []) conditions.push(sql`strpos(${t.searchText}, ${word}) > 0`);
      if (filter.after)
        conditions.push(
          or(
            lt(t.openedAt, filter.after.openedAt),
            and(eq(t.openedAt, filter.after.openedAt), lt(t.id, filter.after.id)),
          ),
        );
      return selectCases()
        .where(and(...conditions))
        .orderBy(desc(t.openedAt), desc(t.id))
        .limit(filter.limit);
    },

    /** Open and suspended cases with a term, for the deadline dashboard (at most `limit`). */
    async listCasesWithTerm({
      tenantId,
      visible,
      handlerUserIds,
      unitIds,
      limit,
    }: {
      tenantId: string;
      visible: SQL | undefined;
      handlerUserIds?: string[];
      unitIds?: string[];
      limit: number;
    }) {
      const t = casesTable;
      return selectCases()
        .where(
          and(
            eq(t.tenantId, tenantId),
            visible,
            sql`${t.status} <> 'closed'`,
            sql`${t.deadlineKind} <> 'none'`,
            handlerUserIds ? inArray(t.handlerUserId, handlerUserIds) : undefined,
            unitIds ? inArray(t.unitId, unitIds) : undefined,
          ),
        )
        .orderBy(sql`${t.dueDate} asc nulls last`, asc(t.id))
        .limit(limit);
    },

    async listParties({ caseIds }: { caseIds: string[] }) {
      if (caseIds.length === 0) return [];
      return db
        .select()
        .from(casePartiesTable)
        .where(inArray(casePartiesTable.caseId, caseIds))
        .orderBy(asc(casePartiesTable.position));
    },

    async replaceParties({
      tenantId,
      caseId,
      parties,
    }: {
      tenantId: string;
      caseId: string;
      parties: { contactId: string; displayName: string }[];
    }) {
      await db.delete(casePartiesTable).where(eq(casePartiesTable.caseId, caseId));
      if (parties.length === 0) return;
      await db
        .insert(casePartiesTable)
        .values(parties.map((p, position) => ({ tenantId, caseId, ...p, position })));
    },

    async listPeriods({ caseIds }: { caseIds: string[] }): Promise<NotCountedPeriodRow[]> {
      if (caseIds.length === 0) return [];
      return db
        .select()
        .from(caseNotCountedPeriodsTable)
        .where(inArray(caseNotCountedPeriodsTable.caseId, caseIds))
        .orderBy(asc(caseNotCountedPeriodsTable.fromDate), asc(caseNotCountedPeriodsTable.createdAt));
    },

    async insertPeriod(values: typeof caseNotCountedPeriodsTable.$inferInsert) {
      await db.insert(caseNotCountedPeriodsTable).values(values);
    },

    /** Closes the case's open period (a suspension) on `toDate`; answers whether there was one. */
    async closeOpenPeriod({ caseId, toDate }: { caseId: string; toDate: string }) {
      const rows = await db
        .update(caseNotCountedPeriodsTable)
        .set({ toDate })
        .where(
          and(
            eq(caseNotCountedPeriodsTable.caseId, caseId),
            sql`${caseNotCountedPeriodsTable.toDate} is null`,
          ),
        )
        .returning({ id: caseNotCountedPeriodsTable.id });
      return rows.length > 0;
    },

    /** The next ordinal of the case file; call with the case row locked. */
    async nextDocumentOrdinal({ caseId }: { caseId: string }): Promise<number> {
      const [row] = await db
        .select({ last: sql<number | null>`max(${caseDocumentsTable.ordinal})` })
        .from(caseDocumentsTable)
        .where(eq(caseDocumentsTable.caseId, caseId));
      return Number(row?.last ?? 0) + 1;
    },

    async insertDocument(values: typeof caseDocumentsTable.$inferInsert): Promise<CaseDocumentRow> {
      const [row] = await db.insert(caseDocumentsTable).values(values).returning();
      if (!row) throw new Error('case document insert returned no row');
      return row;
    },

    async hasIncoming({ caseId, incomingItemId }: { caseId: string; incomingItemId: string }) {
      const [row] = await db
        .select({ id: caseDocumentsTable.id })
        .from(caseDocumentsTable)
        .where(
          and(eq(caseDocumentsTable.caseId, caseId), eq(caseDocumentsTable.incomingItemId, incomingItemId)),
        );
      return row !== undefined;
    },

    /** The case file in order (or its document `id`), with what each document refers to. */
    async listDocuments({ tenantId, caseId, id }: { tenantId: string; caseId: string; id?: string }) {
      const d = caseDocumentsTable;
      const actingFor = alias(usersTable, 'acting_for');
      return db
        .select({
          row: d,
          rpwNumber: incomingItemsTable.rpwNumber,
          fileName: filesTable.name,
          fileSize: filesTable.size,
          fileMediaType: filesTable.mediaType,
          unitSymbol: orgUnitsTable.symbol,
          unitName: orgUnitsTable.name,
          actingForName: actingFor.displayName,
        })
        .from(d)
        .leftJoin(incomingItemsTable, eq(incomingItemsTable.id, d.incomingItemId))
        .leftJoin(filesTable, eq(filesTable.id, d.fileId))
        .leftJoin(orgUnitsTable, eq(orgUnitsTable.id, d.unitId))
        .leftJoin(actingFor, eq(actingFor.id, d.actingForUserId))
        .where(and(eq(d.tenantId, tenantId), eq(d.caseId, caseId), id ? eq(d.id, id) : undefined))
        .orderBy(asc(d.ordinal));
    },

    async insertLink(values: typeof caseLinksTable.$inferInsert) {
      const rows = await db.insert(caseLinksTable).values(values).onConflictDoNothing().returning();
      return rows.length > 0;
    },

    async linkExists({ a, b }: { a: string; b: string }) {
      const l = caseLinksTable;
      const [row] = await db
        .select({ kind: l.kind })
        .from(l)
        .where(or(and(eq(l.fromCaseId, a), eq(l.toCaseId, b)), and(eq(l.fromCaseId, b), eq(l.toCaseId, a))));
      return row !== undefined;
    },

    /** Links of a case both ways, with the other case's znak and title. */
    async listLinks({ caseId }: { caseId: string }) {
      const l = caseLinksTable;
      const other = alias(casesTable, 'other');
      const outgoing = await db
        .select({ kind: l.kind, id: other.id, sign: other.sign, title: other.title })
        .from(l)
        .innerJoin(other, eq(other.id, l.toCaseId))
        .where(eq(l.fromCaseId, caseId));
      const incoming = await db
        .select({ kind: l.kind, id: other.id, sign: other.sign, title: other.title })
        .from(l)
        .innerJoin(other, eq(other.id, l.fromCaseId))
        .where(eq(l.toCaseId, caseId));
      return [
        ...outgoing.map((r) => ({ ...r, direction: 'to' as const })),
        ...incoming.map((r) => ({ ...r, direction: 'from' as const })),
      ];
    },

    /** An incoming item as a case needs it (read-only, ADR 0003). */
    async findIncoming({ tenantId, id }: { tenantId: string; id: string }) {
      const i = incomingItemsTable;
      const [row] = await db
        .select({
          id: i.id,
          status: i.status,
          rpwNumber: i.rpwNumber,
          documentId: i.documentId,
          title: i.title,
          receivedAt: i.receivedAt,
          documentKind: i.documentKind,
          access: i.access,
          dcmiType: i.dcmiType,
          senders: i.senders,
        })
        .from(i)
        .where(and(eq(i.tenantId, tenantId), eq(i.id, id)));
      return row ?? null;
    },

    async findFile({ tenantId, id }: { tenantId: string; id: string }) {
      const [row] = await db
        .select({ id: filesTable.id, name: filesTable.name, mediaType: filesTable.mediaType })
        .from(filesTable)
        .where(and(eq(filesTable.tenantId, tenantId), eq(filesTable.id, id)));
      return row ?? null;
    },

    /** Decrees of the case's incoming items still awaiting acceptance (unfinished work). */
    async countPendingDecrees({ caseId }: { caseId: string }): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)` })
        .from(decreesTable)
        .innerJoin(caseDocumentsTable, eq(caseDocumentsTable.incomingItemId, decreesTable.itemId))
        .where(and(eq(caseDocumentsTable.caseId, caseId), eq(decreesTable.status, 'pending')));
      return Number(row?.n ?? 0);
    },

    async findPositionTitle({ id }: { id: string }): Promise<string | null> {
      const [row] = await db
        .select({ title: positionsTable.title })
        .from(positionsTable)
        .where(eq(positionsTable.id, id));
      return row?.title ?? null;
    },

    /** Open sub-cases of a group case. */
    async countOpenSubCases({ caseId }: { caseId: string }): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)` })
        .from(casesTable)
        .where(and(eq(casesTable.groupCaseId, caseId), sql`${casesTable.status} <> 'closed'`));
      return Number(row?.n ?? 0);
    },
  };
}

export type CaseWithRefs = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createCasesRepository>['findCase']>>
>;
export type CaseDocumentWithRefs = Awaited<
  ReturnType<ReturnType<typeof createCasesRepository>['listDocuments']>
>[number];
