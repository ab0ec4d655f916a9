import { and, asc, eq, gte, like, lt, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { incomingItemsTable } from '../correspondence/incoming.table.js';
import { orgUnitsTable, positionsTable, usersTable } from '../organization/organization.table.js';
import { casesTable } from './cases.table.js';

export type CaseRegisterFilter = {
  tenantId: string;
  unitId: string;
  /** A JRWA symbol of any level: its class and every class under it (digits only, checked). */
  jrwaPrefix: string;
  /** The year in the znak (sub-cases belong to their group's year). */
  year?: number;
  /** Opened at or after / before these instants. */
  openedFrom?: Date;
  openedBefore?: Date;
  visible: SQL | undefined;
  limit: number;
};

/** The spis spraw: cases of a unit and JRWA class (or level) with what the register prints of them. */
export function createCaseRegisterRepository({ db }: { db: Database }) {
  return {
    /** The unit whatever its validity: a register of a past year may name a unit since dissolved. */
    async findUnit({ tenantId, id }: { tenantId: string; id: string }) {
      const [row] = await db
        .select({ id: orgUnitsTable.id, symbol: orgUnitsTable.symbol, name: orgUnitsTable.name })
        .from(orgUnitsTable)
        .where(and(eq(orgUnitsTable.tenantId, tenantId), eq(orgUnitsTable.id, id)));
      return row ?? null;
    },

    /**
     * The cases in the order of the znak: class, year, number, each sub-case right after its
     * group case; with the handler and the initiating incoming item's first sender, reference
     * and letter date (read-only joins, ADR 0003).
     */
    async listRegisterCases(filter: CaseRegisterFilter) {
      const c = casesTable;
      const i = incomingItemsTable;
      const conditions: (SQL | undefined)[] = [
        eq(c.tenantId, filter.tenantId),
        eq(c.unitId, filter.unitId),
        like(c.jrwaSymbol, `${filter.jrwaPrefix}%`),
        filter.visible,
      ];
      if (filter.year !== undefined) conditions.push(eq(c.year, filter.year));
      if (filter.openedFrom) conditions.push(gte(c.openedAt, filter.openedFrom));
      if (filter.openedBefore) conditions.push(lt(c.openedAt, filter.openedBefore));
      return db
        .select({
          id: c.id,
          sign: c.sign,
          title: c.title,
          status: c.status,
          jrwaSymbol: c.jrwaSymbol,
          jrwaTitle: c.jrwaTitle,
          openedAt: c.openedAt,
          initiatedOn: c.initiatedOn,
          settlement: c.settlement,
          settledOn: c.settledOn,
          closingNote: c.closingNote,
          handlerUserId: c.handlerUserId,
          handlerPositionId: c.handlerPositionId,
          handlerName: usersTable.displayName,
          handlerPositionTitle: positionsTable.title,
          // The first sender as it stood at registration (text, so both drivers read it alike).
          senderKind: sql<string | null>`${i.senders} -> 0 ->> 'kind'`,
          senderName: sql<string | null>`${i.senders} -> 0 ->> 'name'`,
          senderSurname: sql<string | null>`${i.senders} -> 0 ->> 'surname'`,
          senderGivenNames: sql<string | null>`${i.senders} -> 0 ->> 'givenNames'`,
          senderReference: i.senderReference,
          letterDate: i.letterDate,
        })
        .from(c)
        .innerJoin(usersTable, eq(usersTable.id, c.handlerUserId))
        .leftJoin(positionsTable, eq(positionsTable.id, c.handlerPositionId))
        .leftJoin(i, eq(i.id, c.initiatingIncomingId))
        .where(and(...conditions))
        .orderBy(
          asc(c.jrwaSymbol),
          asc(c.year),
          sql`coalesce(${c.groupNumber}, ${c.number})`,
          sql`${c.groupNumber} is not null`,
          asc(c.number),
        )
        .limit(filter.limit);
    },

    /** What the metryka's header needs beyond the metryka itself: the day the case was initiated. */
    async findInitiatedOn({ tenantId, caseId }: { tenantId: string; caseId: string }) {
      const [row] = await db
        .select({ initiatedOn: casesTable.initiatedOn })
        .from(casesTable)
        .where(and(eq(casesTable.tenantId, tenantId), eq(casesTable.id, caseId)));
      return row?.initiatedOn ?? null;
    },
  };
}

export type CaseRegisterRow = Awaited<
  ReturnType<ReturnType<typeof createCaseRegisterRepository>['listRegisterCases']>
>[number];
